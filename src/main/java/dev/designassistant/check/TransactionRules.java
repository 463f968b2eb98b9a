package dev.designassistant.check;

import java.util.List;
import java.util.Optional;

import static dev.designassistant.check.CheckSeverity.INFO;
import static dev.designassistant.check.CheckSeverity.RISK;
import static dev.designassistant.check.CheckSeverity.WARNING;
import static dev.designassistant.check.Clauses.when;
import static dev.designassistant.check.Figure.Kind.DURATION;
import static dev.designassistant.check.Figure.Kind.PERCENT;

/** Checks of pattern selection (1.1-1.3), distributed transactions (4.2) and compensation (2.2). */
final class TransactionRules {

    private static final String PS = "pattern-selection";
    private static final String S2 = "saga-vs-2pc";
    private static final String DT = "distributed-transaction";
    private static final String CO = "choreography-vs-orchestration";
    private static final String SC = "saga-compensation";
    private static final String EXTERNAL = "\\bAPI\\b|stripe|paypal|adyen|provider|third[- ]party|external|sendgrid|twilio";

    private TransactionRules() {
    }

    static List<DesignRule> rules() {
        return List.of(
                DesignRule.of("strong-consistency-high-availability", PS, RISK,
                        List.of("consistency", "availabilitySla", "serviceCount"),
                        "A synchronous, strongly consistent commit needs every service reachable: under a partition "
                                + "it must refuse writes, which the availability target does not allow.",
                        TransactionRules::strongAndAvailable),
                DesignRule.of("long-running-strong-consistency", PS, WARNING, List.of("transactionType", "consistency"),
                        "Strong consistency over long-running transactions means holding locks or reservations for "
                                + "their whole duration, blocking every other writer.",
                        b -> when(b.is("transactionType", "long-running") && b.is("consistency", "strong"),
                                () -> "Long-running transactions are to be strongly consistent.")),
                DesignRule.of("latency-budget-below-transaction", S2, RISK,
                        List.of("latencyBudget", "transactionDuration"),
                        "A response that must come within the budget cannot wait for the transaction: it has to "
                                + "accept the request and finish asynchronously, which favours a saga.",
                        TransactionRules::budgetBelowDuration),
                DesignRule.of("latency-budget-below-service-sum", S2, RISK, List.of("latencyBudget", "services"),
                        "Calls made one after another add up; a budget below their sum is missed on every request.",
                        TransactionRules::budgetBelowServiceSum),
                DesignRule.of("two-phase-commit-without-xa", S2, WARNING,
                        List.of("consistency", "existingTransactionSupport", "databaseTypes"),
                        "Two-phase commit needs every resource to take part in a prepare phase (XA); without it, "
                                + "immediate consistency has to come from elsewhere.",
                        b -> when(b.is("consistency", "must be immediate") && (b.is("existingTransactionSupport", "no")
                                        || !b.is("databaseTypes", "relational")),
                                () -> "Immediate consistency is required over " + b.text("databaseTypes")
                                        + " databases, with existing transaction support \""
                                        + b.text("existingTransactionSupport") + "\".")),
                DesignRule.of("immediate-consistency-long-transaction", S2, WARNING,
                        List.of("consistency", "transactionDuration"),
                        "Immediate consistency holds locks for the transaction's whole duration; other writers of "
                                + "the same rows wait that long.",
                        b -> Figures.max(b.text("transactionDuration"), DURATION)
                                .filter(d -> d > 1_000 && b.is("consistency", "must be immediate"))
                                .map(d -> "Immediate consistency is required for transactions lasting up to "
                                        + Figures.duration(d) + ".")),
                DesignRule.of("external-api-in-distributed-transaction", DT, RISK,
                        List.of("serviceA", "serviceB", "serviceC"),
                        "An external API has no prepare phase and cannot be rolled back by a coordinator: it can "
                                + "only be compensated (a refund, a cancellation) or reserved first (TCC).",
                        TransactionRules::externalParticipant),
                DesignRule.of("long-lock-window", DT, WARNING, List.of("maxDurationSeconds"),
                        "Locks or reservations held for seconds cap the throughput of every contended row and "
                                + "leave resources blocked when the coordinator dies.",
                        b -> b.number("maxDurationSeconds").filter(s -> s > 5).map(s -> "The transaction may take up to "
                                + Figures.plain(s) + " s, holding its locks or reservations that long.")),
                DesignRule.of("choreography-visibility-conflict", CO, WARNING,
                        List.of("visibilityRequirements", "couplingTolerance"),
                        "Choreography keeps services loose but spreads the flow over event handlers; high "
                                + "visibility then needs tracing and a process view, or an orchestrator.",
                        b -> when(b.is("visibilityRequirements", "high") && b.is("couplingTolerance", "loose preferred"),
                                () -> "High visibility is required while loose coupling is preferred.")),
                DesignRule.of("choreography-without-event-infrastructure", CO, INFO,
                        List.of("existingEventInfrastructure"),
                        "Choreography runs on a broker; without one, building and operating it is part of the "
                                + "choice's cost.",
                        b -> when(b.is("existingEventInfrastructure", "no"), () -> "There is no event infrastructure "
                                + "yet for a choreographed flow to run on.")),
                DesignRule.of("irreversible-side-effect", SC, RISK, List.of("sideEffects", "externalSystemStates"),
                        "Some effects cannot be undone, only answered (a correction email, a refund instead of a void): "
                                + "the compensation must say what it does instead.", TransactionRules::irreversible));
    }

