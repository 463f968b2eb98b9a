package dev.designassistant.chain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.designassistant.session.SessionDataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Receives chain events on a connection of its own, kept by one thread: pgjdbc's
 * {@link PGConnection#getNotifications(int)} waits for them (a short while, so that {@code LISTEN} and
 * {@code UNLISTEN} for new and departed watchers run on the same thread in between).
 * <p>
 * When the connection breaks (a database restart, a network cut), the thread reconnects with growing pauses,
 * listens to every watched session's channel again and then asks for a resync: events sent while it was away
 * are lost to it, so the watchers get the state re-read from the database.
 */
final class PostgresEventListener {

    private static final Logger LOG = Logger.getLogger(PostgresEventListener.class);
    private static final int WAIT_MILLIS = 50;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    /** How long a new watcher waits for its LISTEN before it reads the state anyway (a resync follows then). */
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(5);

    private record Command(String channel, boolean listen, CompletableFuture<Void> done) {
    }

    private final SessionDataSource db;
    private final ObjectReader json;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private Consumer<ChainEvent> receiver;
    private Runnable resync;

    PostgresEventListener(SessionDataSource db, ObjectMapper json) {
        this.db = db;
        // an instance of another version (a rolling upgrade) may send fields this one does not know
        this.json = json.readerFor(ChainEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.thread = Thread.ofPlatform().daemon().name("chain-events-listener").unstarted(this::loop);
    }

    void start(Consumer<ChainEvent> receiver, Runnable resync) {
        this.receiver = receiver;
        this.resync = resync;
        thread.start();
    }

    /** Returns once the channel is listened to (or a while later, when the connection is being re-made). */
    void listen(String channel) {
        channels.add(channel);
        CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(new Command(channel, true, done));
        try {
            done.get(LISTEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.debugf("LISTEN %s is taking long (reconnecting?); the watcher reads the state now", channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debugf("LISTEN %s failed: %s", channel, e.getCause().getMessage());
        }
    }

    void unlisten(String channel) {
        channels.remove(channel);
        commands.add(new Command(channel, false, new CompletableFuture<>()));
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop() {
        Duration pause = Duration.ofMillis(100);
        boolean reconnecting = false;
        while (running) {
            try (Connection c = db.connection()) {
                c.setAutoCommit(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                for (String channel : channels) {
                    execute(c, "LISTEN", channel);
                }
                if (reconnecting) {
                    LOG.info("Listening for chain events again; watchers re-read their sessions' state");
                    resync.run();
                }
                pause = Duration.ofMillis(100);
                reconnecting = false;
                while (running) {
                    runCommands(c);
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Lost the connection that listens for chain events (%s); reconnecting in %d ms",
                        e.getMessage(), pause.toMillis());
                reconnecting = true;
                if (!pause(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void runCommands(Connection c) throws SQLException {
        Command command;
        while ((command = commands.poll()) != null) {
            try {
                execute(c, command.listen() ? "LISTEN" : "UNLISTEN", command.channel());
                command.done().complete(null);
            } catch (SQLException e) {
                commands.add(command); // again after the reconnect, which listens to every channel anyway
                throw e;
            }
        }
    }

    private static void execute(Connection c, String verb, String channel) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(verb + " \"" + channel.replace("\"", "") + "\""); // channel names are chain_<uuid>
        }
    }

    private void receive(String payload) {
        try {
            receiver.accept(json.readValue(payload));
        } catch (IOException e) {
            LOG.warnf("Ignoring a chain event that does not parse: %s", e.getMessage());
        }
    }

    private boolean pause(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
