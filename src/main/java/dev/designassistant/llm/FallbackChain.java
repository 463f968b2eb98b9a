package dev.designassistant.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A model's fallback list at work: the conversation goes to the model asked for, and when it cannot answer in a way
 * another model might not (breaker open, retries exhausted, time limit, bulkhead full), to the next model of its
 * {@code fallbacks}, each through its own pipeline (one retry owner per model). A model whose breaker is open is
 * refused by that breaker without an upstream call, so it is skipped at once for as long as it stays open (its
 * cooldown). Rejections of our own request (400, 401, 403, 404) end the call: another model would reject it too,
 * except a conversation too long for the model's context, which goes to its {@code context-fallbacks}.
 */
final class FallbackChain {

    private final Map<String, ModelHandle> models;
    private final LlmMetrics metrics;

    FallbackChain(Map<String, ModelHandle> models, LlmMetrics metrics) {
        this.models = models;
        this.metrics = metrics;
    }

    /**
     * Asks {@code first}, then its fallbacks in order, through {@code ask} (one model, its whole pipeline); the
     * first answer, with the models skipped before it and why.
     *
     * @throws RuntimeException the first model's failure when no model of the list answered, or a rejection
     */
    LlmAnswer answer(ModelHandle first, Function<ModelHandle, LlmAnswer> ask) {
        if (first.settings().fallbacks().isEmpty() && first.settings().contextFallbacks().isEmpty()) {
            return ask.apply(first); // no list: nothing to keep track of
        }
        Deque<ModelHandle> next = new ArrayDeque<>(handles(first.settings().fallbacks()));
        Set<String> tried = new LinkedHashSet<>();
        List<LlmAnswer.Skip> skipped = new ArrayList<>();
        RuntimeException firstFailure = null;
        ModelHandle model = first;
        while (model != null) {
            tried.add(model.settings().name());
            String reason;
            try {
                LlmAnswer answer = ask.apply(model);
                return skipped.isEmpty() ? answer : answer.answeredAfter(first.settings().name(), skipped);
            } catch (LlmUnavailableException e) {
                reason = e.skipReason();
                firstFailure = firstFailure == null ? e : firstFailure;
            } catch (LlmTimeoutException e) {
                reason = "timeout";
                firstFailure = firstFailure == null ? e : firstFailure;
            } catch (LlmRejectedException e) {
                if (!e.contextTooLong() || model.settings().contextFallbacks().isEmpty()) {
                    throw e;
                }
                reason = "context-too-long"; // only larger models can take it: the ordinary list is no use
                next = new ArrayDeque<>(handles(model.settings().contextFallbacks()));
                firstFailure = firstFailure == null ? e : firstFailure;
            }
            skipped.add(new LlmAnswer.Skip(model.settings().name(), reason));
            ModelHandle following = nextUntried(next, tried);
            metrics.fallback(model.settings().name(), following == null ? "none" : following.settings().name(), reason);
            model = following;
        }
        throw firstFailure;
    }

    private static ModelHandle nextUntried(Deque<ModelHandle> next, Set<String> tried) {
        while (!next.isEmpty()) {
            ModelHandle candidate = next.poll();
            if (!tried.contains(candidate.settings().name())) {
                return candidate;
            }
        }
        return null;
    }

    private List<ModelHandle> handles(List<String> names) {
        return names.stream().map(models::get).toList(); // ConfiguredModels checked at start-up that each exists
    }
}
