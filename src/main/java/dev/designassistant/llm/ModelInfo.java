package dev.designassistant.llm;

import java.util.List;
import java.util.Optional;

/**
 * What the rest of the service may know of a configured model without talking to it: what a call to it is (for the
 * response cache's key), what it costs and how long its answers are (for estimates), and its fallbacks.
 *
 * @param name                 configured name
 * @param modelId              the upstream model id requests name
 * @param temperature          its sampling temperature, if set
 * @param maxTokens            its answer length limit, if set
 * @param prices               its prices per million tokens
 * @param expectedOutputTokens the answer length estimates assume, if configured
 * @param fallbacks            configured names of the models that answer when it cannot, in order
 * @param demo                 whether the built-in demo model answers it
 */
public record ModelInfo(String name, String modelId, Optional<Double> temperature, Optional<Integer> maxTokens,
                        Prices prices, Optional<Integer> expectedOutputTokens, List<String> fallbacks, boolean demo) {

    static ModelInfo of(ModelSettings s) {
        return new ModelInfo(s.name(), s.modelId(), s.temperature(), s.maxTokens(), s.prices(),
                s.expectedOutputTokens(), s.fallbacks(), s.demo());
    }
}
