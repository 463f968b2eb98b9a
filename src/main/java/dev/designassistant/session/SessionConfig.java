package dev.designassistant.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where sessions are stored. */
@ConfigMapping(prefix = "assistant.sessions")
public interface SessionConfig {

    /** Name of the active datasource: {@code h2} (embedded file database) or {@code pg} (PostgreSQL). */
    @WithDefault("h2")
    String datasource();

    /** Most sessions one page of {@code GET /api/sessions} returns. */
    @WithDefault("100")
    int maxPageSize();
}
