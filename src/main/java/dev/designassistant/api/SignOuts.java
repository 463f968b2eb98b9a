package dev.designassistant.api;

import dev.designassistant.session.Database;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * The sign-in cookies that were signed out, in the session database so that every instance refuses them: a cookie
 * is stateless, so without this record a copy of it would stay valid until it expires. A record is kept until its
 * cookie would have expired, then purged.
 */
@ApplicationScoped
public class SignOuts {

    private final Database db;
    private final Clock clock;

    public SignOuts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Ends the sign-in with this nonce for good, on every instance (a repeat is a no-op). */
    public void revoke(String nonce, Instant cookieExpires) {
        db.inTransaction(h -> h.createUpdate("insert into revoked_sign_in (nonce, expires_at) select :nonce, :expires "
                        + "where not exists (select 1 from revoked_sign_in where nonce = :nonce)")
                .bind("nonce", nonce).bind("expires", cookieExpires).execute());
    }

    /** Whether the sign-in with this nonce was signed out. */
    public boolean revoked(String nonce) {
        return db.read(h -> h.createQuery("select count(*) from revoked_sign_in where nonce = :nonce")
                .bind("nonce", nonce).mapTo(Integer.class).one()) > 0;
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeHourly() {
        purgeExpired();
    }

    /** Forgets the records whose cookies have expired by now (they are refused for their age alone); how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return db.inTransaction(h -> h.createUpdate("delete from revoked_sign_in where expires_at < :now")
                .bind("now", now).execute());
    }
}
