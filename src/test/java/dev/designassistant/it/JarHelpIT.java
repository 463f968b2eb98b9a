package dev.designassistant.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar with {@code --help} or {@code -h} prints its usage and exits 0 instead of starting the server. */
class JarHelpIT {

    @Test
    void help_and_h_print_the_usage_and_start_nothing() throws Exception {
        for (String flag : new String[]{"--help", "-h"}) {
            Process jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString(), flag)
                    .redirectErrorStream(true).start();
            String output = new String(jar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(jar.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(jar.exitValue()).isZero();
            assertThat(output).startsWith("Design Assistant: an LLM design assistant")
                    .contains("Usage: review").doesNotContain("Listening on");
        }
    }
}
