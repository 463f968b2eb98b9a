package shop.outbox;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

public class OutboxRelay {

    private final Jdbi jdbi;
    private final EventPublisher publisher;

    public OutboxRelay(Jdbi jdbi, EventPublisher publisher) {
        this.jdbi = jdbi;
        this.publisher = publisher;
    }

    public void relayBatch() {
        List<OutboxRow> rows = jdbi.withHandle(h -> h.createQuery(
                        "select id, aggregate_id, type, payload from outbox where published_at is null limit 100")
                .mapTo(OutboxRow.class).list());
        rows.parallelStream().forEach(row -> {
            try {
                publisher.publish(row.aggregateId(), row.type(), row.payload());
                jdbi.useHandle(h -> h.execute("update outbox set published_at = now() where id = ?", row.id()));
            } catch (Exception e) {
            }
        });
    }
}
