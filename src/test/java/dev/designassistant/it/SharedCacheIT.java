package dev.designassistant.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL share the response cache: a brief answered by the model through one instance is
 * answered from the cache through the other, with one upstream call in all.
 */
class SharedCacheIT {

    private static final String CHAT = "/v1/chat/completions";

    private WireMockServer llm;

    @BeforeEach
    void startLlm() throws Exception {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        llm.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Files.readString(Path.of("src/test/resources/llm/chat-completion-success.json")))));
    }

    @AfterEach
    void stopLlm() {
        llm.stop();
    }

    @Test
    void an_answer_cached_through_one_instance_answers_the_same_brief_through_another() throws Exception {
        try (Store store = Store.create("pg");
             ServiceProcess a = ServiceProcess.start("cache-a", instance(store, "cache-a"));
             ServiceProcess b = ServiceProcess.start("cache-b", instance(store, "cache-b"))) {
            JsonPath first = brief(a);
            JsonPath second = brief(b);

            assertThat(first.getBoolean("messages[1].cached")).isFalse();
            assertThat(second.getBoolean("messages[1].cached")).isTrue();
            assertThat(second.getString("messages[1].content")).isEqualTo(first.getString("messages[1].content"));
            assertThat(llm.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(1);
        }
    }

    private static JsonPath brief(ServiceProcess instance) {
        Map<String, Object> example = instance.request().get("/api/templates/retry-strategy")
                .then().statusCode(200).extract().path("example");
        return instance.request().contentType(ContentType.JSON).header("Prefer", "wait=60")
                .body(Map.of("template", "retry-strategy", "parameters", example, "followUps", false))
                .when().post("/api/briefs")
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, String> instance(Store store, String name) {
        return store.env(Map.of(
                "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                "ASSISTANT_LLM_API_KEY", "it-key",
                "ASSISTANT_LLM_TEMPERATURE", "0",
                "ASSISTANT_LLM_CACHE_ENABLED", "true",
                "ASSISTANT_CHAIN_INSTANCE_ID", name));
    }
}
