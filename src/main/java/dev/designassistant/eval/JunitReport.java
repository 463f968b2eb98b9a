package dev.designassistant.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** JUnit XML: a testsuite per suite and model, a testcase per case (and repetition), a failure with the reason. */
public final class JunitReport {

    private JunitReport() {
    }

    public static String of(EvalRun run) {
        Map<String, List<CaseResult>> groups = run.cases().stream().collect(Collectors.groupingBy(
                c -> c.suite() + " [" + c.model() + "]", TreeMap::new, Collectors.toList()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failures = run.cases().stream().filter(c -> !c.passed()).count();
        xml.append("<testsuites name=\"design-assistant eval ").append(attr(run.id())).append("\" tests=\"")
                .append(run.cases().size()).append("\" failures=\"").append(failures).append("\">\n");
        groups.forEach((name, cases) -> {
            xml.append("  <testsuite name=\"").append(attr(name)).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(cases.stream().filter(c -> !c.passed()).count())
                    .append("\" time=\"").append(seconds(cases.stream().mapToLong(CaseResult::latencyMs).sum()))
                    .append("\">\n");
            for (CaseResult c : cases) {
                xml.append("    <testcase classname=\"").append(attr(name)).append("\" name=\"")
                        .append(attr(c.caseId() + (run.repeat() > 1 ? " #" + c.repeat() : ""))).append("\" time=\"")
                        .append(seconds(c.latencyMs())).append('"');
                if (c.passed()) {
                    xml.append("/>\n");
                } else {
                    xml.append(">\n      <failure message=\"").append(attr(c.reason())).append("\"/>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        });
        return xml.append("</testsuites>\n").toString();
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    private static String attr(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                default -> {
                    if (cp >= 0x20 || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
