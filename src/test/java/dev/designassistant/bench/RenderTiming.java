package dev.designassistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.TestCatalog;
import dev.designassistant.catalog.ValidatedParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Render time per catalog template (scenario E of the benchmark): validation of the examples once, then
 * many renders, reporting p50 and p99 in microseconds. Run alone with the test classpath, or as part of
 * {@code bench/run}.
 */
public final class RenderTiming {

    /** One template's render time. */
    public record TemplateTiming(String template, double p50Micros, double p99Micros) {
    }

    private RenderTiming() {
    }

    /** Renders every template of the catalog {@code rounds} times with its examples. */
    public static List<TemplateTiming> measure(int rounds) {
        ObjectMapper json = new ObjectMapper();
        List<TemplateTiming> timings = new ArrayList<>();
        for (PromptTemplate t : TestCatalog.real().templates()) {
            ValidatedParameters values = ParameterValidator.validate(t, json.valueToTree(t.examples()));
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                t.render(values);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            timings.add(new TemplateTiming(t.id(), nanos[rounds / 2] / 1_000.0, nanos[(int) (rounds * 0.99)] / 1_000.0));
        }
        return timings;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<TemplateTiming> timings = measure(rounds);
        System.out.println("| template | p50 µs | p99 µs |");
        System.out.println("|---|---|---|");
        timings.forEach(t -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", t.template(), t.p50Micros(),
                t.p99Micros()));
        System.out.printf(Locale.ROOT, "worst p99 over the catalog: %.1f µs%n",
                timings.stream().mapToDouble(TemplateTiming::p99Micros).max().orElse(0));
    }
}
