package dev.designassistant.eval;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/** What a model's tokens cost, from {@code assistant.eval.prices.<model>=input/output} (US dollars per million). */
@ApplicationScoped
public class Prices {

    /** Dollars per million input and output tokens. */
    public record Price(double input, double output) {

        double of(long inputTokens, long outputTokens) {
            return (inputTokens * input + outputTokens * output) / 1_000_000.0;
        }
    }

    private final Map<String, String> prices;

    public Prices(EvalConfig config) {
        this.prices = config.prices();
    }

    /** The model's price, if one is set; a malformed one is a start-up error (see {@link #check()}). */
    public Optional<Price> of(String model) {
        String text = prices.get(model);
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("/");
        try {
            return Optional.of(new Price(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
        } catch (RuntimeException e) {
            throw new IllegalStateException("assistant.eval.prices." + model + " must be \"input/output\" dollars per "
                    + "million tokens, as 0.15/0.60, not '" + text + "'");
        }
    }
}
