package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem+json before
 * reading it. (Quarkus enforces the same limit itself, but answers with an empty body.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final String problem;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max,
                         ObjectMapper json) throws JsonProcessingException {
        this.maxBytes = max.asLongValue();
        this.problem = json.writeValueAsString(Problem.of("http-413", "Request body too large", 413,
                "the body is larger than " + maxBytes + " bytes; send less"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (announcedLength(ctx.request().getHeader("Content-Length")) > maxBytes) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(problem);
                return;
            }
            ctx.next();
        });
    }

    private static long announcedLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer rejects it
        }
    }
}
