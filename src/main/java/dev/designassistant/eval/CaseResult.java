package dev.designassistant.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One case answered by one model (one repetition): whether it passed and why, and what it cost.
 *
 * @param kind           {@code brief} or {@code review}
 * @param reason         why it failed, or what passed ("3 of 3 defects found, 0 false positives")
 * @param planted        defects planted (reviews)
 * @param found          defects found (reviews)
 * @param findings       findings reported (reviews)
 * @param falsePositives findings that matched no defect (reviews)
 * @param clean          the case's code has no defect
 * @param majorOnClean   findings of major or worse reported on a clean case
 * @param schemaFirst    whether the first answer conformed to its schema (null: the case has none)
 * @param schemaFinal    whether an answer conformed after the correction
 * @param cost           US dollars, when the model has a price
 * @param sessionId      the session holding the exchange
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseResult(String suite, String caseId, String model, int repeat, String template, String kind,
                         boolean passed, String reason, int planted, int found, int findings, int falsePositives,
                         boolean clean, int majorOnClean, Boolean schemaFirst, Boolean schemaFinal, long inputTokens,
                         long outputTokens, Double cost, long latencyMs, String sessionId) {

    /** The key a run stores the result under: one per suite, case, model and repetition. */
    public String key() {
        return key(suite, caseId, model, repeat);
    }

    static String key(String suite, String caseId, String model, int repeat) {
        return suite + "/" + caseId + "@" + model + "#" + repeat;
    }
}
