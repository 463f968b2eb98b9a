package dev.designassistant.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy between the service and its database that a test can cut: at once ({@link #cut()}), or the moment
 * the service sends a given byte sequence, such as the SQL of the last insert of a transaction
 * ({@link #cutWhenSent(byte[])}), so the database sees the connection die inside the transaction. While cut, every
 * connection is closed and new ones are refused; {@link #restore()} lets them through again.
 */
public final class CuttableProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<List<byte[]>> triggers = new AtomicReference<>(List.of());
    private volatile boolean down;

    public CuttableProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("cuttable-proxy").start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        down = true;
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    /** Cuts everything the moment the service sends any of these byte sequences, before they reach the database. */
    public void cutWhenSent(List<byte[]> sequences) {
        triggers.set(List.copyOf(sequences));
    }

    public void restore() {
        triggers.set(List.of());
        down = false;
    }

    public boolean isCut() {
        return down;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                pump(client, database, true);
                pump(database, client, false);
            } catch (IOException e) {
                // the server socket closed, or the database refused: the client sees a closed connection
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromService) {
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (fromService && triggered(buffer, read)) {
                        triggers.set(List.of());
                        cut();
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away; close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private boolean triggered(byte[] buffer, int length) {
        return triggers.get().stream().anyMatch(wanted -> contains(buffer, length, wanted));
    }

    private static boolean contains(byte[] buffer, int length, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (buffer[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
