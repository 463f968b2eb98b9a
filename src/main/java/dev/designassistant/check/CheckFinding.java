package dev.designassistant.check;

import java.util.List;

/**
 * What a design check found in a brief, before any LLM call.
 *
 * @param code       the rule's stable identifier ({@code retry-budget-exceeds-sla})
 * @param severity   {@code risk}, {@code warning} or {@code info}
 * @param parameters the parameters the finding concerns
 * @param finding    one sentence with the brief's own numbers
 * @param why        why it matters
 */
public record CheckFinding(String code, CheckSeverity severity, List<String> parameters, String finding, String why) {
}
