package dev.designassistant.cli;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartFailureTest {

    @Test
    void aFailedStartIsExplainedByTheConfigurationProblemItWrapsNotByTheWrapper() {
        Throwable failure = new RuntimeException("Failed to start application",
                new IllegalStateException("step failed", new ConfigurationException("The session database is in use")));

        assertThat(Main.why(failure)).isEqualTo("The session database is in use");
    }

    @Test
    void anyOtherFailedStartIsExplainedByItsInnermostCause() {
        assertThat(Main.why(new RuntimeException("outer", new IllegalStateException("the real reason"))))
                .isEqualTo("the real reason");
        assertThat(Main.why(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }
}
