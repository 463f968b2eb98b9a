package dev.designassistant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's CI command as written ({@code bin/design-assistant review …} on a fresh build): the launcher runs the
 * packaged jar with the AOT cache the build made (JDK 25+), the review runs in process without an HTTP port, and the
 * demo model answers in process with its findings.
 */
class CommandLauncherIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @TempDir
    Path dir;

    @Test
    void the_readmes_review_command_reviews_in_process_with_the_shipped_cache_and_says_nothing_of_it() throws Exception {
        Path sarif = dir.resolve("review.sarif");
        Process review = launcher("review", "--template", "pattern-code-review", "--param",
                "patternName=a Redis distributed lock", "--fail-on", "major", "--format", "sarif", "--output",
                sarif.toString(), "examples/InventoryLock.java").start();
        String stderr = new String(review.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(review.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(review.exitValue()).as("a major finding at --fail-on major: " + stderr).isEqualTo(1);
        assertThat(stderr).containsPattern("\\d+ finding\\(s\\): 0 critical, 1 major").doesNotContain("Listening on");
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertThat(log.at("/runs/0/results/0/message/text").asText()).contains("demo model");
        if (Runtime.version().feature() >= 25 && Files.exists(APP.resolve("app.aot"))) {
            assertThat(stderr).as("the cache matched this JDK and jar").doesNotContain("AOT cache").doesNotContain("[error");
        }
    }

    @Test
    void a_jdk_that_cannot_use_the_cache_starts_without_it_and_says_so_once() throws Exception {
        Path app = Files.createDirectories(dir.resolve("quarkus-app")); // the packaged app, without a cache
        for (String part : new String[]{"quarkus-run.jar", "lib", "app", "quarkus"}) {
            Files.createSymbolicLink(app.resolve(part), APP.resolve(part).toAbsolutePath());
        }
        ProcessBuilder builder = launcher("--help");
        builder.environment().put("DESIGN_ASSISTANT_APP", app.toString());
        Process help = builder.start();
        String stderr = new String(help.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(stderr).containsOnlyOnce("starting without it");
        assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("Design Assistant: an LLM design assistant");
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
    }

    private static ProcessBuilder launcher(String... args) {
        ProcessBuilder builder = new ProcessBuilder(Path.of("bin", "design-assistant").toAbsolutePath().toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("DESIGN_ASSISTANT_AOT");
        return builder;
    }
}
