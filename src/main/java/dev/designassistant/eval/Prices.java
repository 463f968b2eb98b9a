package dev.designassistant.eval;

import dev.designassistant.llm.LlmClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * What a model's tokens cost for an evaluation: the gateway's prices of the model
 * ({@code assistant.llm.price.*}, {@code assistant.llm.models.<name>.price.*}); a model without a price is measured
 * in tokens only.
 */
@ApplicationScoped
public class Prices {

    private final LlmClient llm;

    public Prices(LlmClient llm) {
        this.llm = llm;
    }

    /** The model's price, if one is set. */
    public Optional<dev.designassistant.llm.Prices> of(String model) {
        dev.designassistant.llm.Prices prices = llm.describe(model).prices();
        return prices.known() ? Optional.of(prices) : Optional.empty();
    }
}
