package dev.designassistant.session;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import com.fasterxml.uuid.UUIDClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * What a session id looks like, and new ones: UUIDs of version 7 (RFC 9562), whose first 48 bits are the creation
 * time in milliseconds and the other 74 random. Ordered by time, a new session's rows (session, steps, messages, all
 * keyed by the session id first) go to the end of each index instead of a random page of it: under load the
 * database touches the few pages it has in its cache, where random (version 4) ids made H2 read and decode a page of
 * the file for almost every insert once its tables outgrew the page cache (BENCHMARKS.md, issue 15, third session).
 * Ids made before (version 4) keep working: any UUID this service made names a session.
 */
@ApplicationScoped
public class SessionIds {

    private static final Pattern SESSION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final NoArgGenerator generator;

    public SessionIds(Clock clock) {
        this.generator = Generators.timeBasedEpochGenerator(new SecureRandom(), new UUIDClock() {
            @Override
            public long currentTimeMillis() {
                return clock.millis();
            }
        });
    }

    /** A new session id, after every id this instance made before in the same millisecond. */
    public String next() {
        return generator.generate().toString();
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
