package dev.designassistant.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON fixtures under {@code src/test/resources/llm}. */
public final class Fixtures {

    /** The brief of the gateway tests: the one template of {@link LlmTestProfiles#PROMPTS_DIR}, filled in. */
    static final java.util.Map<String, Object> LLM_BRIEF = java.util.Map.of("template", "llm-brief", "parameters",
            java.util.Map.of("operation", "card charges", "sla", "3 seconds"));

    private Fixtures() {
    }

    /** The gateway tests' brief as a synchronous request (see {@link #postAndWait}). */
    static io.restassured.response.Response postLlmBriefAndWait() {
        return postAndWait(LLM_BRIEF);
    }

    /** Forgets the upstream's stubs and requests, the fake clock's pauses and every breaker's state. */
    static void resetUpstream(com.github.tomakehurst.wiremock.WireMockServer llm, FakeLlmTime time,
                              PipelineFactory pipelines) {
        llm.resetAll();
        time.reset();
        pipelines.breakers().getAllCircuitBreakers()
                .forEach(io.github.resilience4j.circuitbreaker.CircuitBreaker::reset);
    }

    /**
     * The brief as a synchronous request: no follow-up chain, and {@code Prefer: wait} so the answer, or the
     * LLM's error status, comes back in the response.
     */
    public static io.restassured.response.Response postAndWait(java.util.Map<String, Object> brief) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(brief);
        body.putIfAbsent("followUps", false);
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .header("Prefer", "wait=60").body(body).when().post("/api/briefs");
    }

    public static String llm(String name) {
        return resource("llm/" + name);
    }

    /** A test resource's text, by its class-path name ({@code review/conforming.json}). */
    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