    private static Optional<String> strongAndAvailable(BriefValues b) {
        Optional<Double> sla = Figures.first(b.text("availabilitySla"), PERCENT).map(Figure::value);
        Optional<Double> services = b.number("serviceCount");
        if (!b.is("consistency", "strong") || sla.isEmpty() || services.isEmpty() || sla.get() < 99.99
                || services.get() < 3) {
            return Optional.empty();
        }
        double together = Math.pow(sla.get() / 100, services.get()) * 100;
        return Optional.of("Strong consistency across " + Figures.plain(services.get()) + " services with a "
                + Figures.plain(sla.get()) + "% availability target: " + Figures.plain(services.get())
                + " services at " + Figures.plain(sla.get()) + "% each are up together only "
                + String.format(java.util.Locale.US, "%.3f", together) + "% of the time.");
    }

    private static Optional<String> budgetBelowDuration(BriefValues b) {
        Optional<Double> budget = Figures.min(b.text("latencyBudget"), DURATION);
        Optional<Double> shortest = Figures.min(b.text("transactionDuration"), DURATION);
        return when(budget.isPresent() && shortest.isPresent() && budget.get() < shortest.get(),
                () -> "The latency budget of " + Figures.duration(budget.get()) + " is below the transaction's "
                        + "shortest duration of " + Figures.duration(shortest.get()) + ".");
    }

    private static Optional<String> budgetBelowServiceSum(BriefValues b) {
        Optional<Double> budget = Figures.min(b.text("latencyBudget"), DURATION);
        List<Double> latencies = b.items("services").stream()
                .flatMap(s -> Figures.first(s, DURATION).stream()).map(Figure::upper).toList();
        double sum = latencies.stream().mapToDouble(Double::doubleValue).sum();
        return when(budget.isPresent() && latencies.size() >= 2 && sum > budget.get(),
                () -> "The services' latencies add up to " + Figures.duration(sum) + ", more than the latency budget of "
                        + Figures.duration(budget.get()) + ".");
    }

    private static Optional<String> externalParticipant(BriefValues b) {
        List<String> external = List.of("serviceA", "serviceB", "serviceC").stream()
                .filter(p -> b.mentions(p, EXTERNAL)).map(p -> "\"" + b.text(p) + "\"").toList();
        return when(!external.isEmpty(), () -> Clauses.listed(external) + (external.size() == 1 ? " calls" : " call")
                + " an external system that cannot take part in a two-phase commit.");
    }

    private static Optional<String> irreversible(BriefValues b) {
        List<String> effects = b.items("sideEffects").stream()
                .filter(e -> e.matches("(?is).*\\b(e-?mail|sms|push|notif|letter|shipped|dispatched|printed|paid out"
                        + "|published)\\w*\\b.*")).map(e -> "\"" + e + "\"").toList();
        boolean refundOnly = b.mentions("externalSystemStates", "only be refunded|cannot be (voided|undone|reversed)"
                + "|not voided|irreversib");
        if (effects.isEmpty() && !refundOnly) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        if (!effects.isEmpty()) {
            s.append("The side effects ").append(Clauses.listed(effects)).append(" cannot be taken back");
        }
        if (refundOnly) {
            s.append(s.isEmpty() ? "An external system state" : ", and an external system state")
                    .append(" can only be reversed by a new action (\"").append(b.text("externalSystemStates"))
                    .append("\")");
        }
        return Optional.of(s.append('.').toString());
    }
}
