package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary LLM API key, echoed back by a hostile LLM in its error bodies, and a canary client API key appear
 * nowhere: not in any log record (at DEBUG, exceptions included), not in the log file, not in any response body
 * or header, not in any report format.
 */
@QuarkusTest
@TestProfile(ApiKeyCanaryTest.Canary.class)
class ApiKeyCanaryTest {

    static final String CANARY = "sk-canary-7f3c9a1e5b2d4c6e8a0b9d1f";
    /** The client's own API key, with access control on as in production. */
    static final String CLIENT_CANARY = "da_client-canary-4e8b1c7d9f2a6e0b";
    static final String LOG_FILE = "target/llm-canary-test.log";

    /** WireMock LLM, the canary key, DEBUG logging of the gateway and its libraries, and a log file. */
    public static class Canary extends LlmTestProfiles.WireMockWithFakeTime {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(LlmTestProfiles.wireMockBase());
            config.put("assistant.llm.api-key", CANARY);
            config.put("assistant.access.enabled", "true");
            config.put("assistant.access.api-keys", "canary-client:" + CLIENT_CANARY);
            config.put("quarkus.log.file.enabled", "true");
            config.put("quarkus.log.file.path", LOG_FILE);
            config.put("quarkus.log.min-level", "DEBUG");
            config.put("quarkus.log.file.level", "DEBUG");
            config.put("quarkus.log.category.\"dev.designassistant\".level", "DEBUG");
            config.put("quarkus.log.category.\"dev.langchain4j\".level", "DEBUG");
            config.put("quarkus.log.category.\"io.github.resilience4j\".level", "DEBUG");
            return config;
        }
    }

    @InjectWireMock
    WireMockServer llm;

    private final CapturingHandler captured = new CapturingHandler();

    @BeforeEach
    void captureLogs() {
        llm.resetAll();
        Logger.getLogger("").addHandler(captured);
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + CLIENT_CANARY).build();
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(captured);
        RestAssured.requestSpecification = null;
    }

    /** The log manager outlives this application: give the DEBUG categories back so later tests stay quiet. */
    @AfterAll
    static void restoreLogLevels() {
        for (String category : List.of("dev.designassistant", "dev.langchain4j", "io.github.resilience4j")) {
            Logger.getLogger(category).setLevel(null);
        }
    }

    @Test
    void the_api_key_appears_in_no_log_and_no_response() throws IOException {
        // given an LLM that echoes the key in its 401 and 400 bodies, then answers
        String echo401 = Fixtures.llm("error-401.json").replace("${apiKey}", CANARY);
        String echo400 = "{\"error\":{\"message\":\"Bad header 'Authorization: Bearer " + CANARY + "'\"}}";
        List<String> seen = new ArrayList<>();

        // when briefs meet a 401, a 400, a persistent 503 and a success, and metrics and health are read
        stub(aResponse().withStatus(401).withBody(echo401));
        seen.add(dump(postBrief().then().statusCode(502).extract().response()));
        stub(aResponse().withStatus(400).withBody(echo400));
        seen.add(dump(postBrief().then().statusCode(502).extract().response()));
        stub(aResponse().withStatus(503).withBody(echo401));
        seen.add(dump(postBrief().then().statusCode(503).extract().response()));
        stub(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.llm("chat-completion-success.json")));
        Response answered = postBrief().then().statusCode(200).extract().response();
        seen.add(dump(answered));
        for (String format : List.of("markdown", "html", "json")) {
            seen.add(dump(given().get(answered.header("Location") + "/report?format=" + format)
                    .then().statusCode(200).extract().response()));
        }
        seen.add(dump(given().get("/api/sessions").then().statusCode(200).extract().response()));
        RestAssured.requestSpecification = null;
        seen.add(dump(given().header("Authorization", "Bearer " + CLIENT_CANARY + "x").get("/api/sessions")
                .then().statusCode(401).extract().response()));
        seen.add(dump(given().get("/q/metrics").then().extract().response()));
        seen.add(dump(given().get("/q/health").then().extract().response()));

        // then the key did reach the LLM (401, 400, 3 × 503, 200), so the test is not vacuous…
        llm.verify(exactly(6), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH))
                .withHeader("Authorization", equalTo("Bearer " + CANARY)));
        assertThat(captured.text()).contains("rejected the API key (401)");
        // …and it is in no response, no captured log record and not in the log file
        assertThat(seen).allSatisfy(response -> assertThat(response).doesNotContain(CANARY, CLIENT_CANARY));
        assertThat(captured.text()).doesNotContain(CANARY, CLIENT_CANARY);
        assertThat(Files.readString(Path.of(LOG_FILE))).isNotEmpty().doesNotContain(CANARY, CLIENT_CANARY);
    }

    private void stub(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        llm.resetMappings();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(response));
    }

    private static Response postBrief() {
        return Fixtures.postLlmBriefAndWait();
    }

    private static String dump(Response response) {
        return response.getHeaders() + "\n" + response.asString();
    }

    /** Keeps every log record's formatted message and stack trace. */
    static final class CapturingHandler extends Handler {
        private final StringBuffer text = new StringBuffer();

        CapturingHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            text.append(record.getLoggerName()).append(' ')
                    .append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage())
                    .append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace).append('\n');
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
