package dev.designassistant.web;

import dev.designassistant.api.ApiKeys;
import dev.designassistant.api.Caller;
import dev.designassistant.api.SameSite;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What every page needs: whether the browser may see it (signed in, or access control off), the page chrome
 * (who is signed in, the CSRF token its forms carry) and the checks of a state-changing form.
 */
@ApplicationScoped
public class PageContext {

    private final ApiKeys keys;
    private final Caller caller;
    /** Without access control there is no sign-in to bind a token to: the forms carry this process's own token. */
    private final String openToken;

    public PageContext(ApiKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.openToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The chrome of a page: the navigation, the sign-out form, the CSRF token the page's script sends. */
    public record Chrome(boolean accessEnabled, String client, String csrfToken, String current) {
    }

    /** A redirect to the sign-in page when the browser is not signed in (and access control is on). */
    public Optional<Response> signInFirst(UriInfo uri) {
        if (!keys.enabled() || caller.known()) {
            return Optional.empty();
        }
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Optional.of(seeOther("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).build());
    }

    /**
     * A 303 to a path of this site, as a relative {@code Location}: never built from the request's {@code Host}
     * header (which a client sets at will), so the browser stays on the origin it is on, behind any proxy.
     */
    public static Response.ResponseBuilder seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }

    /** The page's template with its chrome; {@code current} names the navigation entry to mark. */
    public TemplateInstance page(TemplateInstance page, String current) {
        return page.data("chrome", new Chrome(keys.enabled(), caller.owner(), csrfToken(), current));
    }

    /** The owner of what the page shows. */
    public String owner() {
        return caller.owner();
    }

    /** Whether access control is on (and so a sign-in exists). */
    public boolean accessEnabled() {
        return keys.enabled();
    }

    /**
     * Whether a state-changing form may act: it came from this site (Origin and Fetch Metadata, where the browser
     * sends them) and carries the page's CSRF token.
     */
    public boolean formAllowed(HttpHeaders headers, UriInfo uri, String sentToken) {
        return sameOrigin(headers, uri) && sentToken != null && MessageDigest.isEqual(
                csrfToken().getBytes(StandardCharsets.UTF_8), sentToken.getBytes(StandardCharsets.UTF_8));
    }

    /** The browser says the request comes from this site (or says nothing, as non-browser clients do). */
    public static boolean sameOrigin(HttpHeaders headers, UriInfo uri) {
        return SameSite.fromOwnPage(headers.getHeaderString("Sec-Fetch-Site"), headers.getHeaderString("Origin"),
                uri.getBaseUri());
    }

    private String csrfToken() {
        return caller.csrfToken() != null ? caller.csrfToken() : openToken;
    }
}
