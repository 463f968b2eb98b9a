package dev.designassistant.revision;

import dev.designassistant.session.Database;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

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
        db.inTransaction(h -> h.attach(RevisionDao.class).insert(sessionId, revisionOf));
    }

    /** The session this one revises, if it is a revision. */
    public Optional<String> revisionOf(String sessionId) {
        return db.read(h -> h.attach(RevisionDao.class).revisionOf(sessionId));
    }

    /** SQL for the revision links. */
    interface RevisionDao {

        @SqlUpdate("insert into session_revision (session_id, revision_of) values (:sessionId, :revisionOf)")
        int insert(String sessionId, String revisionOf);

        @SqlQuery("select revision_of from session_revision where session_id = :sessionId")
        Optional<String> revisionOf(String sessionId);
    }
}
