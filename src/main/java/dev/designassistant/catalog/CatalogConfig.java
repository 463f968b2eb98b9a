package dev.designassistant.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the template catalog lives and whether edits are picked up while running. */
@ConfigMapping(prefix = "assistant.prompts")
public interface CatalogConfig {

    /** Folder holding {@code *.prompt.md} templates and {@code follow-ups/}. */
    @WithDefault("prompts")
    String dir();

    /** Re-read the folder when a file changes (on in dev mode). */
    @WithDefault("false")
    boolean reload();
}
