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

    /**
     * How long a claim lasts unless renewed; a step of a crashed instance is taken over after this (plus up to one
     * recovery interval). Keep it at least twice the renewal interval.
     */
    @WithDefault("30s")
    Duration lease();


    /** How often this instance renews the claims of the steps it is answering (while their LLM calls run). */
    @WithDefault("10s")
    Duration leaseRenewal();

    /** How often to look for abandoned steps and chains with work left. */
    @WithDefault("15s")
    Duration recoveryInterval();

    /**
     * On shutdown (SIGTERM), how long to let the steps being answered finish before handing them back to the
     * other instances; no new step is started meanwhile.
     */
    @WithDefault("10s")
    Duration shutdownGrace();
}
