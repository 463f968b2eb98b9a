package dev.designassistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Builds the langchain4j chat model of a configured model: OpenAI-compatible, any base URL, langchain4j's own
 * retries and request/response logging off (the pipeline retries; logs would carry the API key and prompts).
 * The demo model is the same client pointed at this service's own {@link DemoModelResource}; where this process opens
 * no HTTP port ({@code quarkus.http.host-enabled=false}: the {@code review} and {@code mcp} commands) it answers in
 * process ({@link DemoChatModel}).
 */
@ApplicationScoped
public class ChatModelFactory {

    /** Path of the demo model's OpenAI-compatible API on this service. */
    static final String DEMO_PATH = "/demo-llm/v1";
    /** What the in-process demo model is called where an address is asked for. */
    static final String IN_PROCESS_DEMO = "in-process://demo" + DEMO_PATH;
    private static final Duration LONGEST_CONNECT = Duration.ofSeconds(10);
    // the pipeline's time limit decides; the socket timeout is only a backstop for an abandoned call
    private static final Duration READ_BACKSTOP = Duration.ofSeconds(5);

    private final LocalServer localServer;
    private final LlmTime time;
    private final UpstreamConnections connections;
    private final boolean listening;

    public ChatModelFactory(LocalServer localServer, LlmTime time, UpstreamConnections connections,
                            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean listening) {
        this.localServer = localServer;
        this.time = time;
        this.connections = connections;
        this.listening = listening;
    }

    ChatModel create(ModelSettings model, SecretRedactor redactor) {
        if (model.demo() && !listening) {
            return new DemoChatModel();
        }
        Duration connect = model.timeout().compareTo(LONGEST_CONNECT) < 0 ? model.timeout() : LONGEST_CONNECT;
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(new UpstreamHttpClientBuilder(connections, time.clock(), redactor, connect,
                        model.timeout().plus(READ_BACKSTOP)))
                .baseUrl(baseUrl(model))
                .modelName(model.modelId())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        model.apiKey().ifPresent(builder::apiKey);
        model.temperature().ifPresent(builder::temperature);
        model.maxTokens().ifPresent(builder::maxTokens);
        return builder.build();
    }

    /**
     * The base URL the model is reached at: its own, this service's demo endpoint, or, where no port is open, the
     * in-process demo's name (traces and metrics ask for it on every call; there is no server to ask).
     */
    String baseUrl(ModelSettings model) {
        if (model.demo() && !listening) {
            return IN_PROCESS_DEMO;
        }
        return model.baseUrl().orElseGet(() -> localServer.baseUrl() + DEMO_PATH);
    }
}
