package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * A client's use of the LLM across all its sessions, counted from the answers stored in the (shared) database, so
 * every instance sees the same figures. Sessions the client deleted no longer count.
 */
@ApplicationScoped
public class ClientUsage {

    private final Database db;

    public ClientUsage(Database db) {
        this.db = db;
    }

    /** The client's answers since {@code from}, per model. */
    public List<ModelUsage> since(String owner, Instant from) {
        return db.read(h -> new UsageDao(h).since(owner, from));
    }

    /** The client's tokens (input + output) since {@code from}, all models. */
    public long tokensSince(String owner, Instant from) {
        return since(owner, from).stream().mapToLong(ModelUsage::tokens).sum();
    }
}
