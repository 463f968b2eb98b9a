package dev.designassistant.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.FaultProfiles;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The LLM's own output is data the service must carry: replies with characters JSON, Markdown or PostgreSQL cannot
 * carry are stored cleaned, and every answer, session and report stays strict JSON / clean text. Also: a HEAD on a
 * running chain's event stream answers at once.
 */
@QuarkusTest
@TestProfile(FaultProfiles.H2.class)
class LlmReplyCorpusTest {

    @InjectWireMock
    WireMockServer llm;

    /** Each reply and what the stored answer must read, both as JSON string escapes (the upstream sends escapes). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a NUL|before\\u0000after|beforeafter",
            "a lone high surrogate|a\\ud800b|a\\ufffdb",
            "a lone low surrogate|a\\udc00b|a\\ufffdb",
            "a surrogate pair reversed|a\\udc00\\ud800b|a\\ufffd\\ufffdb",
            "an escape sequence|a\\u001b[31mred|a[31mred",
            "a bell, a backspace and a DEL|a\\u0007b\\u0008c\\u007fd|abcd",
            "a C1 control|a\\u0085b\\u009bc|abc",
            "noncharacters|a\\uffffb\\ufffec|abc",
            "a form feed and a vertical tab|a\\u000cb\\u000bc|abc",
            "tabs, line breaks and an emoji kept|a\\tb\\r\\nc \\ud83d\\ude80|a\\tb\\r\\nc \\ud83d\\ude80",
    })
    void a_reply_is_stored_without_what_json_or_markdown_cannot_carry(String what, String escaped, String stored) {
        // given an LLM whose reply carries these characters
        replyWith(escaped);

        // when a question is asked in a finished session
        String id = finishedSession();
        String answer = given().contentType(ContentType.JSON).body(Map.of("content", "What breaks?"))
                .post("/api/sessions/" + id + "/messages").then().statusCode(200).extract().asString();

        // then the answer, the session and its reports carry the cleaned text, as strict JSON
        assertThat(io.restassured.path.json.JsonPath.from(answer).getString("content")).isEqualTo(unescape(stored));
        assertStrict(answer);
        assertStrict(given().get("/api/sessions/" + id).then().statusCode(200).extract().asString());
        for (String format : List.of("markdown", "html", "json")) {
            assertStrict(given().get("/api/sessions/" + id + "/report?format=" + format).then().statusCode(200)
                    .extract().asString());
        }
    }

    @Test
    void head_on_a_running_chains_events_answers_at_once_and_frees_the_connection() {
        // given a chain that is still running (each answer takes a while)
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(700).withBody(reply("slow answer"))));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example(), "followUps", true))
                .post("/api/briefs").then().statusCode(202).extract().path("sessionId");

        // when HEAD asks for its events, and a second request follows on the same connection
        byte[] head = ("HEAD /api/sessions/" + id + "/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/sessions/" + id + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        List<RawHttp.Reply> replies = RawHttp.exchange(RestAssured.port, head, List.of(true, false));

        // then both are answered while the chain still runs
        assertThat(replies.get(0).status()).isEqualTo(200);
        assertThat(replies.get(0).contentType()).startsWith("text/event-stream");
        assertThat(replies.get(1).status()).isEqualTo(200);
        assertThat(io.restassured.path.json.JsonPath.from(replies.get(1).body()).getString("status"))
                .isEqualTo("running");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/sessions/" + id).then()
                .body("status", equalTo("done")));
    }

    @Test
    void head_on_another_clients_or_an_unknown_sessions_events_is_404() {
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, RawHttp.request("HEAD",
                "/api/sessions/" + java.util.UUID.randomUUID() + "/events", List.of(), null));

        assertThat(reply.status()).isEqualTo(404);
    }

    private static String unescape(String json) {
        return io.restassured.path.json.JsonPath.from("{\"v\": \"" + json + "\"}").getString("v");
    }

    private String finishedSession() {
        String id = given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                .body(Map.of("template", "saga-design", "parameters", example(), "followUps", false))
                .post("/api/briefs").then().statusCode(200).extract().path("sessionId");
        return id;
    }

    private void replyWith(String escapedContent) {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(reply(escapedContent))));
    }

    /** An OpenAI chat completion whose content is the given JSON string body (escapes included). */
    private static String reply(String escapedContent) {
        return "{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\",\"created\":1764028800,\"model\":\"mock-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + escapedContent
                + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,"
                + "\"total_tokens\":15}}";
    }

    /** No NUL, no other control but tab and line breaks, no lone surrogate, escaped or not. */
    private static void assertStrict(String body) {
        assertThat(body).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]")
                .doesNotContainPattern("(?i)\\\\u00[01][0-8bcef]|\\\\u001[0-9a-f]|\\\\u007f|\\\\ud[89ab][0-9a-f]{2}(?!\\\\ud[c-f])");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            }
        }
    }

    private static Map<?, ?> example() {
        return given().get("/api/templates/saga-design").then().statusCode(200).extract().path("example");
    }
}
