package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
        return db.read(h -> {
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select m.model, count(*), "
                    + "coalesce(sum(m.input_tokens), 0), coalesce(sum(m.output_tokens), 0) "
                    + "from session s join message m on m.session_id = s.id "
                    + "where s.owner = ? and s.updated_at >= ? and m.role = 'assistant' and m.created_at >= ? "
                    + "group by m.model order by m.model")) {
                ps.setString(1, owner);
                ps.setTimestamp(2, Timestamp.from(from)); // a session answered since then was touched since then
                ps.setTimestamp(3, Timestamp.from(from));
                List<ModelUsage> usage = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        usage.add(new ModelUsage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                    }
                }
                return usage;
            }
        });
    }

    /** The client's tokens (input + output) since {@code from}, all models. */
    public long tokensSince(String owner, Instant from) {
        return since(owner, from).stream().mapToLong(ModelUsage::tokens).sum();
    }
}
