package dev.designassistant.session;

import java.util.regex.Pattern;

/** What a session id looks like. */
final class SessionIds {

    private static final Pattern SESSION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SessionIds() {
    }

    /**
     * Session ids are UUIDs this service made, so any other text names no session, and is not sent to the database
     * either: PostgreSQL fails on a NUL in a parameter, which would make a client's typo a 503.
     */
    static void check(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new UnknownSessionException(String.valueOf(id));
        }
    }

}
