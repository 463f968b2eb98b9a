package dev.designassistant.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The design checks: rules per template over a brief's values, run before any LLM call. Pure functions of the
 * template id and the validated values, so a stored session's checks can be computed again from its parameters.
 */
public final class DesignChecks {

    private static final List<DesignRule> RULES = Stream.of(RetryRules.rules(), ResilienceRules.rules(),
            TransactionRules.rules(), DataRules.rules(), MessagingRules.rules()).flatMap(List::stream).toList();

    private DesignChecks() {
    }

    /** Every rule, for every template. */
    public static List<DesignRule> rules() {
        return RULES;
    }

    /** What the rules of the template find in the values, worst first, then by code. */
    public static List<CheckFinding> check(String templateId, Map<String, Object> values) {
        BriefValues brief = new BriefValues(values);
        return Figures.readingOnce(() -> RULES.stream().filter(r -> r.templateId().equals(templateId))
                .map(r -> r.check(brief)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(CheckFinding::severity).thenComparing(CheckFinding::code))
                .toList());
    }

    /** The section appended to the library's prompt when the checks found something; "" when they did not. */
    public static String promptSection(List<CheckFinding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n## Checks the design must address\n\n")
                .append("Checks of the brief's own figures found the following; address each in the design:\n");
        findings.forEach(f -> text.append("- [").append(f.severity().label()).append("] ").append(f.finding())
                .append(' ').append(f.why()).append('\n'));
        return text.toString();
    }
}
