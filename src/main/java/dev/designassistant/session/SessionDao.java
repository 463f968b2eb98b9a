package dev.designassistant.session;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL for the session rows, on one transaction's handle. Every query a client's request makes is scoped to the owner.
 * <p>
 * The DAOs of this package are small classes over Jdbi's fluent API (named parameters, {@link RowMapping}'s mappers)
 * rather than SqlObject interfaces: SqlObject builds a handler and a configuration copy for every method at every
 * {@code attach} and again at every call, which cost more CPU per brief than the database itself (BENCHMARKS.md,
 * issue 15).
 */
final class SessionDao {

    private static final String COLUMNS = "id, owner, template_id, template_hash, parameters, warnings, model, created_at, "
            + "updated_at";

    private final Handle h;

    SessionDao(Handle h) {
        this.h = h;
    }

    void insert(Session s) {
        h.createUpdate("insert into session (" + COLUMNS + ") values (:id, :owner, :templateId, :templateHash, "
                        + ":parameters, :warnings, :model, :createdAt, :updatedAt)")
                .bind("id", s.id()).bind("owner", s.owner()).bind("templateId", s.templateId())
                .bind("templateHash", s.templateHash()).bind("parameters", s.parameters())
                .bind("warnings", s.warnings()).bind("model", s.model())
                .bind("createdAt", s.createdAt()).bind("updatedAt", s.updatedAt())
                .execute();
    }

    Optional<Session> find(String id, String owner) {
        return h.createQuery("select " + COLUMNS + " from session where id = :id and owner = :owner")
                .bind("id", id).bind("owner", owner)
                .map(RowMapping.SESSION).findOne();
    }

    /**
     * Reads the session and locks its row until the transaction ends, so writes to one session happen one at a
     * time. Not scoped to an owner: background work locks sessions too; callers serving a client check the owner.
     */
    Optional<Session> lock(String id) {
        return h.createQuery("select " + COLUMNS + " from session where id = :id for update")
                .bind("id", id)
                .map(RowMapping.SESSION).findOne();
    }

    /**
     * Sets the session's last change to now and, like {@link #lock}, locks its row until the transaction ends;
     * false when there is no such session. Cheaper than {@code lock} where the row's columns are not needed (H2
     * parses a {@code select … for update} afresh every time: it does not cache it).
     */
    boolean touch(String id, Instant now) {
        return h.createUpdate("update session set updated_at = :now where id = :id")
                .bind("now", now).bind("id", id)
                .execute() > 0;
    }

    List<Session> page(String owner, int offset, int limit) {
        return h.createQuery("select " + COLUMNS + " from session where owner = :owner "
                        + "order by created_at desc, id desc limit :limit offset :offset")
                .bind("owner", owner).bind("limit", limit).bind("offset", offset)
                .map(RowMapping.SESSION).list();
    }

    long count(String owner) {
        return h.createQuery("select count(*) from session where owner = :owner")
                .bind("owner", owner)
                .map(RowMapping.LONG).one();
    }

    boolean delete(String id, String owner) {
        return h.createUpdate("delete from session where id = :id and owner = :owner")
                .bind("id", id).bind("owner", owner)
                .execute() > 0;
    }
}
