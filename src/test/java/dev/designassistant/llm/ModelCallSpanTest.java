package dev.designassistant.llm;

import dev.designassistant.trace.GenAi;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The model call's span on its own: the breaker's refusal as an event, the failure's type, the upstream's address. */
class ModelCallSpanTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final Tracer tracer = provider.get("test");
    private final ModelSettings model = new ModelSettings("default", Optional.of("https://api.example.com/v1"),
            Optional.of("sk-never-in-a-span"), "gpt-4o-mini", Optional.empty(), Optional.empty(), Duration.ofSeconds(5),
            List.of(), List.of(), Prices.NONE, Optional.empty());

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void a_call_the_open_breaker_refuses_is_an_error_with_an_event_naming_the_breaker_state() {
        ModelCallSpan span = ModelCallSpan.start(tracer, model, ModelCallSpan.Upstream.of("https://api.example.com/v1"),
                "design-brief", List.of(ChatTurn.user("hello")), false);
        span.failed(new LlmUnavailableException("default", LlmUnavailableException.Reason.BREAKER_OPEN,
                Duration.ofSeconds(30), null), "breaker-open", "OPEN");
        span.close();

        SpanData chat = exporter.getFinishedSpanItems().getFirst();
        assertThat(chat.getName()).isEqualTo("chat gpt-4o-mini");
        assertThat(chat.getAttributes().get(GenAi.ERROR_TYPE)).isEqualTo("breaker-open");
        assertThat(chat.getAttributes().get(GenAi.SERVER_ADDRESS)).isEqualTo("api.example.com");
        assertThat(chat.getAttributes().get(GenAi.SERVER_PORT)).isEqualTo(443L);
        assertThat(chat.getAttributes().get(GenAi.REQUEST_TEMPERATURE)).as("not sent, not traced").isNull();
        assertThat(chat.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("circuit_breaker.rejected");
            assertThat(event.getAttributes().get(ModelCallSpan.BREAKER_STATE)).isEqualTo("OPEN");
        });
        assertThat(chat.toString()).doesNotContain("sk-never-in-a-span").doesNotContain("hello");
    }

    @Test
    void the_chat_url_of_an_attempt_keeps_no_credentials_or_query() {
        ModelCallSpan.Upstream upstream = ModelCallSpan.Upstream.of("https://user:secret@llm.internal:8443/openai/v1?key=abc");

        assertThat(upstream.host()).isEqualTo("llm.internal");
        assertThat(upstream.port()).isEqualTo(8443);
        assertThat(upstream.chatUrl()).isEqualTo("https://llm.internal:8443/openai/v1/chat/completions");
    }
}
