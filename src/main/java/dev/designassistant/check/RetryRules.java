package dev.designassistant.check;

import java.util.List;
import java.util.Optional;

import static dev.designassistant.check.CheckSeverity.INFO;
import static dev.designassistant.check.CheckSeverity.RISK;
import static dev.designassistant.check.CheckSeverity.WARNING;
import static dev.designassistant.check.Clauses.when;
import static dev.designassistant.check.Figure.Kind.COUNT;
import static dev.designassistant.check.Figure.Kind.DURATION;

/** Checks of a retry strategy (5.3): the time budget, idempotency, jitter and what is retried. */
final class RetryRules {

    private static final String T = "retry-strategy";
    private static final java.util.regex.Pattern CLIENT_ERROR = java.util.regex.Pattern.compile("\\b4\\d\\d\\b");

    private RetryRules() {
    }

    static List<DesignRule> rules() {
        return List.of(
                DesignRule.of("retry-sla-below-two-attempts", T, RISK, List.of("slaTimeout", "averageDuration"),
                        "A retry that cannot finish before the caller gives up only adds load; the SLA must hold "
                                + "every attempt and the waits between them.", RetryRules::slaBelowTwoAttempts),
                DesignRule.of("retry-budget-exceeds-sla", T, RISK, List.of("slaTimeout", "averageDuration"),
                        "Attempts that outlast the SLA are wasted: the caller has already timed out while the "
                                + "service still retries.", RetryRules::budgetExceedsSla),
                DesignRule.of("retry-not-idempotent", T, RISK, List.of("idempotent"),
                        "A timed-out call may have succeeded; retrying a non-idempotent operation repeats its side "
                                + "effect (a second charge, a second write).",
                        b -> when(b.is("idempotent", "no"), () -> "The operation is not idempotent, yet it is to be "
                                + "retried: a retry after a timeout can repeat what the first attempt already did.")),
                DesignRule.of("retry-no-jitter", T, WARNING, List.of("resourceConstraints"),
                        "Clients that failed together retry together: without jitter each backoff step is a "
                                + "synchronised burst against a recovering service.", RetryRules::noJitter),
                DesignRule.of("retry-without-downstream-protection", T, WARNING,
                        List.of("downstreamProtection", "transientFailures"),
                        "Retrying overload errors with nothing to stop the retries turns a slowdown into a retry "
                                + "storm; a circuit breaker or retry budget caps them.",
                        b -> when(b.is("downstreamProtection", "no") && b.mentions("transientFailures",
                                "\\b(429|503)\\b|overload|too many|throttl"), () -> "Overload errors ("
                                + overloadErrors(b) + ") are retried with no downstream protection.")),
                DesignRule.of("retry-permanent-failure-as-transient", T, WARNING, List.of("transientFailures"),
                        "A 4xx other than 408, 425 or 429 fails the same way every time; retrying it spends the "
                                + "time budget and hides the real error.", RetryRules::permanentAsTransient),
                DesignRule.of("retry-after-not-honoured", T, INFO, List.of("transientFailures"),
                        "A 429 or 503 often says when to come back; a backoff that ignores Retry-After retries "
                                + "too early and is throttled again.",
                        b -> when(b.mentions("transientFailures", "\\b(429|503)\\b")
                                && !b.mentionsAnywhere("retry-after"), () -> "HTTP " + overloadErrors(b)
                                + " is retried but the brief does not say that Retry-After is honoured.")));
    }

    private static Optional<String> slaBelowTwoAttempts(BriefValues b) {
        Optional<Double> sla = Figures.min(b.text("slaTimeout"), DURATION);
        Optional<Double> attempt = Figures.max(b.text("averageDuration"), DURATION);
        return when(sla.isPresent() && attempt.isPresent() && sla.get() < 2 * attempt.get(),
                () -> "The SLA timeout of " + Figures.duration(sla.get()) + " leaves room for fewer than two attempts "
                        + "of " + Figures.duration(attempt.get()) + " each: a retry can only finish after the caller "
                        + "gave up.");
    }

    private static Optional<String> budgetExceedsSla(BriefValues b) {
        String all = b.allText();
        Optional<Integer> attempts = attempts(all);
        Optional<Double> sla = Figures.min(b.text("slaTimeout"), DURATION);
        Optional<Double> perAttempt = Clauses.mentioning(all, "per[- ]attempt|attempt timeout|per[- ]call")
                .stream().flatMap(c -> Figures.read(c, DURATION).stream()).map(Figure::upper).findFirst()
                .or(() -> Figures.max(b.text("averageDuration"), DURATION));
        if (attempts.isEmpty() || sla.isEmpty() || perAttempt.isEmpty() || attempts.get() < 2) {
            return Optional.empty();
        }
        int n = attempts.get();
        double backoff = Clauses.mentioning(all, "back-?off|wait|delay").stream()
                .flatMap(c -> Figures.read(c, DURATION).stream()).map(Figure::value).findFirst().orElse(0d);
        boolean exponential = b.mentionsAnywhere("exponential|doubl");
        double waits = exponential ? backoff * (Math.pow(2, n - 1) - 1) : backoff * (n - 1);
        double total = n * perAttempt.get() + waits;
        return when(total > sla.get(), () -> n + " attempts × " + Figures.duration(perAttempt.get())
                + (waits > 0 ? " + " + Figures.duration(waits) + " of backoff waits" : "") + " = "
                + Figures.duration(total) + ", more than the SLA timeout of " + Figures.duration(sla.get()) + ".");
    }

    /** "3 attempts" → 3; "2 retries" → 3 (the first call is not a retry). */
    static Optional<Integer> attempts(String text) {
        for (Figure f : Figures.read(text, COUNT)) {
            if (f.is("attempt") || f.is("tries")) {
                return Optional.of((int) f.value());
            }
            if (f.is("retr")) {
                return Optional.of((int) f.value() + 1);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> noJitter(BriefValues b) {
        if (b.mentionsAnywhere("jitter|randomi[sz]")) {
            return Optional.empty();
        }
        Optional<Figure> callers = Figures.first(b.text("resourceConstraints"), COUNT,
                f -> f.is("pod") || f.is("instance") || f.is("node") || f.is("replica") || f.is("client"));
        return Optional.of("No jitter is named for the backoff" + callers.map(f -> " of " + f.text()).orElse("")
                + ": callers that fail together will retry in lockstep.");
    }

    private static Optional<String> permanentAsTransient(BriefValues b) {
        List<String> permanent = b.items("transientFailures").stream()
                .filter(RetryRules::namesPermanentStatus).toList();
        return when(!permanent.isEmpty(), () -> "The transient failures include " + Clauses.listed(permanent.stream()
                .map(p -> "\"" + p + "\"").toList()) + ", which fail the same way on every attempt.");
    }

    private static boolean namesPermanentStatus(String item) {
        java.util.regex.Matcher m = CLIENT_ERROR.matcher(item);
        while (m.find()) {
            if (!List.of("408", "425", "429").contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static String overloadErrors(BriefValues b) {
        List<String> codes = new java.util.ArrayList<>();
        if (b.mentions("transientFailures", "\\b429\\b")) {
            codes.add("429");
        }
        if (b.mentions("transientFailures", "\\b503\\b")) {
            codes.add("503");
        }
        return codes.isEmpty() ? "overload" : String.join("/", codes);
    }
}
