package dev.designassistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.CatalogConfig;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;

import java.util.Arrays;
import java.util.Locale;

/**
 * Render time per catalog template (scenario E of the benchmark): validation of the examples once, then
 * many renders, reporting p50 and p99 in microseconds. Run: {@code bench/run render} or directly with the
 * test classpath.
 */
public final class RenderTiming {

    private RenderTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Catalog catalog = new Catalog(new CatalogConfig() {
            @Override
            public String dir() {
                return "prompts";
            }

            @Override
            public boolean reload() {
                return false;
            }
        });
        ObjectMapper json = new ObjectMapper();
        double worstP99 = 0;
        System.out.println("| template | p50 µs | p99 µs |");
        System.out.println("|---|---|---|");
        for (PromptTemplate t : catalog.templates()) {
            ValidatedParameters values = ParameterValidator.validate(t, json.valueToTree(t.examples()));
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                t.render(values);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double p50 = nanos[rounds / 2] / 1_000.0;
            double p99 = nanos[(int) (rounds * 0.99)] / 1_000.0;
            worstP99 = Math.max(worstP99, p99);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", t.id(), p50, p99);
        }
        System.out.printf(Locale.ROOT, "worst p99 over the catalog: %.1f µs%n", worstP99);
    }
}
