package dev.designassistant.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/** Lets a request through only with a known API key (but for the open paths), and records whose request it is. */
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final Caller caller;

    public ApiKeyFilter(ApiKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!keys.enabled() || isPublic(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> client = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.clientOf(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (client.isEmpty()) {
            return Optional.of(Response.fromResponse(ProblemMapper.respond(unauthorized(header != null)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        caller.authenticate(client.get());
        return Optional.empty();
    }

    /** The 401 problem of a request without a known key (also the MCP endpoint's). */
    public static Problem unauthorized(boolean keyGiven) {
        return Problem.of("unauthorized", "Unauthorized", 401, keyGiven
                ? "the API key is not valid"
                : "this endpoint needs an API key: Authorization: Bearer <key>");
    }

    /**
     * Health, metrics, the API description and the built-in demo model are open; everything else needs a key,
     * whatever spelling of a path (doubled slashes, encoded characters) reaches the router.
     */
    private static boolean isPublic(String path) {
        String normal = path.replaceAll("/{2,}", "/");
        return normal.startsWith("/q/") || normal.equals("/q") || normal.startsWith("/demo-llm/");
    }
}
