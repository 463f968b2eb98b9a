package dev.designassistant.revision;

import dev.designassistant.session.Database;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** Which session revises which (table {@code session_revision}); a deleted session takes its link with it. */
@ApplicationScoped
public class RevisionLinks {

    private final Database db;

    public RevisionLinks(Database db) {
        this.db = db;
    }

    /** Records that {@code sessionId} is a revision of {@code revisionOf}. */
    public void link(String sessionId, String revisionOf) {
        db.inTransaction(h -> new RevisionDao(h).insert(sessionId, revisionOf));
    }

    /** The session this one revises, if it is a revision. */
    public Optional<String> revisionOf(String sessionId) {
        return db.read(h -> new RevisionDao(h).revisionOf(sessionId));
    }

    /** SQL for the revision links, on one transaction's handle. */
    private record RevisionDao(Handle h) {

        int insert(String sessionId, String revisionOf) {
            return h.createUpdate("insert into session_revision (session_id, revision_of) "
                            + "values (:sessionId, :revisionOf)")
                    .bind("sessionId", sessionId).bind("revisionOf", revisionOf)
                    .execute();
        }

        Optional<String> revisionOf(String sessionId) {
            return h.createQuery("select revision_of from session_revision where session_id = :sessionId")
                    .bind("sessionId", sessionId)
                    .mapTo(String.class).findOne();
        }
    }
}
