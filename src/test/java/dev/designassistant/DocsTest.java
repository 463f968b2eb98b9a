package dev.designassistant;

import dev.designassistant.llm.LlmConfig;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README and docs/llm.md say about the running service, checked against it. */
class DocsTest {

    private static String read(String file) throws Exception {
        return Files.readString(Path.of(file));
    }

    @Test
    void the_limits_table_gives_the_real_bulkhead_default() throws Exception {
        String configured = LlmConfig.BulkheadSettings.class.getMethod("maxConcurrentCalls")
                .getAnnotation(WithDefault.class).value();
        assertThat(read("README.md"))
                .contains("| concurrent upstream calls | " + configured + " per model (`assistant.llm.bulkhead.max-concurrent-calls`) |");
    }

    @Test
    void the_walk_through_deletes_its_session_only_after_the_last_section_that_uses_it() throws Exception {
        String readme = read("README.md");
        int deleted = readme.indexOf("api -X DELETE");
        assertThat(deleted).isPositive();
        int after = readme.indexOf("\n", deleted);
        int reassigned = readme.indexOf("SESSION=$(", after); // a later section that makes a session of its own
        String rest = readme.substring(after, reassigned < 0 ? readme.length() : reassigned);
        assertThat(rest).as("the walk-through uses no deleted session").doesNotContain("$SESSION");
    }

    @Test
    void walk_throughs_write_their_files_outside_the_repository() throws Exception {
        // the shell blocks a reader runs; a CI workflow's YAML writes into its own workspace, as it should
        Pattern bash = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
        Pattern written = Pattern.compile("(?:> |--output |-o )(\\S+\\.(?:html|sarif|md|json))");
        for (String doc : List.of("README.md", "docs/llm.md")) {
            Matcher block = bash.matcher(read(doc));
            while (block.find()) {
                Matcher file = written.matcher(block.group(1));
                while (file.find()) {
                    assertThat(file.group(1)).as(doc + ": " + file.group()).startsWith("/tmp/");
                }
            }
        }
    }

    @Test
    void every_walk_through_call_goes_to_the_one_base_url_so_another_port_is_one_variable_away() throws Exception {
        Pattern bash = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
        for (String doc : List.of("README.md", "docs/llm.md")) {
            Matcher block = bash.matcher(read(doc));
            while (block.find()) {
                for (String line : block.group(1).split("\n")) {
                    if (line.matches(".*\\bapi\\b.*(localhost|127\\.0\\.0\\.1):\\d+.*")) {
                        throw new AssertionError(doc + ": a call with a fixed address instead of $DA: " + line);
                    }
                }
            }
        }
    }

    @Test
    void the_properties_the_api_description_names_are_the_real_ones() throws Exception {
        String readme = read("README.md");
        Matcher property = Pattern.compile("assistant\\.[a-z.-]+[a-z]")
                .matcher(read("src/main/resources/META-INF/openapi.yaml"));
        int named = 0;
        while (property.find()) {
            named++;
            // a family (assistant.llm.price.*) is named by its prefix
            assertThat(readme).as("the README's configuration table has " + property.group())
                    .contains("| `" + property.group());
        }
        assertThat(named).as("Swagger UI's Authorize dialog names the keys' property").isPositive();
    }

    @Test
    void docs_llm_sends_an_api_key_and_describes_the_asynchronous_brief() throws Exception {
        assertThat(read("docs/llm.md"))
                .contains("Authorization: Bearer")
                .contains("Prefer: wait=30")
                .contains("`202` with the `sessionId`")
                .doesNotContain("\"sessionId\": null")
                .doesNotContain("accepted and not used");
    }
}
