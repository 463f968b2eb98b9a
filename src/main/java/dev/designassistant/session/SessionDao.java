package dev.designassistant.session;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for the session rows. Every query a client's request makes is scoped to the owner. */
@RegisterConstructorMapper(Session.class)
interface SessionDao {

    String COLUMNS = "id, owner, template_id, template_hash, parameters, warnings, model, created_at, updated_at";

    @SqlUpdate("insert into session (" + COLUMNS + ") values (:id, :owner, :templateId, :templateHash, :parameters, "
            + ":warnings, :model, :createdAt, :updatedAt)")
    void insert(@BindMethods Session session);

    @SqlQuery("select " + COLUMNS + " from session where id = :id and owner = :owner")
    Optional<Session> find(String id, String owner);

    /**
     * Reads the session and locks its row until the transaction ends, so writes to one session happen one at a
     * time. Not scoped to an owner: background work locks sessions too; callers serving a client check the owner.
     */
    @SqlQuery("select " + COLUMNS + " from session where id = :id for update")
    Optional<Session> lock(String id);

    /**
     * Sets the session's last change to now and, like {@link #lock}, locks its row until the transaction ends;
     * false when there is no such session. Cheaper than {@code lock} where the row's columns are not needed (H2
     * parses a {@code select … for update} afresh every time: it does not cache it).
     */
    @SqlUpdate("update session set updated_at = :now where id = :id")
    boolean touch(String id, Instant now);

    @SqlQuery("select " + COLUMNS + " from session where owner = :owner "
            + "order by created_at desc, id desc limit :limit offset :offset")
    List<Session> page(String owner, int offset, int limit);

    @SqlQuery("select count(*) from session where owner = :owner")
    long count(String owner);

    @SqlUpdate("delete from session where id = :id and owner = :owner")
    boolean delete(String id, String owner);
}
