package dev.designassistant.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts a prompt's tokens as a model will: with OpenAI's own tokenizer (jtokkit) when the model id names an OpenAI
 * model ({@code o200k_base} for gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the o-series; {@code cl100k_base} for gpt-4 and
 * gpt-3.5), otherwise approximately (about four characters a token, labelled {@code approximate}). The built-in demo
 * model counts approximately too, as it reports. {@code assistant.llm.tokenizer=approximate} forces the approximation.
 */
@ApplicationScoped
public class TokenCounter {

    /** The label of the approximation. */
    public static final String APPROXIMATE = "approximate";
    /** OpenAI's chat format: tokens each message adds around its content, and those that prime the reply. */
    private static final int PER_MESSAGE = 3;
    private static final int PER_REPLY = 3;
    private static final List<String> O200K = List.of("gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1",
            "o3", "o4");
    private static final List<String> CL100K = List.of("gpt-4", "gpt-3.5", "text-embedding-3", "text-embedding-ada");

    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
    private final boolean approximateOnly;

    public TokenCounter(LlmConfig config) {
        String mode = config.tokenizer().strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals(APPROXIMATE)) {
            throw new IllegalStateException("assistant.llm.tokenizer must be auto or approximate, not '" + mode + "'");
        }
        this.approximateOnly = mode.equals(APPROXIMATE);
    }

    /** How the model's prompts are counted. */
    public Tokenizer forModel(ModelInfo model) {
        Optional<EncodingType> type = model.demo() || approximateOnly ? Optional.empty() : encodingOf(model.modelId());
        return type.<Tokenizer>map(t -> new Exact(registry.getEncoding(t))).orElse(Approximate.INSTANCE);
    }

    /** The OpenAI encoding of a model id, if it names an OpenAI model. */
    static Optional<EncodingType> encodingOf(String modelId) {
        String id = modelId.toLowerCase(Locale.ROOT);
        int slash = id.lastIndexOf('/'); // "openai/gpt-4o" on routers
        String bare = slash < 0 ? id : id.substring(slash + 1);
        if (O200K.stream().anyMatch(bare::startsWith)) {
            return Optional.of(EncodingType.O200K_BASE);
        }
        return CL100K.stream().anyMatch(bare::startsWith) ? Optional.of(EncodingType.CL100K_BASE) : Optional.empty();
    }

    /** A way of counting tokens. */
    public interface Tokenizer {
        /** The encoding's name ({@code o200k_base}) or {@code approximate}. */
        String name();

        /** Tokens of a text. */
        int count(String text);

        /** Tokens of a conversation of these messages, the chat format's own tokens included. */
        default int conversation(List<String> messages) {
            return messages.stream().mapToInt(this::count).sum() + messages.size() * perMessage() + perReply();
        }

        /** Tokens the chat format adds per message. */
        int perMessage();

        /** Tokens the chat format adds to prime the reply. */
        int perReply();
    }

    private record Exact(Encoding encoding) implements Tokenizer {
        @Override
        public String name() {
            return encoding.getName();
        }

        @Override
        public int count(String text) {
            return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
        }

        @Override
        public int perMessage() {
            return PER_MESSAGE;
        }

        @Override
        public int perReply() {
            return PER_REPLY;
        }
    }

    /** About four characters of English a token, rounded up, as the demo model counts. */
    private record Approximate() implements Tokenizer {
        static final Approximate INSTANCE = new Approximate();

        @Override
        public String name() {
            return APPROXIMATE;
        }

        @Override
        public int count(String text) {
            return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
        }

        @Override
        public int perMessage() {
            return 0;
        }

        @Override
        public int perReply() {
            return 0;
        }
    }
}
