package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/briefs}.
 *
 * @param template   the template id
 * @param parameters the template's parameters
 * @param model      a configured model name; absent for the default model
 * @param followUps  {@code true} (default: the library's six), {@code false}, or a list of follow-up ids and questions
 * @param failure    the failure to ask about in "What happens if [specific failure]?"; derived from the brief if absent
 * @param consistency whether the chain ends with the consistency ledger; absent: when the chain has follow-ups
 *                    (and {@code assistant.ledger.enabled}), not for a single answer
 */
public record BriefRequest(String template, JsonNode parameters, String model, JsonNode followUps, String failure,
                           Boolean consistency) {

    /** A brief without an explicit choice of the consistency ledger. */
    public BriefRequest(String template, JsonNode parameters, String model, JsonNode followUps, String failure) {
        this(template, parameters, model, followUps, failure, null);
    }
}
