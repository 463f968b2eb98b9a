package dev.designassistant.chain;

import dev.designassistant.injection.UntrustedData;
import dev.designassistant.llm.ChatTurn;
import dev.designassistant.llm.LlmAnswer;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.llm.LlmConfig;
import dev.designassistant.llm.ModelInfo;
import dev.designassistant.session.CachedAnswer;
import dev.designassistant.session.Message;
import dev.designassistant.session.ResponseCacheStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The response cache (off by default, {@code assistant.llm.cache.*}): a call identical to an earlier one (same
 * configured model, same upstream model id, same sampling settings, same messages, and with scope {@code client} the
 * same client) is answered from the session database without an upstream call. Never used for a call whose
 * temperature is above {@code max-temperature}, nor for a request that says {@code Cache-Control: no-cache}; only
 * answers of the model asked (not a fallback's) are stored. Hits and misses are counted per model
 * ({@code assistant.llm.cache.hits} / {@code .misses}).
 */
@ApplicationScoped
public class ResponseCache {

    /** OpenAI's sampling temperature when a request sets none. */
    private static final double DEFAULT_TEMPERATURE = 1.0;

    private final LlmConfig.CacheSettings settings;
    private final LlmClient llm;
    private final ResponseCacheStore store;
    private final MeterRegistry registry;
    private final Clock clock;
    private final boolean deploymentScope;

    public ResponseCache(LlmConfig config, LlmClient llm, ResponseCacheStore store, MeterRegistry registry,
                         Clock clock) {
        this.settings = config.cache();
        this.llm = llm;
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        String scope = settings.scope().strip();
        if (!scope.equals("client") && !scope.equals("deployment")) {
            throw new IllegalStateException("assistant.llm.cache.scope must be client or deployment, not '" + scope + "'");
        }
        this.deploymentScope = scope.equals("deployment");
    }

    /**
     * The key of a call, when it may use the cache: the cache is on, the request did not bypass it and the model's
     * temperature is within the bound.
     */
    Optional<String> keyOf(String owner, String modelName, List<ChatTurn> conversation, boolean bypass) {
        if (!settings.enabled() || bypass) {
            return Optional.empty();
        }
        ModelInfo model = llm.describe(modelName);
        if (model.temperature().orElse(DEFAULT_TEMPERATURE) > settings.maxTemperature()) {
            return Optional.empty();
        }
        StringBuilder call = new StringBuilder()
                .append(deploymentScope ? "*" : owner).append('\u0000')
                .append(model.name()).append('\u0000').append(model.modelId()).append('\u0000')
                .append(model.temperature().map(String::valueOf).orElse("")).append('\u0000')
                .append(model.maxTokens().map(String::valueOf).orElse(""));
        for (ChatTurn turn : conversation) {
            // the untrusted-data boundary's id is random per request: the same data asked again is the same call
            call.append('\u0000').append(turn.role()).append('\u0001').append(UntrustedData.withoutIds(turn.content()));
        }
        return Optional.of(sha256(call.toString()));
    }

    /** The cached answer under the key, counted as a hit or a miss of the model, as a stored answer would be. */
    Optional<Message> find(String key, String model, int step) {
        Optional<CachedAnswer> hit = store.find(key, clock.instant());
        counter(hit.isPresent() ? "assistant.llm.cache.hits" : "assistant.llm.cache.misses", model).increment();
        return hit.map(cached -> new Message(0, Message.ASSISTANT, cached.content(), step, cached.model(),
                cached.modelId(), cached.finishReason(), null, null, List.of(), true, cached.inputTokens(),
                cached.outputTokens(), llm.describe(cached.model()).prices().known() ? 0.0 : null, 0L,
                clock.instant()));
    }

    /** Stores the model's answer under the key; an answer of a fallback model is not the asked model's to give. */
    void remember(String key, LlmAnswer answer) {
        if (answer.fallbackFrom() != null) {
            return;
        }
        Instant now = clock.instant();
        store.put(new CachedAnswer(key, answer.model(), answer.modelId(), answer.content(), answer.finishReason(),
                answer.inputTokens(), answer.outputTokens(), now, now.plus(settings.ttl())));
    }

    private Counter counter(String name, String model) {
        return Counter.builder(name).description("Response cache lookups by model").tag("model", model)
                .register(registry);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
