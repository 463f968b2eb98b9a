package dev.designassistant.catalog;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The template catalog: every template and follow-up question of the prompts folder. Loaded at start-up
 * (a broken file stops the start); in reload mode, re-read when a file changes, keeping the last good
 * catalog if the edit does not parse.
 */
@Startup
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class);

    private final CatalogConfig config;
    private final CatalogLoader loader = new CatalogLoader();
    private volatile CatalogSnapshot snapshot;
    private volatile Fingerprint lastSeen;

    public Catalog(CatalogConfig config) {
        this.config = config;
        this.snapshot = loader.load(dir());
        this.lastSeen = snapshot.fingerprint();
        LOG.infof("Loaded %d templates and %d follow-up questions from %s",
                snapshot.templates().size(), snapshot.followUps().size(), dir().toAbsolutePath());
    }

    /** All templates, in library order. */
    public Collection<PromptTemplate> templates() {
        return snapshot.templates().values();
    }

    /** The template with that id. */
    public PromptTemplate template(String id) {
        return find(id).orElseThrow(() -> new UnknownTemplateException("template", id));
    }

    /** The template with that id, if there is one. */
    public Optional<PromptTemplate> find(String id) {
        return Optional.ofNullable(snapshot.templates().get(id));
    }

    /** The follow-up questions, in chain order. */
    public Collection<PromptTemplate> followUps() {
        return snapshot.followUps().values();
    }

    /** The follow-up question with that id. */
    public PromptTemplate followUp(String id) {
        return Optional.ofNullable(snapshot.followUps().get(id))
                .orElseThrow(() -> new UnknownTemplateException("follow-up question", id));
    }

    @Scheduled(every = "2s", skipExecutionIf = ReloadDisabled.class)
    void reloadIfChanged() {
        Fingerprint now = Fingerprint.of(dir());
        if (now.equals(lastSeen)) {
            return;
        }
        lastSeen = now;
        try {
            snapshot = loader.load(dir());
            LOG.infof("Reloaded the catalog: %d templates", snapshot.templates().size());
        } catch (RuntimeException e) {
            LOG.errorf("Kept the previous catalog: %s", e.getMessage());
        }
    }

    private Path dir() {
        return Path.of(config.dir());
    }
}
