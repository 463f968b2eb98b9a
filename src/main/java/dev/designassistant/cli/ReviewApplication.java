package dev.designassistant.cli;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Singleton;
import picocli.CommandLine;

/** The in-process review: the CI command with this process's {@link InProcessReviewer}. */
@Singleton
public class ReviewApplication implements QuarkusApplication {

    private final InProcessReviewer reviewer;

    public ReviewApplication(InProcessReviewer reviewer) {
        this.reviewer = reviewer;
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new ReviewCommand(url -> reviewer)).execute(args);
    }
}
