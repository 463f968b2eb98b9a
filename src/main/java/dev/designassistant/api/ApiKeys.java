package dev.designassistant.api;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clients' API keys. Only their SHA-256 digests are kept in memory and compared in constant time; a key
 * is never logged. With no keys configured the service makes one for the client {@code local} in the key
 * file, so a fresh install is closed to the network yet usable by whoever can read its data folder.
 */
@ApplicationScoped
@Startup
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    static final String LOCAL_CLIENT = "local";

    private final boolean enabled;
    private final Map<String, byte[]> digestsByClient;

    public ApiKeys(AccessConfig config) {
        this.enabled = config.enabled();
        this.digestsByClient = enabled ? load(config) : Map.of();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The client this key belongs to, if any. */
    public Optional<String> clientOf(String key) {
        byte[] digest = sha256(key);
        String found = null;
        for (Map.Entry<String, byte[]> client : digestsByClient.entrySet()) {
            if (MessageDigest.isEqual(client.getValue(), digest)) {
                found = client.getKey(); // no early exit: the time taken does not depend on which key matched
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a client of that name has a key. */
    boolean hasClient(String client) {
        return digestsByClient.containsKey(client);
    }

    /** The digest of the client's key: the secret that signs its browser sessions (never leaves the process). */
    byte[] digestOf(String client) {
        byte[] digest = digestsByClient.get(client);
        if (digest == null) {
            throw new IllegalArgumentException("no such client");
        }
        return digest.clone();
    }

    private static Map<String, byte[]> load(AccessConfig config) {
        List<String> entries = config.apiKeys().filter(list -> !list.isEmpty())
                .orElseGet(() -> readOrCreate(config.keyFile()));
        Map<String, byte[]> digests = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            int colon = entry.indexOf(':');
            if (colon < 1 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("API key entry " + (i + 1) + " is not of the form client:key");
            }
            if (digests.put(entry.substring(0, colon), sha256(entry.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("client '" + entry.substring(0, colon) + "' has two API keys");
            }
        }
        LOG.infof("API keys required on /api/*; %d client(s): %s", digests.size(), String.join(", ", digests.keySet()));
        return Map.copyOf(digests);
    }

    private static List<String> readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
                LOG.infof("No API keys configured: created a key for client '%s' in %s (see README, Security)",
                        LOCAL_CLIENT, file);
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "da_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, LOCAL_CLIENT + ":" + key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
