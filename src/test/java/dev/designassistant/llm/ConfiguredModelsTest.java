package dev.designassistant.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredModelsTest {

    @Test
    void with_no_base_url_the_default_model_is_the_demo_model() {
        Map<String, ModelSettings> models = ConfiguredModels.read(BackoffTest.config(Map.of()));

        assertThat(models).containsOnlyKeys("default");
        assertThat(models.get("default").demo()).isTrue();
    }

    @Test
    void named_models_inherit_what_they_leave_unset() {
        Map<String, ModelSettings> models = ConfiguredModels.read(BackoffTest.config(Map.of(
                "assistant.llm.base-url", "https://api.openai.com/v1",
                "assistant.llm.api-key", "sk-default",
                "assistant.llm.timeout", "20s",
                "assistant.llm.models.big.model", "gpt-4o",
                "assistant.llm.models.local.base-url", "http://localhost:11434/v1",
                "assistant.llm.models.local.model", "llama3.1")));

        assertThat(models.keySet()).containsExactly("default", "big", "local");
        ModelSettings big = models.get("big");
        assertThat(big.baseUrl()).contains("https://api.openai.com/v1");
        assertThat(big.apiKey()).contains("sk-default");
        assertThat(big.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(big.modelId()).isEqualTo("gpt-4o");
        // a model on another server does not receive the default server's key
        assertThat(models.get("local").apiKey()).isEmpty();
    }

    @Test
    void printing_settings_never_shows_the_key() {
        ModelSettings model = ConfiguredModels.read(BackoffTest.config(Map.of(
                "assistant.llm.base-url", "https://api.openai.com/v1",
                "assistant.llm.api-key", "sk-secret-value"))).get("default");

        assertThat(model.toString()).doesNotContain("sk-secret-value").contains("apiKey=(set)");
    }

    @Test
    void rejects_a_base_url_without_scheme_naming_the_property() {
        assertThatThrownBy(() -> ConfiguredModels.read(BackoffTest.config(Map.of(
                "assistant.llm.models.local.base-url", "localhost:11434/v1"))))
                .hasMessageContaining("assistant.llm.models.local.base-url");
    }

    @Test
    void reserves_the_name_default() {
        assertThatThrownBy(() -> ConfiguredModels.read(BackoffTest.config(Map.of(
                "assistant.llm.models.default.model", "gpt-4o"))))
                .hasMessageContaining("reserved");
    }
}
