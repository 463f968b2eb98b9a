package dev.designassistant.mcp;

import dev.designassistant.api.AccessProfiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /mcp} as a careless or hostile client uses it, over plain HTTP: a session answers only the key that opened
 * it; every malformed message gets exactly one JSON-RPC error for its id, in the client's terms, never an empty
 * stream or a Java exception; a foreign web {@code Origin} is 403 and an unknown protocol version 400.
 */
@QuarkusTest
@TestProfile(McpTransportTest.WithAllowedOrigin.class)
class McpTransportTest {

    /** Alice and Bob, and one web origin allowed to call /mcp. */
    public static class WithAllowedOrigin extends AccessProfiles.TwoClients {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new LinkedHashMap<>(super.getConfigOverrides());
            config.put("assistant.mcp.allowed-origins", "https://inspector.example");
            return config;
        }
    }

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @Test
    void a_session_answers_only_the_key_that_opened_it_on_every_method() {
        String session = open(AccessProfiles.ALICE_KEY);
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";

        Response bobPing = mcp(AccessProfiles.BOB_KEY).header("Mcp-Session-Id", session).body(ping).post("/mcp");
        assertThat(bobPing.statusCode()).isEqualTo(404);
        assertThat(bobPing.jsonPath().getInt("error.code")).isEqualTo(-32600);
        assertThat(bobPing.jsonPath().getString("error.message")).contains("unknown MCP session");
        assertThat(mcp(AccessProfiles.BOB_KEY).header("Mcp-Session-Id", session).accept("text/event-stream")
                .get("/mcp").statusCode()).isEqualTo(404);
        assertThat(mcp(AccessProfiles.BOB_KEY).header("Mcp-Session-Id", session).delete("/mcp").statusCode())
                .isEqualTo(404);

        Response alicePing = mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session).body(ping).post("/mcp");
        assertThat(alicePing.statusCode()).as("Bob's DELETE ended nothing").isEqualTo(200);
        assertThat(alicePing.asString()).contains("\"id\":7").contains("\"result\":{}");

        assertThat(mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session).delete("/mcp").statusCode())
                .isEqualTo(200);
        assertThat(mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session).body(ping).post("/mcp")
                .statusCode()).as("a deleted session is unknown").isEqualTo(404);
    }

    @Test
    void every_malformed_message_gets_one_json_rpc_error_for_its_id_without_java_internals() {
        String session = open(AccessProfiles.ALICE_KEY);
        record Row(String body, int status, Object id, int code, String says) {
        }
        List<Row> rows = List.of(
                new Row("{\"jsonrpc\": \"2.0\", \"id\": ", 400, null, -32700, "not valid JSON"),
                new Row("not json at all", 400, null, -32700, "not valid JSON"),
                new Row("{}", 400, null, -32600, "\"jsonrpc\" must be \"2.0\""),
                new Row("{\"jsonrpc\":\"2.0\"}", 400, null, -32600, "needs a \"method\""),
                new Row("[]", 400, null, -32600, "batches are not supported"),
                new Row("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", 400, null, -32600, "batches"),
                new Row("42", 400, null, -32600, "not a number"),
                new Row("{\"jsonrpc\":\"1.0\",\"id\":2,\"method\":\"ping\"}", 400, 2, -32600, "\"jsonrpc\" must be"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", 400, null, -32600, "\"id\" must be"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":5}", 400, 3, -32600, "\"method\" must be a string"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\",\"params\":\"all\"}", 200, 4, -32602,
                        "\"params\" must be an object, not a string"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"run_brief\","
                        + "\"arguments\":\"saga\"}}", 200, 5, -32602, "\"arguments\" must be an object, not a string"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":[1]}}", 200, 6,
                        -32602, "\"name\" must be a string, not an array"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"prompts/get\",\"params\":{\"arguments\":{}}}",
                        200, "p", -32602, "\"name\" is required"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"resources/read\",\"params\":{\"uri\":7}}", 200, 8,
                        -32602, "\"uri\" must be a string, not a number"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"completion/complete\",\"params\":{\"ref\":\"x\","
                        + "\"argument\":true}}", 200, 9, -32602, "\"ref\" must be an object"),
                new Row("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"logging/setLevel\",\"params\":[]}", 200, 10,
                        -32602, "\"params\" must be an object, not an array"));
        for (Row row : rows) {
            Response answer = mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session).body(row.body())
                    .post("/mcp");
            assertThat(answer.statusCode()).as(row.body()).isEqualTo(row.status());
            assertThat(answer.contentType()).as(row.body()).startsWith("application/json");
            JsonPath json = answer.jsonPath();
            assertThat(json.getString("jsonrpc")).as(row.body()).isEqualTo("2.0");
            assertThat((Object) json.get("id")).as(row.body()).isEqualTo(row.id());
            assertThat(json.getInt("error.code")).as(row.body()).isEqualTo(row.code());
            assertThat(json.getString("error.message")).as(row.body()).contains(row.says());
            assertThat(answer.asString()).as(row.body()).doesNotContain("java.", "jackson", "Exception", "jsonRpcError",
                    "com.fasterxml", "io.modelcontextprotocol", "stackTrace");
        }

        Response unknown = mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/dance\"}").post("/mcp");
        assertThat(unknown.asString()).contains("\"id\":11").contains("-32601");

        Response notification = mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":\"x\"}").post("/mcp");
        assertThat(notification.statusCode()).as("a notification gets no JSON-RPC answer").isEqualTo(202);

        Response stillThere = mcp(AccessProfiles.ALICE_KEY).header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/list\"}").post("/mcp");
        assertThat(stillThere.asString()).contains("\"id\":12").contains("run_brief");
    }

    @Test
    void requests_without_a_session_or_with_a_wrong_accept_are_json_rpc_errors_too() {
        Response noSession = mcp(AccessProfiles.ALICE_KEY).body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp");
        assertThat(noSession.statusCode()).isEqualTo(400);
        assertThat(noSession.jsonPath().getString("error.message")).contains("Mcp-Session-Id");
        Response wrongAccept = given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY)
                .contentType(ContentType.JSON).accept("application/json").body(INITIALIZE).post("/mcp");
        assertThat(wrongAccept.statusCode()).isEqualTo(406);
        assertThat(wrongAccept.jsonPath().getInt("error.code")).isEqualTo(-32600);
        assertThat(wrongAccept.asString()).doesNotContain("jsonRpcError", "java.");
    }

    @Test
    void a_foreign_origin_is_403_an_allowed_or_absent_one_passes_and_an_unknown_protocol_version_is_400() {
        Response foreign = mcp(AccessProfiles.ALICE_KEY).header("Origin", "https://evil.example").body(INITIALIZE)
                .post("/mcp");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.asString()).contains("https://evil.example").contains("allowed-origins");
        assertThat(mcp(AccessProfiles.ALICE_KEY).header("Origin", "https://inspector.example").body(INITIALIZE)
                .post("/mcp").statusCode()).isEqualTo(200);
        String session = open(AccessProfiles.ALICE_KEY);
        assertThat(mcp(AccessProfiles.ALICE_KEY).header("Origin", "http://localhost:8080")
                .header("Mcp-Session-Id", session).delete("/mcp").statusCode()).isEqualTo(403);

        Response version = mcp(AccessProfiles.ALICE_KEY).header("MCP-Protocol-Version", "1999-01-01")
                .header("Mcp-Session-Id", session).body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp");
        assertThat(version.statusCode()).isEqualTo(400);
        assertThat(version.jsonPath().getString("error.message")).contains("1999-01-01").contains("2025-06-18");
        assertThat(mcp(AccessProfiles.ALICE_KEY).header("MCP-Protocol-Version", "2025-06-18")
                .header("Mcp-Session-Id", session).body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp").statusCode()).isEqualTo(200);
    }

    private static String open(String key) {
        Response init = mcp(key).body(INITIALIZE).post("/mcp");
        assertThat(init.statusCode()).isEqualTo(200);
        String session = init.header("Mcp-Session-Id");
        assertThat(session).isNotBlank();
        assertThat(mcp(key).header("Mcp-Session-Id", session).body(INITIALIZED).post("/mcp").statusCode())
                .isEqualTo(202);
        return session;
    }

    private static RequestSpecification mcp(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .accept("application/json, text/event-stream");
    }
}
