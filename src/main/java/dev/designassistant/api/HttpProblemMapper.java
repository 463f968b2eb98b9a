package dev.designassistant.api;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Problems of the request's HTTP form rather than its content: a header that cannot be taken, a body Jackson cannot
 * bind for a reason of ours. (The HTTP layer's own refusals are answered in {@link HttpLayer}, the service's in
 * {@link ProblemMapper}.)
 */
public class HttpProblemMapper {

    @ServerExceptionMapper
    public Response invalidHeader(InvalidHeaderException e) {
        return ProblemMapper.respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                "the " + e.header() + " header is not valid: " + e.getMessage(),
                List.of(new Problem.FieldError(e.header(), e.getMessage()))));
    }

    /**
     * Jackson's complaint about a class it cannot bind is a bug of ours, not of the request: a 500 problem with an
     * incident id (Quarkus' own mapper answers it with an empty body).
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return ProblemMapper.respond(HttpProblems.incident(e));
    }
}
