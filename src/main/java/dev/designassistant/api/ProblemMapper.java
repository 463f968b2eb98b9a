package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.designassistant.brief.ChainStoppedException;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.UnknownTemplateException;
import dev.designassistant.session.IdempotencyKeyInFlightException;
import dev.designassistant.session.IdempotencyKeyReusedException;
import dev.designassistant.report.UnsupportedFormatException;
import dev.designassistant.review.NonConformingReviewException;
import dev.designassistant.session.SessionBusyException;
import dev.designassistant.session.StorageException;
import dev.designassistant.session.TokenBudgetExceededException;
import dev.designassistant.session.UnknownSessionException;
import dev.designassistant.llm.Durations;
import dev.designassistant.llm.LlmRejectedException;
import dev.designassistant.llm.LlmTimeoutException;
import dev.designassistant.llm.LlmUnavailableException;
import dev.designassistant.llm.RateLimitedException;
import dev.designassistant.llm.UnknownModelException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become HTTP responses: every error is application/problem+json with a
 * stable type, and none carries a stack trace or a class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final Routes routes;

    public ProblemMapper(Routes routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e) {
        List<Problem.FieldError> errors = e.problems().stream()
                .map(p -> new Problem.FieldError(p.parameter(), p.message()))
                .toList();
        return respond(new Problem("/problems/invalid-parameters", "Invalid parameters", 400,
                errors.size() + " problem(s) with the parameters of template '" + e.templateId() + "'", errors));
    }

    @ServerExceptionMapper
    public Response unknownTemplate(UnknownTemplateException e) {
        return respond(Problem.of("unknown-template", "Unknown template", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownSession(UnknownSessionException e) {
        return respond(Problem.of("unknown-session", "Unknown session", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response sessionBusy(SessionBusyException e) {
        Problem problem = Problem.of("session-busy", "Session busy", 409, e.getMessage());
        return e.answering() ? respond(problem, SessionBusyException.RETRY_AFTER_SECONDS) : respond(problem);
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return respond(Problem.of("idempotency-key-reused", "Idempotency key reused", 422, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyInFlight(IdempotencyKeyInFlightException e) {
        return respond(Problem.of("idempotency-key-in-flight", "Request in progress", 409, e.getMessage()), 1);
    }

    @ServerExceptionMapper
    public Response tokenBudgetExceeded(TokenBudgetExceededException e) {
        return respond(Problem.of("token-budget-exceeded", "Token budget exceeded", 422, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response storageUnavailable(StorageException e) {
        LOG.errorf(e, "Session database unavailable");
        return respond(Problem.of("storage-unavailable", "Storage unavailable", 503,
                "The session database is unavailable; nothing of this request was stored. Try again shortly."), 5);
    }

    @ServerExceptionMapper
    public Response unknownModel(UnknownModelException e) {
        String configured = String.join(", ", e.configured());
        return respond(new Problem("/problems/unknown-model", "Unknown model", 400, e.getMessage(),
                List.of(new Problem.FieldError("model", "unknown model; configured models: " + configured))));
    }

    @ServerExceptionMapper
    public Response llmUnavailable(LlmUnavailableException e) {
        long seconds = Durations.wholeSecondsAtLeastOne(e.retryAfter());
        return respond(Problem.of("llm-unavailable", "LLM unavailable", 503,
                e.getMessage() + ". Try again in " + seconds + " s."), seconds);
    }

    @ServerExceptionMapper
    public Response dailyTokenBudgetExceeded(DailyTokenBudgetExceededException e) {
        return respond(Problem.of("daily-token-budget-exceeded", "Daily token budget exceeded", 429,
                e.getMessage() + "."), Durations.wholeSecondsAtLeastOne(e.retryAfter()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        long seconds = Durations.wholeSecondsAtLeastOne(e.retryAfter());
        return respond(Problem.of("rate-limited", "Too many requests", 429,
                e.getMessage() + "; try again in " + seconds + " s."), seconds);
    }

    @ServerExceptionMapper
    public Response llmTimeout(LlmTimeoutException e) {
        return respond(Problem.of("llm-timeout", "LLM timed out", 504, e.getMessage()
                + "; the call was abandoned. Try again, or ask for less."));
    }

    @ServerExceptionMapper
    public Response llmRejected(LlmRejectedException e) {
        return respond(Problem.of("llm-rejected", "LLM rejected the request", 502, e.getMessage()
                + ". The service's LLM configuration needs an operator's attention."));
    }

    /** The stopping failure's own problem, with the session's Location so that the caller can resume it. */
    @ServerExceptionMapper
    public Response chainStopped(ChainStoppedException e) {
        Response problem = switch (e.getCause()) {
            case LlmUnavailableException u -> llmUnavailable(u);
            case LlmTimeoutException t -> llmTimeout(t);
            case LlmRejectedException r -> llmRejected(r);
            case StorageException s -> storageUnavailable(s);
            case TokenBudgetExceededException b -> tokenBudgetExceeded(b);
            case UnknownSessionException u -> unknownSession(u);
            default -> unexpected(e.getCause());
        };
        return Response.fromResponse(problem).location(URI.create("/api/sessions/" + e.sessionId())).build();
    }

    @ServerExceptionMapper
    public Response nonConformingReview(NonConformingReviewException e) {
        List<Problem.FieldError> errors = e.problems().stream().map(ProblemMapper::replyProblem).toList();
        return respond(new Problem("/problems/llm-invalid-reply", "LLM reply not in the required format", 502,
                e.getMessage() + ". Try again, or use a model that follows JSON schemas more reliably.", errors));
    }

    @ServerExceptionMapper
    public Response unsupportedFormat(UnsupportedFormatException e) {
        return respond(Problem.of("unsupported-format", "Unsupported format", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problem.of("malformed-request", "Malformed request body", 400, describe(e)));
    }

    /** Replaces Quarkus' own mapper, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                errors.size() + " problem(s) with the request", errors));
    }

    /** 405, 406 and 415 say what the route does accept (see {@link Routes}). */
    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, ContainerRequestContext request) {
        return routes.methodNotAllowed(request.getMethod(), request.getUriInfo().getPath());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, ContainerRequestContext request) {
        return routes.notAcceptable(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.ACCEPT), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, ContainerRequestContext request) {
        return routes.unsupportedMediaType(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String reason = Response.Status.fromStatusCode(status) == null
                ? "Request rejected" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of("http-" + status, reason, status, reason));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "The service failed unexpectedly; quote incident " + incident + " to the operator."));
    }

    /** The problem of a condition that passes, with the seconds after which to try again. */
    private static Response respond(Problem problem, long retryAfterSeconds) {
        return Response.fromResponse(respond(problem)).header("Retry-After", retryAfterSeconds).build();
    }

    /** The problem as a response with the problem+json media type. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return "field " + e.getOriginalMessage().substring("Duplicate field ".length()) + " appears twice in one "
                    + "object" + where; // Jackson: Duplicate field 'content'
        }
        if (e instanceof JsonParseException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return "the body is not valid JSON" + where;
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "field '" + path(m) + "' has the wrong type" + where;
        }
        return "the body does not have the expected shape" + where;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** "$.findings[0].severity: does not have…" → parameter "$.findings[0].severity", message "does not have…". */
    private static Problem.FieldError replyProblem(String problem) {
        int colon = problem.indexOf(": ");
        return problem.startsWith("$") && colon > 0
                ? new Problem.FieldError(problem.substring(0, colon), problem.substring(colon + 2))
                : new Problem.FieldError("reply", problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
