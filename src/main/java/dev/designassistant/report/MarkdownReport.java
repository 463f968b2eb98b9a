package dev.designassistant.report;

import dev.designassistant.review.Finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link Report} as Markdown: a summary table, the parameters, lint warnings, findings, then every exchange. */
final class MarkdownReport {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private final StringBuilder md = new StringBuilder();

    private MarkdownReport() {
    }

    static String render(Report report) {
        MarkdownReport out = new MarkdownReport();
        out.summary(report);
        out.parameters(report);
        out.warnings(report);
        out.checks(report);
        if (report.review() != null) {
            out.findings(report.review());
        }
        if (report.ledger() != null) {
            out.md.append(LedgerMarkdown.render(report.ledger()));
        }
        report.exchanges().forEach(out::exchange);
        return out.md.toString();
    }

    private void summary(Report r) {
        Report.TemplateInfo t = r.template();
        md.append("# ").append(line(r.title())).append("\n\n| | |\n|---|---|\n");
        row("Session", code(r.sessionId()));
        row("Template", code(t.id()) + (t.section() == null ? "" : " (section " + t.section() + ")")
                + (t.changed() ? " — the template file has changed since" : ""));
        row("Template content hash", code(t.contentHash()));
        row("Model", code(r.model()));
        row("Status", r.status());
        row("Created", r.createdAt() + ", last updated " + r.updatedAt());
        row("Tokens", r.usage().inputTokens() + " in, " + r.usage().outputTokens() + " out, "
                + r.usage().latencyMs() + " ms over " + r.exchanges().size() + " step(s)");
        if (r.usage().cost() != null) {
            row("Cost", Money.format(r.usage().cost()) + " at the configured prices");
        }
        long truncated = r.exchanges().stream().filter(e -> Boolean.TRUE.equals(e.truncated())).count();
        if (truncated > 0) {
            row("Truncated answers", truncated + " (cut off at the model's token limit: finish reason length)");
        }
        md.append('\n');
    }

    private void parameters(Report r) {
        md.append("## Parameters\n\n| Parameter | Value |\n|---|---|\n");
        r.parameters().forEach(p -> row(cell(p.label()) + " (" + code(p.name()) + ")",
                p.block() ? "see below" : cell(p.value())));
        md.append('\n');
        r.parameters().stream().filter(Report.ParameterRow::block).forEach(p -> {
            md.append("### ").append(line(p.label())).append("\n\n");
            fenced(p.value(), "");
        });
    }

    private void warnings(Report r) {
        md.append("## Lint warnings\n\n");
        if (r.warnings().isEmpty()) {
            md.append("None.\n");
        }
        r.warnings().forEach(w -> md.append("- ").append(code(w.code()))
                .append(w.parameter() == null ? "" : " (" + code(w.parameter()) + ")")
                .append(": ").append(line(w.message())).append('\n'));
        md.append('\n');
    }

    private void checks(Report r) {
        md.append("## Design checks\n\n");
        if (r.checks().isEmpty()) {
            md.append("None.\n");
        }
        r.checks().forEach(c -> md.append("- **").append(c.severity().label()).append("** ").append(code(c.code()))
                .append(" (").append(String.join(", ", c.parameters().stream().map(MarkdownReport::code).toList()))
                .append("): ").append(line(c.finding())).append(' ').append(line(c.why())).append('\n'));
        md.append('\n');
    }

    private void findings(Report.Review review) {
        md.append("## Findings\n\n").append(review.counts().critical()).append(" critical, ")
                .append(review.counts().major()).append(" major, ").append(review.counts().minor()).append(" minor.\n\n");
        if (!review.findings().isEmpty()) {
            md.append("| Severity | Finding | Location | Checklist item |\n|---|---|---|---|\n");
            review.findings().forEach(f -> md.append("| ").append(f.severity().id()).append(" | ").append(cell(f.title()))
                    .append(" | ").append(cell(f.where())).append(" | ").append(cell(f.checklistItem())).append(" |\n"));
            md.append('\n');
        }
        int n = 0;
        for (Finding f : review.findings()) {
            md.append("### ").append(++n).append(". ").append(f.severity().id()).append(": ").append(line(f.title()))
                    .append("\n\n").append(f.where().isEmpty() ? "" : "Location: " + code(f.where()) + "\n\n")
                    .append(f.explanation().strip()).append("\n\n**Suggested fix:** ").append(f.suggestedFix().strip())
                    .append("\n\n");
        }
    }

    private void exchange(Report.Exchange e) {
        md.append("## ").append(e.heading());
        if (!showsPrompt(e)) {
            md.append(": ").append(line(e.question()));
        }
        md.append("\n\n");
        if (showsPrompt(e)) {
            md.append("Prompt as sent:\n\n");
            fenced(e.question(), "text");
        }
        md.append('_').append(meta(e)).append("_\n\n");
        md.append(e.answer() == null ? "_No answer: " + e.status().toLowerCase()
                + (e.reason() == null ? "" : " (" + line(e.reason()) + ")") + "._" : answer(e).strip()).append("\n\n");
    }

    /** Whether the exchange's question is a prompt the service wrote (shown as sent) rather than a short question. */
    static boolean showsPrompt(Report.Exchange e) {
        return "BRIEF".equals(e.kind()) || "CORRECTION".equals(e.kind()) || "LEDGER".equals(e.kind());
    }

    /** The answer as Markdown; a JSON answer (a review's findings) as a JSON code block, not a paragraph. */
    static String answer(Report.Exchange e) {
        String text = e.answer().strip();
        if (text.startsWith("{") && text.endsWith("}")) {
            String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
            return fence + "json\n" + text + "\n" + fence;
        }
        return text;
    }

    static String meta(Report.Exchange e) {
        if (e.answer() == null) {
            return "step " + e.index() + ", " + e.status().toLowerCase();
        }
        StringBuilder meta = new StringBuilder("step ").append(e.index()).append(" · model ").append(e.model());
        if (e.modelId() != null) {
            meta.append(" (").append(e.modelId()).append(')');
        }
        if (e.fallbackFrom() != null) {
            meta.append(" · fallback from ").append(e.fallbackFrom()).append(" (").append(String.join(", ",
                    e.skipped().stream().map(s -> s.model() + ": " + s.reason()).toList())).append(')');
        }
        if (Boolean.TRUE.equals(e.cached())) {
            meta.append(" · from the response cache");
        }
        if (Boolean.TRUE.equals(e.truncated())) {
            meta.append(" · TRUNCATED (finish reason length: cut off at the token limit)");
        } else if (e.finishReason() != null) {
            meta.append(" · finish reason ").append(e.finishReason());
        }
        meta.append(" · ").append(e.inputTokens()).append(" tokens in, ").append(e.outputTokens()).append(" out");
        if (e.cost() != null) {
            meta.append(" · cost ").append(Money.format(e.cost()));
        }
        return meta.append(" · ").append(e.latencyMs()).append(" ms · answered ").append(e.answeredAt()).toString();
    }

    private void row(String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private void fenced(String text, String info) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        md.append(fence).append(info).append('\n').append(text.stripTrailing()).append('\n').append(fence).append("\n\n");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

    /** Table cells hold one line, and a pipe would end the cell. */
    private static String cell(String text) {
        return line(text).replace("|", "\\|");
    }

    private static String line(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String code(String text) {
        return "`" + line(text).replace("`", "'") + "`";
    }
}
