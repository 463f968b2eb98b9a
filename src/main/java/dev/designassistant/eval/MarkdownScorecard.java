package dev.designassistant.eval;

import java.util.List;
import java.util.Locale;

/** The scorecard as Markdown: models side by side over all suites, then per suite, then the failed cases. */
public final class MarkdownScorecard {

    private MarkdownScorecard() {
    }

    /** @param chart the chart's file name beside the Markdown, or null for none */
    public static String of(EvalRun run, String chart) {
        StringBuilder md = new StringBuilder("# Evaluation scorecard\n\n");
        md.append("Run `").append(run.id()).append("`: ").append(run.done()).append(" of ").append(run.total())
                .append(" cases, ").append(run.status());
        if (run.message() != null) {
            md.append(" (").append(cell(run.message())).append(')');
        }
        md.append(". Suites: ").append(String.join(", ", run.suites())).append(". Repetitions: ").append(run.repeat())
                .append(".\n\n");
        if (chart != null) {
            md.append("![Pass rate, recall, precision and cost per model](").append(chart).append(")\n\n");
        }
        List<Score> overall = run.scores().stream().filter(s -> s.suite().equals(Score.ALL)).toList();
        md.append("## Models side by side\n\n");
        table(md, overall, true);
        md.append("\n## Per suite\n\n");
        table(md, run.scores().stream().filter(s -> !s.suite().equals(Score.ALL)).toList(), false);
        List<CaseResult> failed = run.cases().stream().filter(c -> !c.passed()).toList();
        md.append("\n## Failed cases (").append(failed.size()).append(")\n\n");
        if (failed.isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| suite | case | model | why |\n|---|---|---|---|\n");
            failed.forEach(c -> md.append("| ").append(c.suite()).append(" | ").append(c.caseId()).append(" | ")
                    .append(cell(c.model())).append(" | ").append(cell(c.reason())).append(" |\n"));
        }
        md.append("\nRecall: planted defects found / planted. Precision: findings that matched a planted defect / all "
                + "findings (a duplicate or a finding without a line matches nothing). Clean FP: findings of major or "
                + "worse on clean cases. Schema: answers that conformed first time / after one correction.\n");
        return md.toString();
    }

    private static void table(StringBuilder md, List<Score> scores, boolean overall) {
        md.append(overall ? "| model" : "| suite | model").append(" | pass rate | recall | precision | clean FP "
                + "| schema (first / corrected) | tokens in / out | cost | latency p50 / p95 |\n");
        md.append(overall ? "|---" : "|---|---").append("|---|---|---|---|---|---|---|---|\n");
        for (Score s : scores) {
            md.append("| ");
            if (!overall) {
                md.append(s.suite()).append(" | ");
            }
            md.append(cell(s.model())).append(" | ").append(ScoreChart.percent(s.passRate())).append(" (")
                    .append(s.passed()).append('/').append(s.cases()).append(')');
            if (s.passRateMin() != null) {
                md.append(", ").append(ScoreChart.percent(s.passRateMin())).append('–')
                        .append(ScoreChart.percent(s.passRateMax()));
            }
            md.append(" | ").append(rate(s.recall(), s.found(), s.planted()))
                    .append(" | ").append(rate(s.precision(), s.found(), s.findings()))
                    .append(" | ").append(s.cleanFalsePositives()).append(" in ").append(s.cleanCases())
                    .append(" | ").append(s.schemaFirst() == null ? "–" : ScoreChart.percent(s.schemaFirst()) + " / "
                            + ScoreChart.percent(s.schemaFinal()))
                    .append(" | ").append(s.inputTokens()).append(" / ").append(s.outputTokens())
                    .append(" | ").append(s.cost() == null ? "no price" : String.format(Locale.ROOT, "$%.4f", s.cost()))
                    .append(" | ").append(s.latencyP50()).append(" / ").append(s.latencyP95()).append(" ms |\n");
        }
    }

    private static String rate(Double r, int num, int den) {
        return r == null ? "–" : ScoreChart.percent(r) + " (" + num + "/" + den + ")";
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
