package dev.designassistant.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.designassistant.session.Database;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs and their answered cases in the session database (tables {@code eval_run}, {@code eval_result}): a case's
 * result is stored the moment it is known, so a run resumed after a restart asks no model twice.
 */
@ApplicationScoped
public class EvalStore {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final Database db;
    private final Clock clock;

    public EvalStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A stored run: who started it, what it asks, and its state. */
    public record StoredRun(String id, String owner, String status, EvalRequest request, int total, String message,
                            Instant createdAt, Instant updatedAt) {
    }

    void create(String id, String owner, EvalRequest request, int total) {
        Instant now = clock.instant();
        db.inTransaction(h -> h.createUpdate("insert into eval_run (id, owner, status, request, total, created_at, "
                        + "updated_at) values (:id, :owner, :status, :request, :total, :now, :now)")
                .bind("id", id).bind("owner", owner).bind("status", EvalRun.RUNNING).bind("request", write(request))
                .bind("total", total).bind("now", now).execute());
    }

    /** Stores a case's result; a result already stored under its key (a race after a restart) is kept. */
    void addResult(String runId, CaseResult result) {
        db.inTransaction(h -> {
            boolean stored = h.createQuery("select count(*) from eval_result where run_id = :run and case_key = :key")
                    .bind("run", runId).bind("key", result.key()).mapTo(Integer.class).one() > 0;
            if (!stored) {
                h.createUpdate("insert into eval_result (run_id, case_key, result, created_at) "
                                + "values (:run, :key, :result, :now)")
                        .bind("run", runId).bind("key", result.key()).bind("result", write(result))
                        .bind("now", clock.instant()).execute();
            }
            return touch(h, runId);
        });
    }

    void end(String runId, String status, String message) {
        db.inTransaction(h -> h.createUpdate("update eval_run set status = :status, message = :message, "
                        + "updated_at = :now where id = :id")
                .bind("status", status).bind("message", message).bind("now", clock.instant()).bind("id", runId)
                .execute());
    }

    Optional<StoredRun> find(String id) {
        return db.read(h -> h.createQuery("select * from eval_run where id = :id").bind("id", id)
                .map((rs, ctx) -> new StoredRun(rs.getString("id"), rs.getString("owner"), rs.getString("status"),
                        read(rs.getString("request"), EvalRequest.class), rs.getInt("total"), rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
                .findOne());
    }

    List<String> runningIds() {
        return db.read(h -> h.createQuery("select id from eval_run where status = :status order by created_at")
                .bind("status", EvalRun.RUNNING).mapTo(String.class).list());
    }

    List<String> ids(String owner, int limit) {
        return db.read(h -> h.createQuery("select id from eval_run where owner = :owner order by created_at desc, id")
                .bind("owner", owner).setMaxRows(limit).mapTo(String.class).list());
    }

    List<CaseResult> results(String runId) {
        return db.read(h -> h.createQuery("select result from eval_result where run_id = :run order by created_at, case_key")
                .bind("run", runId).map((rs, ctx) -> read(rs.getString(1), CaseResult.class)).list());
    }

    private int touch(Handle h, String runId) {
        return h.createUpdate("update eval_run set updated_at = :now where id = :id")
                .bind("now", clock.instant()).bind("id", runId).execute();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored eval data does not read back: " + e.getOriginalMessage(), e);
        }
    }
}
