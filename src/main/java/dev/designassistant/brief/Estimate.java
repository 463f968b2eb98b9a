package dev.designassistant.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What a brief or review will cost, worked out without calling a model: {@code POST /api/briefs/estimate} and
 * {@code POST /api/reviews/estimate}.
 *
 * @param tokenizer            how the prompts were counted: an OpenAI encoding ({@code o200k_base}) or
 *                             {@code approximate}
 * @param promptTokens         tokens of the rendered prompt alone
 * @param steps                each call of the chain: its input (the whole conversation so far, as memory sends it)
 *                             and its expected answer
 * @param calls                how many model calls the chain makes (a format correction, if a reply needs one, not
 *                             counted)
 * @param expectedOutputTokens the answer length assumed per call ({@code expected-output-tokens} of the model)
 * @param cost                 the money at the model's configured prices; absent when none are set
 * @param warnings             the brief's lint warnings, as the brief would get them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Estimate(String templateId, String model, String modelId, String tokenizer, int promptTokens,
                       List<Step> steps, int calls, long inputTokens, long outputTokens, int expectedOutputTokens,
                       Cost cost, List<LintWarning> warnings) {

    /** One call of the chain. */
    public record Step(int index, String kind, long inputTokens, long outputTokens) {
    }

    /** The money, in the unit of the configured prices. */
    public record Cost(double input, double output, double total) {
    }
}
