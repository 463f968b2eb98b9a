package shop.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Jdbi;

/** Publishes outbox rows in id order, one aggregate's events in sequence; consumers deduplicate on the event id. */
public class CleanOutboxRelay {

    private static final Logger log = Logger.getLogger(CleanOutboxRelay.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    private final EventPublisher publisher;
    private final MeterRegistry metrics;

    public CleanOutboxRelay(Jdbi jdbi, EventPublisher publisher, MeterRegistry metrics) {
        this.jdbi = jdbi;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** One batch under a row lock (skip locked), so several relays never publish the same row. */
    public int relayBatch() {
        return jdbi.inTransaction(h -> {
            List<OutboxRow> rows = h.createQuery("select id, aggregate_id, type, payload from outbox "
                            + "where published_at is null order by id limit 100 for update skip locked")
                    .mapTo(OutboxRow.class).list();
            for (OutboxRow row : rows) {
                try {
                    publisher.publish(row.id(), row.aggregateId(), row.type(), row.payload(), PUBLISH_TIMEOUT);
                } catch (PublishException e) {
                    log.warnf(e, "outbox row %d not published; it stays for the next batch", row.id());
                    metrics.counter("outbox.publish.failed").increment();
                    break; // keep order: later rows of the batch wait for this one
                }
                h.execute("update outbox set published_at = now() where id = ?", row.id());
                metrics.counter("outbox.published").increment();
            }
            return rows.size();
        });
    }
}
