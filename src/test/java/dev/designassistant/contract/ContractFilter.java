package dev.designassistant.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a RestAssured exchange with the API against the OpenAPI document the service serves: every response (its
 * status, headers, media type and body), and every request the service accepted (a request the service takes must
 * be one the contract allows). A violation fails the test that made the call.
 *
 * <p>The document is read from the running service once per JVM (the first test application's
 * {@code /q/openapi}) and also written to {@code target/contract/openapi.json}, where {@code .ci/check-contract}
 * lints it with Redocly CLI.
 */
public final class ContractFilter implements OrderedFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String path = URI.create(request.getURI()).getRawPath(); // as sent: a %00 stays one path segment
        if (!path.startsWith("/api/")) {
            return answer;
        }
        OpenApiInteractionValidator contract = validator(request.getURI());
        ValidationReport report = contract.validateResponse(path, Request.Method.valueOf(request.getMethod()),
                RestAssuredResponse.of(answer));
        if (answer.statusCode() < 400) {
            report = contract.validateRequest(RestAssuredRequest.of(request)).merge(report);
        }
        if (answer.statusCode() == 405 && answer.header("Allow") == null) {
            throw new AssertionError("The 405 of " + request.getMethod() + " " + path + " has no Allow header");
        }
        if (answer.statusCode() >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            throw new AssertionError("The " + answer.statusCode() + " of " + request.getMethod() + " " + path
                    + " is not application/problem+json but " + answer.contentType());
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + path + " -> " + answer.statusCode()
                    + " breaks the served OpenAPI contract:\n" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nResponse body: " + abbreviate(answer.asString()));
        }
        return answer;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    /** The served document, as the validator reads it. */
    static JsonNode served(String anyUri) {
        URI uri = URI.create(anyUri).resolve("/q/openapi?format=json");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenApiInteractionValidator validator(String anyUri) {
        if (validator == null) {
            synchronized (ContractFilter.class) {
                if (validator == null) {
                    JsonNode document = served(anyUri);
                    write(document);
                    validator = OpenApiInteractionValidator
                            .createForInlineApiSpecification(OpenApi30.of(document).toString())
                            .withLevelResolver(LevelResolver.create()
                                    // the test profile has access control off: its requests carry no API key
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    // a wrong method or an unknown path is no operation of the document; the 405's
                                    // and the 404's own form is checked below
                                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static void write(JsonNode document) {
        try {
            Path file = Path.of("target", "contract", "openapi.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
    }
}
