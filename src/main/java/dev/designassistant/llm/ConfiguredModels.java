package dev.designassistant.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the default and named models out of {@link LlmConfig}, checking names and values at start-up. */
final class ConfiguredModels {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Keys of the readiness check's data besides the model names. */
    private static final String RESERVED = LlmReadiness.AVAILABLE;

    private ConfiguredModels() {
    }

    /** Every configured model by name, the default first. */
    static Map<String, ModelSettings> read(LlmConfig config) {
        Map<String, ModelSettings> models = new LinkedHashMap<>();
        ModelSettings defaults = check(ModelSettings.defaults(config));
        models.put(defaults.name(), defaults);
        config.models().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (LlmClient.DEFAULT_MODEL.equals(e.getKey())) {
                throw new IllegalStateException("assistant.llm.models.default: the name 'default' is reserved for "
                        + "the top-level assistant.llm.* settings");
            }
            if (RESERVED.equals(e.getKey())) {
                throw new IllegalStateException("assistant.llm.models." + RESERVED + ": the name is reserved "
                        + "(readiness reports it); choose another");
            }
            if (!NAME.matcher(e.getKey()).matches()) {
                throw new IllegalStateException("assistant.llm.models." + e.getKey()
                        + ": a model name is letters, digits, '.', '_' or '-'");
            }
            models.put(e.getKey(), check(ModelSettings.named(e.getKey(), e.getValue(), defaults)));
        });
        models.values().forEach(model -> {
            checkFallbacks(model, "fallbacks", model.fallbacks(), models);
            checkFallbacks(model, "context-fallbacks", model.contextFallbacks(), models);
        });
        return Collections.unmodifiableMap(models);
    }

    /** Every model a fallback list names is configured, and none falls back to itself. */
    private static void checkFallbacks(ModelSettings model, String property, List<String> names,
                                       Map<String, ModelSettings> models) {
        String where = (LlmClient.DEFAULT_MODEL.equals(model.name())
                ? "assistant.llm." : "assistant.llm.models." + model.name() + ".") + property;
        for (String name : names) {
            if (name.equals(model.name())) {
                throw new IllegalStateException(where + ": a model cannot fall back to itself ('" + name + "')");
            }
            if (!models.containsKey(name)) {
                throw new IllegalStateException(where + ": no model named '" + name + "' is configured (known: "
                        + String.join(", ", models.keySet()) + ")");
            }
        }
    }

    private static ModelSettings check(ModelSettings model) {
        String where = LlmClient.DEFAULT_MODEL.equals(model.name())
                ? "assistant.llm." : "assistant.llm.models." + model.name() + ".";
        model.baseUrl().ifPresent(url -> {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalStateException(where + "base-url must start with http:// or https://");
            }
        });
        if (model.timeout().isNegative() || model.timeout().isZero()) {
            throw new IllegalStateException(where + "timeout must be positive");
        }
        if (model.maxTokens().filter(t -> t <= 0).isPresent()) {
            throw new IllegalStateException(where + "max-tokens must be positive");
        }
        return model;
    }
}
