package dev.designassistant.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/** Lets a request through only with a known API key (but for the open paths), and records whose request it is. */
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;
    private final Caller caller;
    private final BrowserSessions browsers;

    public ApiKeyFilter(ApiKeys keys, Caller caller, BrowserSessions browsers) {
        this.keys = keys;
        this.caller = caller;
        this.browsers = browsers;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!keys.enabled() || isPublic(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            Optional<BrowserSessions.SignedIn> browser = Optional.ofNullable(request.getCookies().get(BrowserSessions.COOKIE))
                    .flatMap(cookie -> browsers.verify(cookie.getValue()));
            if (browser.isPresent()) {
                return signIn(request, browser.get());
            }
            if (isPage(request.getUriInfo().getPath())) {
                return Optional.empty(); // the web page asks for a sign-in itself
            }
        }
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
     * A signed-in browser (the web page) calls the API with its cookie; its state-changing requests must carry the
     * cookie's CSRF token in a header, which no other site can read or set, and every call must come from this
     * site's page (Origin, Sec-Fetch-Site). The page's own forms carry the token as a field and are checked where
     * they are handled.
     */
    private Optional<Response> signIn(ContainerRequestContext request, BrowserSessions.SignedIn browser) {
        if (!isPage(request.getUriInfo().getPath()) && !SameSite.fromOwnPage(request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Origin"), request.getUriInfo().getBaseUri())) {
            return Optional.of(ProblemMapper.respond(Problem.of("cross-site", "Forbidden", 403,
                    "a signed-in browser may call the API only from this site's own page; this request came from "
                            + "another site")));
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !isPage(request.getUriInfo().getPath())
                && !BrowserSessions.csrfMatches(browser, request.getHeaderString(BrowserSessions.CSRF_HEADER))) {
            return Optional.of(ProblemMapper.respond(Problem.of("csrf", "Forbidden", 403,
                    "a signed-in page must send its CSRF token in " + BrowserSessions.CSRF_HEADER
                            + "; reload the page and try again")));
        }
        caller.signedIn(browser);
        return Optional.empty();
    }

    /** The web page's paths: everything outside the API, the MCP endpoint and the open paths. */
    private static boolean isPage(String path) {
        String normal = path.replaceAll("/{2,}", "/");
        return !(normal.equals("/api") || normal.startsWith("/api/") || normal.equals("/mcp")
                || normal.startsWith("/mcp/"));
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
