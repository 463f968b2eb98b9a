package dev.designassistant.chain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How chains are run, claimed and recovered. */
@ConfigMapping(prefix = "assistant.chain")
public interface ChainConfig {

    /**
     * Name of this instance in step claims; keep it stable across restarts (default: the host name) so a
     * restarted instance takes back its own interrupted steps at once.
     */
    Optional<String> instanceId();

    /** How long a claimed step stays claimed; a step of a crashed instance is taken over after this. */
    @WithDefault("5m")
    Duration lease();

    /**
     * Whether a brief's chain ends with the consistency ledger (a brief's {@code "consistency"} overrides it). The
     * test profile turns it off: the chain's own tests count its seven steps; the ledger's tests ask for it.
     */
    @WithDefault("true")
    boolean consistencyLedger();

    /** How often to look for abandoned steps and chains with work left. */
    @WithDefault("30s")
    Duration recoveryInterval();
}
