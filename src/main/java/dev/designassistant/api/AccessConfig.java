package dev.designassistant.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Who may call the API ({@code assistant.access.*}): API keys per client, sent as {@code Authorization: Bearer}. */
@ConfigMapping(prefix = "assistant.access")
public interface AccessConfig {

    /** Whether {@code /api/*} needs an API key; on by default, off in dev and test mode. */
    @WithDefault("true")
    boolean enabled();

    /** Clients and their keys as {@code client:key} entries (comma-separated in one environment variable). */
    Optional<List<String>> apiKeys();

    /**
     * A file of {@code client:key} lines, read when {@code api-keys} is unset. When it does not exist either,
     * the service creates it with one key for the client {@code local}, readable by its owner only.
     */
    @WithDefault("data/api-keys")
    Path keyFile();

    /**
     * Most tokens (input + output) one client's answers may use per day (UTC), across all its sessions and every
     * instance; past it, LLM-spending requests get 429 until midnight UTC. 0 = no budget.
     */
    @WithDefault("0")
    long dailyTokenBudget();
}
