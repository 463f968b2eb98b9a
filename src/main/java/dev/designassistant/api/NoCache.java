package dev.designassistant.api;

import java.util.Locale;

/**
 * A request's {@code Cache-Control: no-cache} (or {@code no-store}): the client wants a fresh answer from the model,
 * not one from the response cache.
 */
public final class NoCache {

    /** The request header. */
    public static final String HEADER = "Cache-Control";

    private NoCache() {
    }

    /** Whether the header's directives include {@code no-cache} or {@code no-store}. */
    public static boolean asked(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.strip();
            if (d.equals("no-cache") || d.equals("no-store")) {
                return true;
            }
        }
        return false;
    }
}
