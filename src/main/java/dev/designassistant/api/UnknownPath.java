package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request no route serves gets the API's 404 problem+json. (The REST layer passes unmatched paths on, since the
 * MCP endpoint is a servlet; without this they would end with Vert.x's HTML page.)
 */
@ApplicationScoped
public class UnknownPath {

    private final String problem;

    public UnknownPath(ObjectMapper json) throws JsonProcessingException {
        this.problem = json.writeValueAsString(Problem.of("http-404", "Not Found", 404, "Not Found"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> ctx.response().setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem));
    }
}
