package dev.designassistant.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.session.SessionDataSource;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Chain events between instances through PostgreSQL: each session has a channel ({@code chain_<session id>});
 * an event is sent with {@code pg_notify} and received by every instance that {@code LISTEN}s to the channel,
 * because one of its clients watches the session.
 * <p>
 * One thread sends: events leave in the order the chain runner published them, several to a statement when they
 * queue up, so the runner never waits for the database on their account. PostgreSQL delivers the notifications
 * of one sender in commit order, so each session's events arrive in order. {@link PostgresEventListener} receives.
 */
final class PostgresEventTransport implements ChainEventTransport {

    private static final Logger LOG = Logger.getLogger(PostgresEventTransport.class);
    private static final int MAX_BATCH = 500;
    /** NOTIFY payloads are limited to 8000 bytes; a reason is a sentence, this only guards against a huge one. */
    private static final int MAX_REASON = 2000;

    private final SessionDataSource db;
    private final ObjectMapper json;
    private final PostgresEventListener listener;
    private final BlockingQueue<ChainEvent> outbox = new LinkedBlockingQueue<>();
    private final Map<String, Integer> watchedHere = new HashMap<>();
    private final Thread sender;
    private volatile boolean running = true;

    PostgresEventTransport(SessionDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
        this.listener = new PostgresEventListener(db, json);
        this.sender = Thread.ofPlatform().daemon().name("chain-events-sender").unstarted(this::sendLoop);
    }

    static String channel(String sessionId) {
        return "chain_" + sessionId;
    }

    @Override
    public void start(Consumer<ChainEvent> receiver, Runnable resync) {
        listener.start(receiver, resync);
        sender.start();
    }

    @Override
    public void send(ChainEvent event) {
        String reason = event.reason();
        outbox.add(reason != null && reason.length() > MAX_REASON
                ? new ChainEvent(event.type(), event.sessionId(), event.step(), event.status(),
                        reason.substring(0, MAX_REASON) + "…", null, event.answeredBy())
                : new ChainEvent(event.type(), event.sessionId(), event.step(), event.status(), reason, null,
                        event.answeredBy()));
    }

    @Override
    public void subscribe(String sessionId) {
        synchronized (watchedHere) {
            watchedHere.merge(sessionId, 1, Integer::sum);
        }
        listener.listen(channel(sessionId)); // again for a second watcher: returns once it is in effect
    }

    @Override
    public void unsubscribe(String sessionId) {
        boolean last;
        synchronized (watchedHere) {
            last = watchedHere.merge(sessionId, -1, Integer::sum) == 0;
            if (last) {
                watchedHere.remove(sessionId);
            }
        }
        if (last) {
            listener.unlisten(channel(sessionId));
        }
    }

    @Override
    public void stop() {
        running = false;
        listener.stop();
        sender.interrupt();
    }

    private void sendLoop() {
        List<ChainEvent> batch = new ArrayList<>();
        while (running) {
            try {
                ChainEvent first = outbox.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outbox.drainTo(batch, MAX_BATCH - 1);
                notifyAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                // the watchers' instances lose their listening connections too, and re-read the state on reconnect
                LOG.warnf("Could not send %d chain event(s) to other instances: %s", batch.size(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    /** One statement for the batch; pg_notify runs row by row, in the batch's order. */
    private void notifyAll(List<ChainEvent> batch) throws SQLException {
        String[] channels = new String[batch.size()];
        String[] payloads = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            channels[i] = channel(batch.get(i).sessionId());
            payloads[i] = payload(batch.get(i));
        }
        try (Connection c = db.connection(); Handle h = Jdbi.open(c)) {
            c.setAutoCommit(true);
            h.createQuery("select count(pg_notify(t.c, t.p)) "
                            + "from unnest(:channels::text[], :payloads::text[]) with ordinality as t(c, p, n)")
                    .bindArray("channels", String.class, (Object[]) channels)
                    .bindArray("payloads", String.class, (Object[]) payloads)
                    .mapTo(Long.class)
                    .one();
        }
    }

    private String payload(ChainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chain events are plain records", e);
        }
    }
}
