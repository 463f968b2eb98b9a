package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * What the HTTP layer refuses before any endpoint runs, and how the router's own failures are answered: always a
 * problem+json, never an empty body. Refused here: a request target that is not plain ASCII (400) or longer than
 * {@value #MAX_TARGET} bytes (414), headers larger than {@value #MAX_HEADERS} bytes in all (431), and a body
 * larger than {@code quarkus.http.limits.max-body-size} (413), whether announced by Content-Length or sent chunked.
 * <p>
 * Quarkus checks the request target before the router and answers a malformed one with an empty 400; with the JVM
 * property {@value #TAKE_OVER_URI_CHECK}{@code =true} (set by the jar's main and the test configuration) it leaves
 * the check to this class, which makes the same check and answers it as a problem.
 * <p>
 * Netty's own limits ({@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size}) are set above
 * these, so the requests a client can plausibly send reach this check; only one past Netty's limits still gets
 * Vert.x's bare status, as Quarkus offers no hook to Vert.x's invalid-request handler.
 */
@ApplicationScoped
public class HttpLayer {

    /** Longest request target (path and query) taken. */
    public static final int MAX_TARGET = 8_192;
    /** Largest header section taken, names and values. */
    public static final int MAX_HEADERS = 16_384;

    /** The JVM property that hands Quarkus' own request-target check over to this class. */
    public static final String TAKE_OVER_URI_CHECK = "vertx.disableURIValidation";

    private final long maxBody;
    private final ObjectMapper json;

    public HttpLayer(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper json) {
        this.maxBody = maxBody.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        BodyHandler chunkedBody = BodyHandler.create(false).setBodyLimit(maxBody);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> screen(ctx, chunkedBody));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        for (int status : new int[]{400, 404, 405, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, this::failed); // failures no route's failure handler saw
        }
    }

    private void screen(RoutingContext ctx, BodyHandler chunkedBody) {
        HttpServerRequest request = ctx.request();
        String target = request.uri();
        if (target.length() > MAX_TARGET) {
            refuse(ctx, HttpProblems.of(414, "the request target is longer than " + MAX_TARGET + " bytes"));
        } else if (!plainAscii(target)) {
            refuse(ctx, HttpProblems.of(400, "the request target must be ASCII without spaces or control "
                    + "characters; percent-encode other characters as UTF-8"));
        } else if (!wellFormed(target)) {
            refuse(ctx, HttpProblems.of(400, "the request target is malformed (a '%' must start a percent-encoded "
                    + "byte such as %20)"));
        } else if (headerBytes(request.headers()) > MAX_HEADERS) {
            refuse(ctx, HttpProblems.of(431, "the request's headers are larger than " + MAX_HEADERS + " bytes"));
        } else if (announcedLength(request.getHeader("Content-Length")) > maxBody) {
            refuse(ctx, tooLarge());
        } else if (request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null) {
            chunkedBody.handle(ctx); // reads the body with the limit (413 past it); the endpoint then reads it
        } else {
            ctx.next();
        }
    }

    /** A failure of the router or of a handler before the endpoints: its status as a problem. */
    private void failed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        if (status == 413) {
            refuse(ctx, tooLarge());
        } else if (status >= 500) {
            refuse(ctx, HttpProblems.incident(ctx.failure()));
        } else if (status == 400) {
            refuse(ctx, HttpProblems.of(400, "the request target is malformed (a '%' must start a percent-encoded "
                    + "byte such as %20)"));
        } else {
            refuse(ctx, HttpProblems.of(status, HttpProblems.reason(status)));
        }
    }

    private Problem tooLarge() {
        return HttpProblems.of(413, "the body is larger than " + maxBody + " bytes; send less");
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close") // the rest of what was sent is not read
                .end(body);
    }

    /** Visible ASCII only: anything else in a request target must arrive percent-encoded. */
    private static boolean plainAscii(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** What Quarkus itself checks before the router (java.net.URI's grammar), answered here as a problem. */
    private static boolean wellFormed(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static long announcedLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer rejects it
        }
    }
}
