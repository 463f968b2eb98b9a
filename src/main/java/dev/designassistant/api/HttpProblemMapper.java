package dev.designassistant.api;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Problems of the request's HTTP form rather than its content: a header that cannot be taken, a method the path
 * does not have. (The HTTP layer's own refusals are answered in {@link HttpLayer}, the service's in
 * {@link ProblemMapper}.)
 */
public class HttpProblemMapper {

    @ServerExceptionMapper
    public Response invalidHeader(InvalidHeaderException e) {
        return ProblemMapper.respond(new Problem("/problems/invalid-request", "Invalid request", 400,
                "the " + e.header() + " header is not valid: " + e.getMessage(),
                List.of(new Problem.FieldError(e.header(), e.getMessage()))));
    }

    /** A 405 names the methods the path has. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        String allow = e.getResponse().getHeaderString("Allow");
        return Response.fromResponse(ProblemMapper.respond(HttpProblems.of(405,
                        "this path takes only " + allow)))
                .header("Allow", allow).build();
    }

    /**
     * Jackson's complaint about a class it cannot bind is a bug of ours, not of the request: a 500 problem with an
     * incident id (Quarkus' own mapper answers it with an empty body).
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return new ProblemMapper().unexpected(e);
    }
}
