package dev.designassistant.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Whether another process holds the embedded H2 database file. H2 locks its file while a process has it open; a
 * second process would fail deep in its start with a long stack trace, so the service asks first and stops with
 * one clear line instead.
 */
public final class H2FileInUse {

    private H2FileInUse() {
    }

    /**
     * The line to stop with when the H2 file of this JDBC URL is locked by another process; empty when it is free,
     * does not exist yet, or the URL names no embedded file (in memory, a server).
     */
    public static Optional<String> check(String jdbcUrl) {
        Optional<Path> file = file(jdbcUrl);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
        } catch (OverlappingFileLockException | IOException e) {
            // held in this JVM, or not even openable for writing: in use either way
        }
        return Optional.of("The session database " + file.get().toAbsolutePath().normalize() + " is in use by another "
                + "process: an embedded H2 file serves one instance only. Stop the other process, give this one "
                + "a folder of its own (-Dassistant.data-dir=/some/folder before -jar, or ASSISTANT_DATA_DIR), or run "
                + "several instances on PostgreSQL "
                + "(QUARKUS_PROFILE=prod,pg; README, \"Running several instances\").");
    }

    /** The {@code .mv.db} file of an embedded H2 URL ({@code jdbc:h2:file:./data/assistant;...} or {@code jdbc:h2:./x}). */
    static Optional<Path> file(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String target = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (target.startsWith("mem:") || target.startsWith("tcp:") || target.startsWith("ssl:")
                || target.startsWith("zip:")) {
            return Optional.empty();
        }
        if (target.startsWith("file:")) {
            target = target.substring("file:".length());
        }
        if (target.startsWith("~")) {
            target = System.getProperty("user.home") + target.substring(1);
        }
        return Optional.of(Path.of(target + ".mv.db"));
    }
}
