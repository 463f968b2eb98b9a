package dev.designassistant.llm;

import dev.langchain4j.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionsTest {

    private static final String KEY = "sk-live-1234567890";
    private final Rejections rejections = new Rejections(new SecretRedactor(List.of(KEY)));
    private final ModelSettings withKey = new ModelSettings("default", Optional.of("https://x/v1"), Optional.of(KEY),
            "gpt-4o-mini", Optional.empty(), Optional.empty(), Duration.ofSeconds(60), List.of(), List.of(), Prices.NONE, Optional.empty());
    private final ModelSettings withoutKey = new ModelSettings("default", Optional.of("https://x/v1"),
            Optional.empty(), "gpt-4o-mini", Optional.empty(), Optional.empty(), Duration.ofSeconds(60), List.of(), List.of(), Prices.NONE, Optional.empty());

    @Test
    void names_the_cause_of_each_rejection() {
        assertThat(reason(401, withKey, "{}")).isEqualTo("the LLM rejected the API key (401)");
        assertThat(reason(401, withoutKey, "{}")).contains("none is configured");
        assertThat(reason(403, withKey, "{}")).contains("(403)");
        assertThat(reason(404, withKey, "{}")).contains("model 'gpt-4o-mini'").contains("base URL");
    }

    @Test
    void quotes_the_upstream_message_of_a_400_with_keys_masked() {
        String body = "{\"error\":{\"message\":\"bad header Bearer " + KEY + "\"}}";

        assertThat(reason(400, withKey, body))
                .isEqualTo("the LLM rejected the request as invalid (400): bad header Bearer [redacted]");
    }

    @Test
    void cuts_a_long_upstream_message() {
        assertThat(reason(400, withKey, "x".repeat(1000))).hasSizeLessThan(300);
    }

    private String reason(int status, ModelSettings model, String body) {
        UpstreamHttpException upstream = new UpstreamHttpException(status, body, Optional.empty());
        Failure failure = FailureClassifier.classify(new InvalidRequestException(upstream));
        return rejections.reason(failure, model, new InvalidRequestException(upstream));
    }
}
