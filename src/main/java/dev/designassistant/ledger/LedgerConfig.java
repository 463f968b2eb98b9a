package dev.designassistant.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The consistency ledger at the end of a brief's chain. */
@ConfigMapping(prefix = "assistant.ledger")
public interface LedgerConfig {

    /**
     * Whether a brief's chain ends with the consistency ledger (a brief's {@code "consistency"} overrides it). The
     * test profile turns it off: the chain's own tests count its seven steps; the ledger's tests ask for it.
     */
    @WithDefault("true")
    boolean enabled();
}
