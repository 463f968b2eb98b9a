package dev.designassistant.llm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One configured model, with the named model's gaps filled from the default model.
 *
 * @param name        configured name ("default" or the key under {@code assistant.llm.models})
 * @param baseUrl     the OpenAI-compatible base URL; empty = the built-in demo model
 * @param apiKey      the API key, if any; never printed (see {@link #toString()})
 * @param modelId     the upstream model id
 * @param temperature sampling temperature, if set
 * @param maxTokens   answer length limit, if set
 * @param timeout     time limit of one upstream call
 * @param fallbacks   configured names of the models that answer, in order, when this one cannot
 * @param contextFallbacks configured names of larger models for a conversation too long for this one
 * @param prices      its prices per million tokens
 * @param expectedOutputTokens the answer length estimates assume, if set
 */
record ModelSettings(String name, Optional<String> baseUrl, Optional<String> apiKey, String modelId,
                     Optional<Double> temperature, Optional<Integer> maxTokens, Duration timeout,
                     List<String> fallbacks, List<String> contextFallbacks, Prices prices,
                     Optional<Integer> expectedOutputTokens) {

    /** Whether this model is answered by the service's own demo endpoint. */
    boolean demo() {
        return baseUrl.isEmpty();
    }

    /** Where the model lives, in words for logs: the URL or "the built-in demo model". */
    String describeTarget() {
        return baseUrl.map(url -> "'" + modelId + "' at " + url).orElse("the built-in demo model");
    }

    /** The settings without the API key's value, so that logging a record can never leak it. */
    @Override
    public String toString() {
        return "ModelSettings[name=" + name + ", baseUrl=" + baseUrl.orElse("(demo)") + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", modelId=" + modelId + ", temperature="
                + temperature.map(String::valueOf).orElse("(model default)") + ", maxTokens="
                + maxTokens.map(String::valueOf).orElse("(model default)") + ", timeout=" + timeout + "]";
    }

    /** The default model's settings. */
    static ModelSettings defaults(LlmConfig config) {
        return new ModelSettings(LlmClient.DEFAULT_MODEL, nonBlank(config.baseUrl()), nonBlank(config.apiKey()),
                config.model(), config.temperature(), config.maxTokens(), config.timeout(),
                names(config.fallbacks()), names(config.contextFallbacks()), Prices.of(config.price()),
                config.expectedOutputTokens());
    }

    /** A named model's settings, inheriting what it leaves unset from the default model. */
    static ModelSettings named(String name, LlmConfig.NamedModel model, ModelSettings defaults) {
        Optional<String> ownBaseUrl = nonBlank(model.baseUrl());
        return new ModelSettings(name,
                ownBaseUrl.or(defaults::baseUrl),
                // a model on another server does not get the default server's key
                ownBaseUrl.isPresent() ? nonBlank(model.apiKey()) : nonBlank(model.apiKey()).or(defaults::apiKey),
                model.model().orElse(defaults.modelId()),
                model.temperature().or(defaults::temperature),
                model.maxTokens().or(defaults::maxTokens),
                model.timeout().orElse(defaults.timeout()),
                names(model.fallbacks()), names(model.contextFallbacks()),
                // another upstream model has other prices: only the same model id inherits the default's
                model.model().filter(id -> !id.equals(defaults.modelId())).isPresent()
                        ? Prices.of(model.price()) : Prices.of(model.price()).or(defaults.prices()),
                model.expectedOutputTokens().or(defaults::expectedOutputTokens));
    }

    private static List<String> names(Optional<List<String>> names) {
        return names.orElse(List.of()).stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
