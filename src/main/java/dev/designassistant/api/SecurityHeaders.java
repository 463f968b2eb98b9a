package dev.designassistant.api;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every HTML answer, whatever produced it (a page, the sign-in page, a 401/403/404 page, the
 * API's HTML report, an error page of the HTTP layer): set on the HTTP response itself just before its headers go
 * out, so no producer can forget them. A strict Content-Security-Policy (scripts and styles from this service's own
 * files only, no inline script, no eval, nothing from elsewhere, no framing) unless the producer set a stricter one
 * of its own (the report's: its one inline style by hash, no script at all); {@code X-Frame-Options: DENY} for
 * browsers without {@code frame-ancestors}; {@code Cache-Control: no-store} (pages carry a CSRF token and a client's
 * data); {@code Referrer-Policy: same-origin} (no session id leaves in a Referer). Every answer, HTML or not, carries
 * {@code X-Content-Type-Options: nosniff}.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    /** The policy of every HTML answer that does not bring its own. */
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onHeaders);
    }

    private void onHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> secure(ctx.response().headers()));
        ctx.next();
    }

    /** The headers an answer gets, given the headers its producer set. */
    static void secure(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        String type = headers.get("Content-Type");
        if (type == null || !type.regionMatches(true, 0, "text/html", 0, "text/html".length())) {
            return;
        }
        if (!headers.contains(CSP)) {
            headers.set(CSP, PAGE_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "same-origin");
    }
}
