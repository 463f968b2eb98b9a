package dev.designassistant.brief;

import dev.designassistant.chain.MemoryConfig;
import dev.designassistant.injection.UntrustedData;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.llm.ModelInfo;
import dev.designassistant.llm.TokenCounter;
import dev.designassistant.session.NewStep;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Models a chain's spend before it runs: each step sends the conversation so far (every earlier question and answer,
 * within the memory window, as {@code chain.ConversationMemory} does) plus its own question, and gets an answer of
 * the model's expected length ({@code assistant.llm.expected-output-tokens}, or per model). Prompts are counted with
 * the model's tokenizer ({@link TokenCounter}); money comes from the model's prices.
 */
@ApplicationScoped
public class ChainEstimator {

    /** Answer length assumed when the model has no {@code expected-output-tokens}: a long design answer. */
    static final int DEFAULT_ANSWER_TOKENS = 800;

    private final LlmClient llm;
    private final TokenCounter tokens;
    private final int memoryWindow;

    public ChainEstimator(LlmClient llm, TokenCounter tokens, MemoryConfig memory) {
        this.llm = llm;
        this.tokens = tokens;
        this.memoryWindow = Math.max(1, memory.memoryMessages());
    }

    /** The estimate of the steps' chain for the rendered brief, on the named model (null: the default). */
    public Estimate estimate(RenderedBrief brief, String modelName, List<NewStep> steps) {
        ModelInfo model = llm.describe(modelName);
        TokenCounter.Tokenizer tokenizer = tokens.forModel(model);
        int answer = model.expectedOutputTokens()
                .orElse(Math.min(DEFAULT_ANSWER_TOKENS, model.maxTokens().orElse(DEFAULT_ANSWER_TOKENS)));
        List<Integer> conversation = new ArrayList<>(); // each message's tokens, chat format included
        List<Estimate.Step> estimated = new ArrayList<>();
        long in = 0;
        // a question with untrusted data (code) goes with the system message that names its boundary, every call
        long system = steps.isEmpty() ? 0 : UntrustedData.systemMessage(steps.get(0).question())
                .map(text -> (long) tokenizer.count(text) + tokenizer.perMessage()).orElse(0L);
        for (int i = 0; i < steps.size(); i++) {
            conversation.add(tokenizer.count(steps.get(i).question()) + tokenizer.perMessage());
            long input = conversation.subList(Math.max(0, conversation.size() - memoryWindow), conversation.size())
                    .stream().mapToLong(Integer::longValue).sum() + tokenizer.perReply() + system;
            estimated.add(new Estimate.Step(i, steps.get(i).kind().name(), input, answer));
            in += input;
            conversation.add(answer + tokenizer.perMessage());
        }
        long out = (long) answer * steps.size();
        Double total = model.prices().cost(in, out);
        Estimate.Cost cost = total == null ? null : new Estimate.Cost(model.prices().cost(in, 0),
                model.prices().cost(0, out), total);
        return new Estimate(brief.template().id(), model.name(), model.modelId(), tokenizer.name(),
                tokenizer.count(brief.prompt()), estimated, steps.size(), in, out, answer, cost, brief.warnings());
    }
}
