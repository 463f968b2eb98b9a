package dev.designassistant.report;

import dev.designassistant.ledger.Ledger;
import dev.designassistant.ledger.LedgerSummary;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A session as an Architecture Decision Record in MADR form. The decision, the options and the consequences come
 * from the session's consistency ledger (the model's schema-checked answer), the drivers from the brief's parameters
 * and design checks, never from guessing in the free-text answers.
 */
final class AdrReport {

    private final StringBuilder md = new StringBuilder();

    private AdrReport() {
    }

    /**
     * The ADR of the report's session.
     *
     * @throws UnsupportedFormatException the session has no conforming consistency ledger to take the decision from
     */
    static String render(Report report) {
        LedgerSummary summary = report.ledger();
        if (summary == null || summary.ledger() == null) {
            throw new UnsupportedFormatException("adr is made from the session's consistency ledger, and this session's "
                    + "ledger is " + (summary == null ? "absent (a brief with \"consistency\": false, or a code review)"
                    : summary.status()) + "; ask for markdown, html or json");
        }
        AdrReport out = new AdrReport();
        out.write(report, summary.ledger(), summary.step());
        return out.md.toString();
    }

    private void write(Report r, Ledger ledger, int ledgerStep) {
        Ledger.Decision decision = ledger.decision();
        md.append("# ").append(line(decision.title())).append("\n\n");
        md.append("- Status: proposed\n- Date: ").append(r.createdAt().toString(), 0, 10).append('\n')
                .append("- Source: design-assistant session `").append(r.sessionId()).append("` (template `")
                .append(r.template().id()).append("`, model `").append(r.model()).append("`)\n\n");
        md.append("## Context and Problem Statement\n\n").append(line(r.title().replaceFirst("^Design review: ", "")))
                .append(r.template().section() == null ? "" : " (library section " + r.template().section() + ")")
                .append(": the brief below was answered by the model, with ")
                .append(r.exchanges().size()).append(" exchange(s) in the session.\n\n");
        md.append("## Decision Drivers\n\n");
        r.parameters().forEach(p -> md.append("- ").append(line(p.label())).append(": ")
                .append(p.block() ? "(see the session's report)" : line(p.value())).append('\n'));
        r.checks().forEach(c -> md.append("- Design check `").append(c.code()).append("` (").append(c.severity().label())
                .append("): ").append(line(c.finding())).append('\n'));
        md.append("\n## Considered Options\n\n");
        ledger.options().forEach(o -> md.append("- ").append(line(o.name())).append('\n'));
        md.append("\n## Decision Outcome\n\n");
        Optional<Ledger.Option> chosen = ledger.options().stream().filter(Ledger.Option::chosen).findFirst();
        md.append("Chosen option: ").append(chosen.map(o -> "\"" + line(o.name()) + "\"").orElse("none of the listed"))
                .append(", because ").append(lowerFirst(line(decision.rationale()))).append("\n\n")
                .append(line(decision.outcome())).append("\n\n");
        md.append("### Consequences\n\n");
        List<String> consequences = decision.consequences() == null ? List.of() : decision.consequences();
        consequences.forEach(c -> md.append("- ").append(line(c)).append('\n'));
        chosen.ifPresent(o -> {
            o.pros().forEach(p -> md.append("- Good, because ").append(lowerFirst(line(p))).append('\n'));
            o.cons().forEach(c -> md.append("- Bad, because ").append(lowerFirst(line(c))).append('\n'));
        });
        if (consequences.isEmpty() && chosen.map(o -> o.pros().isEmpty() && o.cons().isEmpty()).orElse(true)) {
            md.append("- None named.\n");
        }
        md.append("\n## Pros and Cons of the Options\n\n");
        ledger.options().forEach(o -> {
            md.append("### ").append(line(o.name())).append("\n\n");
            o.pros().forEach(p -> md.append("- Good, because ").append(lowerFirst(line(p))).append('\n'));
            o.cons().forEach(c -> md.append("- Bad, because ").append(lowerFirst(line(c))).append('\n'));
            md.append('\n');
        });
        md.append("## Open Assumptions\n\n");
        if (ledger.assumptions().isEmpty()) {
            md.append("None found.\n");
        }
        ledger.assumptions().forEach(a -> md.append("- ").append(line(a.assumption()))
                .append(a.steps().isEmpty() ? "" : " (answers " + join(a.steps()) + ")").append('\n'));
        if (!ledger.contradictions().isEmpty()) {
            md.append("\n## Contradictions to Resolve\n\n");
            ledger.contradictions().forEach(c -> md.append("- ").append(c.severity()).append(": answer ")
                    .append(c.steps().get(0)).append(" says \"").append(line(c.claimA())).append("\", answer ")
                    .append(c.steps().get(1)).append(" says \"").append(line(c.claimB())).append("\"\n"));
        }
        md.append("\n## More Information\n\n")
                .append("- Session: `/api/sessions/").append(r.sessionId()).append("`; full report: `/api/sessions/")
                .append(r.sessionId()).append("/report`\n")
                .append("- Decision, options and assumptions: the session's consistency ledger (step ")
                .append(ledgerStep).append("), checked against its JSON schema\n")
                .append("- Template `").append(r.template().id()).append("`, content hash `")
                .append(r.template().contentHash()).append('`')
                .append(r.template().changed() ? " (the template file has changed since)" : "").append('\n');
    }

    private static String join(List<Integer> steps) {
        return steps.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String line(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
