package dev.designassistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reviews against a running service: {@code POST /api/reviews}, then the session's report in the format asked
 * for. A problem+json answer becomes a {@link ReviewFailedException} with its detail and errors.
 */
public class HttpReviewer implements Reviewer {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Where the CI command finds its API key for {@code --url}: an environment variable, never an argument. */
    public static final String API_KEY_ENV = "DESIGN_ASSISTANT_API_KEY";

    private final URI base;
    private final String apiKey = System.getenv(API_KEY_ENV);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public HttpReviewer(URI base) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    }

    @Override
    public Outcome review(ReviewRequest request, ReportFormat format) {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("api/reviews"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(request))));
        ReviewResult result = read(posted.body(), ReviewResult.class);
        HttpResponse<String> report = send(HttpRequest.newBuilder(
                base.resolve("api/sessions/" + result.sessionId() + "/report?format=" + format.id())).GET());
        return new Outcome(result, report.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
            throw new ReviewFailedException(problem(response));
        }
        return response;
    }

    private String problem(HttpResponse<String> response) {
        StringBuilder text = new StringBuilder("HTTP " + response.statusCode() + " from " + response.uri());
        try {
            JsonNode problem = json.readTree(response.body());
            text.append(": ").append(problem.path("detail").asText(problem.path("title").asText("")));
            problem.path("errors").forEach(e -> text.append("; ").append(e.path("parameter").asText("")).append(' ')
                    .append(e.path("message").asText("")));
        } catch (JsonProcessingException e) {
            // not a problem document: the status line says enough
        }
        if (response.statusCode() == 401) {
            text.append(" (the command sends the key in the environment variable ").append(API_KEY_ENV).append(')');
        }
        return text.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review requests are plain records", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ReviewFailedException("the service's answer is not a review: " + e.getOriginalMessage());
        }
    }
}
