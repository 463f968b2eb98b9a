package dev.designassistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Evaluates on a running service: {@code POST /api/evals}, then {@code GET /api/evals/{id}} every second until the
 * run ends, telling of each case that appeared since. Nothing of Quarkus starts.
 */
public class HttpEvaluator implements Evaluator {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final URI base;
    private final String apiKey = System.getenv(HttpReviewer.API_KEY_ENV);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public HttpEvaluator(URI base) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    }

    @Override
    public EvalRun run(EvalRequest request, Listener listener) {
        EvalRun run = read(send(HttpRequest.newBuilder(base.resolve("api/evals"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(request)))));
        listener.started(run);
        Set<String> told = new HashSet<>();
        while (true) {
            run.cases().stream().filter(c -> told.add(c.key())).forEach(listener::answered);
            if (!run.isRunning()) {
                return run;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReviewFailedException("interrupted; the run " + run.id() + " goes on in the service");
            }
            run = read(send(HttpRequest.newBuilder(base.resolve("api/evals/" + run.id())).GET()));
        }
    }

    private String send(HttpRequest.Builder request) {
        request.header("Accept", "application/json");
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey.strip());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ReviewFailedException("cannot reach " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewFailedException("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            StringBuilder text = new StringBuilder("HTTP " + response.statusCode() + " from " + response.uri());
            try {
                JsonNode problem = json.readTree(response.body());
                text.append(": ").append(problem.path("detail").asText(problem.path("title").asText("")));
            } catch (JsonProcessingException e) {
                // not a problem document
            }
            throw new ReviewFailedException(text.toString());
        }
        return response.body();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eval requests are plain records", e);
        }
    }

    private EvalRun read(String body) {
        try {
            return json.readValue(body, EvalRun.class);
        } catch (JsonProcessingException e) {
            throw new ReviewFailedException("the service's answer is not an evaluation run: " + e.getOriginalMessage());
        }
    }
}
