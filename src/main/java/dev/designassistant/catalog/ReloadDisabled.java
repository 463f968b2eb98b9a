package dev.designassistant.catalog;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the catalog's file watch unless {@code assistant.prompts.reload} is on. */
@Singleton
public class ReloadDisabled implements Scheduled.SkipPredicate {

    private final CatalogConfig config;

    public ReloadDisabled(CatalogConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.reload();
    }
}
