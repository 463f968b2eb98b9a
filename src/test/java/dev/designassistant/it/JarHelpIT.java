package dev.designassistant.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar with {@code --help} or {@code -h} prints its usage and exits 0 instead of starting the server; an
 * unknown command or option prints it on standard error and exits 2, starting nothing either.
 */
class JarHelpIT {

    @Test
    void an_unknown_command_or_option_prints_the_usage_on_standard_error_and_exits_2() throws Exception {
        for (String wrong : new String[]{"frobnicate", "--port"}) {
            Path stdout = Files.createTempFile("jar-out", ".txt");
            Path stderr = Files.createTempFile("jar-err", ".txt");
            Process jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString(), wrong)
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            boolean exited = jar.waitFor(60, TimeUnit.SECONDS);
            jar.destroyForcibly();
            assertThat(exited).as("exits instead of starting the service").isTrue();
            assertThat(jar.exitValue()).isEqualTo(2);
            String out = Files.readString(stdout);
            String err = Files.readString(stderr);
            assertThat(out).isEmpty();
            assertThat(err).startsWith("unknown ").contains("'" + wrong + "'")
                    .contains("Design Assistant: an LLM design assistant").doesNotContain("Listening on");
        }
    }

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
