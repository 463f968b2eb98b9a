package dev.designassistant.report;

import dev.designassistant.ledger.Ledger;
import dev.designassistant.ledger.LedgerSummary;

import java.util.List;
import java.util.stream.Collectors;

/** A session's consistency ledger as a Markdown section (the HTML report renders the same Markdown safely). */
final class LedgerMarkdown {

    private LedgerMarkdown() {
    }

    static String render(LedgerSummary summary) {
        StringBuilder md = new StringBuilder("## Consistency ledger\n\n");
        switch (summary.status()) {
            case "pending" -> md.append("Not answered yet (step ").append(summary.step()).append(").\n\n");
            case "invalid" -> {
                md.append("The model's ledger (step ").append(summary.step())
                        .append(") did not match the ledger schema after one correction:\n\n");
                summary.problems().forEach(p -> md.append("- ").append(line(p)).append('\n'));
                md.append('\n');
            }
            default -> body(md, summary.ledger(), summary.step());
        }
        return md.toString();
    }

    private static void body(StringBuilder md, Ledger ledger, int step) {
        md.append("From step ").append(step).append(", checked against the ledger schema.\n\n");
        md.append("**Decision:** ").append(line(ledger.decision().title())).append(" — ")
                .append(line(ledger.decision().outcome())).append("\n\n");
        md.append("### Contradictions\n\n");
        if (ledger.contradictions().isEmpty()) {
            md.append("None found.\n\n");
        } else {
            md.append("| Steps | Claim | Contradicting claim | Severity |\n|---|---|---|---|\n");
            ledger.contradictions().forEach(c -> md.append("| ").append(steps(c.steps())).append(" | ")
                    .append(cell(c.claimA())).append(" | ").append(cell(c.claimB())).append(" | ")
                    .append(c.severity()).append(" |\n"));
            md.append('\n');
        }
        md.append("### Assumptions the brief does not state\n\n");
        if (ledger.assumptions().isEmpty()) {
            md.append("None found.\n\n");
        } else {
            ledger.assumptions().forEach(a -> md.append("- ").append(line(a.assumption()))
                    .append(a.steps().isEmpty() ? "" : " (steps " + steps(a.steps()) + ")").append('\n'));
            md.append('\n');
        }
        md.append("### Guarantees per interaction\n\n");
        if (ledger.guarantees().isEmpty()) {
            md.append("None named.\n\n");
        } else {
            md.append("| Interaction | Delivery | Ordering | Idempotency | Consistency |\n|---|---|---|---|---|\n");
            ledger.guarantees().forEach(g -> md.append("| ").append(cell(g.interaction())).append(" | ")
                    .append(g.delivery()).append(" | ").append(cell(g.ordering())).append(" | ")
                    .append(cell(g.idempotency())).append(" | ").append(cell(g.consistency())).append(" |\n"));
            md.append('\n');
        }
    }

    private static String steps(List<Integer> steps) {
        return steps.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return line(text).replace("|", "\\|");
    }

    private static String line(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
