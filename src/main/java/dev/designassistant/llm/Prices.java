package dev.designassistant.llm;

import java.util.Optional;

/**
 * A model's prices per million tokens; a price left unset counts as nothing, and a model with neither has no cost.
 *
 * @param inputPerMillion  price of a million prompt tokens
 * @param outputPerMillion price of a million answer tokens
 */
public record Prices(Optional<Double> inputPerMillion, Optional<Double> outputPerMillion) {

    /** No prices configured. */
    public static final Prices NONE = new Prices(Optional.empty(), Optional.empty());

    /** Whether any price is set, so that a cost can be given. */
    public boolean known() {
        return inputPerMillion.isPresent() || outputPerMillion.isPresent();
    }

    /** What that many tokens cost; null when no price is set. */
    public Double cost(long inputTokens, long outputTokens) {
        if (!known()) {
            return null;
        }
        double cost = inputTokens * inputPerMillion.orElse(0.0) / 1_000_000
                + outputTokens * outputPerMillion.orElse(0.0) / 1_000_000;
        return Math.round(cost * 1e8) / 1e8; // no float noise past a millionth of a cent
    }

    static Prices of(LlmConfig.PriceSettings settings) {
        return new Prices(settings.inputPerMillion(), settings.outputPerMillion());
    }

    /** These prices, each unset one taken from the other's. */
    Prices or(Prices fallback) {
        return new Prices(inputPerMillion.or(fallback::inputPerMillion), outputPerMillion.or(fallback::outputPerMillion));
    }
}
