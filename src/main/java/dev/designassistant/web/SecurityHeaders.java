package dev.designassistant.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict Content-Security-Policy on every HTML page: scripts and styles from this service's own files only (no
 * inline script, no eval), nothing from elsewhere, no framing. Pages carry a CSRF token, so they are not cached.
 */
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @ServerResponseFilter
    public void secure(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        String path = request.getUriInfo().getPath().replaceAll("/{2,}", "/");
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE) || path.startsWith("/api/")) {
            return;
        }
        var headers = response.getHeaders();
        if (!headers.containsKey(CSP)) {
            headers.putSingle(CSP, PAGE_POLICY);
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }

    /** The HTML report's policy: its one inline style block, by hash; no script at all. */
    static String reportPolicy(String body) {
        StringBuilder styles = new StringBuilder();
        Matcher m = STYLE.matcher(body);
        while (m.find()) {
            styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
        }
        return "default-src 'none'; style-src" + (styles.isEmpty() ? " 'none'" : styles) + "; img-src data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
