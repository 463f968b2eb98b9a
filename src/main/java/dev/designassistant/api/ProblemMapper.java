package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.designassistant.llm.Durations;
import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;
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

    /** Every domain exception, as the problem type it carries. */
    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return problem(e);
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

    /**
     * Jackson's complaint about a class it cannot bind is a bug of ours, not of the request: a 500 problem with an
     * incident id (Quarkus' own mapper for it answers with an empty body).
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return internalError(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return internalError(e);
    }

    /**
     * The response for a failure caught outside a request's own exception handling (such as a chain that stopped
     * while its client waited): a domain exception's problem, anything else an internal error.
     */
    public static Response problem(Throwable failure) {
        return failure instanceof DomainException e ? problem(e) : internalError(failure);
    }

    private static Response problem(DomainException e) {
        if (e.operatorAttention()) {
            LOG.errorf(e, "%s", e.type().title());
        }
        ProblemType type = e.type();
        List<Problem.FieldError> errors = e.errors() == null ? null
                : e.errors().stream().map(p -> new Problem.FieldError(p.parameter(), p.message())).toList();
        Response response = respond(new Problem("/problems/" + type.slug(), type.title(), type.status(), e.detail(),
                errors));
        return e.retryAfter() == null ? response
                : Response.fromResponse(response)
                        .header("Retry-After", Durations.wholeSecondsAtLeastOne(e.retryAfter())).build();
    }

    private static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "The service failed unexpectedly; quote incident " + incident + " to the operator."));
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

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
