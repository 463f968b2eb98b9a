package dev.designassistant.revision;

import dev.designassistant.session.Database;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into session_revision (session_id, revision_of) values (?, ?)")) {
                ps.setString(1, sessionId);
                ps.setString(2, revisionOf);
                return ps.executeUpdate();
            }
        });
    }

    /** The session this one revises, if it is a revision. */
    public Optional<String> revisionOf(String sessionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select revision_of from session_revision where session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
