package dev.designassistant.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-throughs, run as a newcomer runs them: the packaged jar started as the README says (no key
 * configured, so the first start writes one to the key file), on a port other than 8080 and bound to 127.0.0.1 (the
 * README's "Another port or address"), then every shell block from "Walk-through: the catalog" to "Revisions, diffs
 * and baselines" that calls {@code api}, in order, in one bash, after the README's own definition of {@code DA} and
 * {@code api}, with {@code DA} pointing at that port. Only {@code DA} and the key file's path come from the test.
 */
class ReadmeWalkIT {

    private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void the_walk_throughs_run_as_written_against_a_service_on_another_port() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Path home = Files.createTempDirectory("readme-walk-");
        Path keys = home.resolve("data").resolve("api-keys");
        try (ServiceProcess service = ServiceProcess.start("readme-walk", Map.of(
                "ASSISTANT_DATA_DIR", home.resolve("data").toString(),
                "ASSISTANT_ACCESS_KEY_FILE", keys.toString(),
                "ASSISTANT_ACCESS_API_KEYS", "", // none configured: the first start writes the key file
                "QUARKUS_HTTP_HOST", "127.0.0.1"))) {
            assertThat(service.port()).isNotEqualTo(8080);
            assertThat(keys).as("the first start wrote a key for the client local").exists();

            String script = "set -eo pipefail\n" + definitions(readme) + walkThroughs(readme);
            Path out = home.resolve("walk.out");
            Process bash = run(script, Map.of("DA", service.baseUri(), "DA_KEYS", keys.toString()), out);
            String output = Files.readString(out);

            assertThat(bash.exitValue()).as(output).isZero();
            assertThat(output).as("the catalog, in library order")
                    .contains("1.1\tpattern-selection\t").contains("8.3\tcircuit-breaker-review\t")
                    .as("the bad parameters").contains("/problems/invalid-parameters")
                    .as("the idempotent message").contains("HTTP/1.1 200")
                    .as("the design checks").contains("retry-budget-exceeds-sla")
                    .as("the session deleted").containsPattern("(?m)^204$")
                    .as("the review").contains("\"counts\"")
                    .as("the consistency ledger and its decision record")
                    .contains("[\"BRIEF\",\"FOLLOW_UP\",\"FOLLOW_UP\",\"FOLLOW_UP\",\"FOLLOW_UP\",\"FOLLOW_UP\","
                            + "\"FOLLOW_UP\",\"LEDGER\"]")
                    .contains("\"conforming\"").contains("# Follow the design answer")
                    .as("the revision's diff").contains("\"checksAdded\"").contains("retry-not-idempotent")
                    .as("no call went without the key").doesNotContain("/problems/unauthorized")
                    .doesNotContain("\"sessionId\": null");
            assertThat(startLog()).as("a start logs nothing at WARN (README, \"What the start logs\")")
                    .doesNotContain(" WARN ");
        }
    }

    /** The README's definition of {@code DA}, {@code DA_KEYS} and {@code api}, as written. */
    private static String definitions(String readme) {
        Matcher block = BASH.matcher(readme);
        while (block.find()) {
            if (block.group(1).contains("api() {")) {
                assertThat(block.group(1)).contains("DA=${DA:-http://localhost:8080}");
                return block.group(1);
            }
        }
        throw new AssertionError("the README defines no api function");
    }

    /**
     * The shell blocks that call {@code api}, from the first walk-through to the revisions; after each that starts a
     * session, a wait until its chain is done (a reader reads on meanwhile; the blocks after it say "once the chain is
     * done").
     */
    private static String walkThroughs(String readme) {
        String walk = readme.substring(readme.indexOf("## Walk-through: the catalog"),
                readme.indexOf("## Pointing it at a real model"));
        StringBuilder script = new StringBuilder("""
                chain_done() {
                  for _ in $(seq 1 300); do
                    case "$(api "$DA/api/sessions/$SESSION" | jq -r .status)" in done|failed) return 0;; esac
                    sleep 0.1
                  done
                  echo "the chain of $SESSION did not end" >&2; return 1
                }
                """);
        Matcher block = BASH.matcher(walk);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            String code = block.group(1);
            if (code.contains("api ") && !code.contains("java -jar") && !code.contains("claude mcp")) {
                blocks.add(code);
            }
        }
        assertThat(blocks).as("the walk-through blocks").hasSizeGreaterThan(8);
        for (String code : blocks) {
            script.append("echo '=== block'\n").append(code);
            if (code.contains("SESSION=$(")) {
                script.append("chain_done\n");
            }
        }
        return script.toString();
    }

    private static Process run(String script, Map<String, String> env, Path out) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().putAll(env);
        Process bash = builder.start();
        if (!bash.waitFor(180, TimeUnit.SECONDS)) {
            bash.destroyForcibly();
            throw new AssertionError("the walk-through did not end in 180 s:\n" + Files.readString(out));
        }
        return bash;
    }

    /** The log of the service this test started (ServiceProcess writes it under target/it-logs). */
    private static String startLog() throws IOException {
        try (Stream<Path> logs = Files.list(Path.of("target", "it-logs"))) {
            Path newest = logs.filter(p -> p.getFileName().toString().startsWith("readme-walk-"))
                    .max((a, b) -> a.toFile().lastModified() < b.toFile().lastModified() ? -1 : 1).orElseThrow();
            return Files.readString(newest);
        }
    }
}
