package dev.designassistant.api;

import java.net.URI;

/**
 * Whether a browser says a request comes from this site's own page: Fetch Metadata ({@code Sec-Fetch-Site}
 * same-origin, or none for a typed address) and {@code Origin} (this service's own), where the browser sends them;
 * a client that sends neither (curl, an SDK) is not a browser page and passes. The page's forms and its own API
 * calls are both checked this way, on top of the CSRF token.
 */
public final class SameSite {

    private SameSite() {
    }

    /** The check itself, from the two headers and the address the request reached. */
    public static boolean fromOwnPage(String secFetchSite, String origin, URI base) {
        if (secFetchSite != null && !secFetchSite.equals("same-origin") && !secFetchSite.equals("none")) {
            return false;
        }
        return origin == null || origin.equalsIgnoreCase(base.getScheme() + "://" + base.getRawAuthority());
    }
}
