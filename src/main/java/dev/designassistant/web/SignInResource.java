package dev.designassistant.web;

import dev.designassistant.api.ApiKeys;
import dev.designassistant.api.BrowserSessions;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sign in with an API key, once per browser: the key is checked and never kept; the browser gets a signed,
 * HttpOnly, SameSite=Strict cookie (Secure over HTTPS) naming its client. Sign out ends it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private final ApiKeys keys;
    private final BrowserSessions browsers;
    private final PageContext pages;
    private final Template signIn;

    public SignInResource(ApiKeys keys, BrowserSessions browsers, PageContext pages,
                          @Location("web/sign-in.html") Template signIn) {
        this.keys = keys;
        this.browsers = browsers;
        this.pages = pages;
        this.signIn = signIn;
    }

    @GET
    @Path("sign-in")
    public Response form(@QueryParam("next") String next) {
        if (!keys.enabled()) {
            return PageContext.seeOther(safeNext(next)).build();
        }
        return Response.ok(show(next, null)).build();
    }

    @POST
    @Path("sign-in")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("apiKey") String apiKey, @FormParam("next") String next,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!keys.enabled()) {
            return PageContext.seeOther(safeNext(next)).build();
        }
        if (!PageContext.sameOrigin(headers, uri)) {
            return Response.status(403).entity(show(next, "This sign-in did not come from this site's page.")).build();
        }
        Optional<String> client = apiKey == null || apiKey.isBlank() ? Optional.empty()
                : keys.clientOf(apiKey.strip());
        if (client.isEmpty()) {
            String why = apiKey == null || apiKey.isBlank() ? "Enter your API key."
                    : "That API key is not valid. Check it (ask whoever runs the service for one) and try again.";
            return Response.status(401).entity(show(next, why)).build();
        }
        return PageContext.seeOther(safeNext(next))
                .cookie(cookie(browsers.issue(client.get()), (int) browsers.lifetime().toSeconds(), uri))
                .build();
    }

    @POST
    @Path("sign-out")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @CookieParam(BrowserSessions.COOKIE) String cookie,
                            @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!pages.formAllowed(headers, uri, csrf)) {
            return Response.status(403).entity(show("/", "Your sign-out did not come from this site's page.")).build();
        }
        browsers.signOut(cookie); // a copy of the cookie, anywhere, is signed out too
        return PageContext.seeOther("/sign-in").cookie(cookie("", 0, uri)).build();
    }

    private String show(String next, String error) {
        return pages.page(signIn.data("next", safeNext(next)).data("error", error), "sign-in").render();
    }

    private static NewCookie cookie(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(BrowserSessions.COOKIE).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()))
                .build();
    }

    /**
     * Where to go after signing in: only a path of this site, never another host (an open redirect), written as a
     * valid relative reference. A character a URI may not hold as it is (a space, {@code |}, {@code <}, a stray
     * {@code %}, anything outside ASCII) is percent-encoded, so the browser asks for the same path it was sent from;
     * anything that is not a plain path of this site is the catalog.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/sign-")) {
            return "/";
        }
        String encoded = encodeInvalid(next);
        try {
            URI parsed = new URI(encoded);
            return parsed.getScheme() == null && parsed.getRawAuthority() == null && encoded.startsWith("/")
                    && !encoded.startsWith("//") ? encoded : "/";
        } catch (URISyntaxException unusable) {
            return "/";
        }
    }

    /** ASCII letters, digits and the characters RFC 3986 allows in a path, query and fragment stay; the rest is encoded. */
    private static String encodeInvalid(String path) {
        StringBuilder out = new StringBuilder(path.length());
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        boolean fragment = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean percentEscape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (b == '#' && !fragment) {
                fragment = true;
                out.append('#');
            } else if (b < 0x80 && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/?".indexOf(b) >= 0
                    || percentEscape)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
