package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog template renders with its own examples to its committed golden file, and keeps every
 * line of the library's prompt that has no placeholder, in order. Run with {@code -Dgolden.update=true}
 * to rewrite the golden files after an intended change (then review the diff).
 */
class CatalogGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static CatalogSnapshot catalog;
    private static LibraryText library;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void load() throws IOException {
        catalog = new CatalogLoader().load(Path.of("prompts"));
        library = new LibraryText();
    }

    static List<String> templateIds() {
        return List.copyOf(catalog.templates().keySet());
    }

    static List<String> followUpIds() {
        return List.copyOf(catalog.followUps().keySet());
    }

    @Test
    void holds_the_29_templates_and_6_follow_ups_of_the_library() {
        assertThat(catalog.templates()).hasSize(29);
        assertThat(catalog.followUps().keySet()).containsExactly("specific-failure", "scale-10x", "monitoring",
                "testing", "migration", "runbooks");
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void renders_its_examples_to_the_golden_file(String id) throws IOException {
        assertMatchesGolden(id, renderExamples(catalog.templates().get(id)));
    }

    @ParameterizedTest
    @MethodSource("followUpIds")
    void follow_up_renders_its_examples_to_the_golden_file(String id) throws IOException {
        assertMatchesGolden("follow-ups/" + id, renderExamples(catalog.followUps().get(id)));
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void keeps_every_fixed_line_of_the_library_prompt_in_order(String id) {
        PromptTemplate template = catalog.templates().get(id);
        List<String> rendered = renderExamples(template).lines().toList();

        List<String> missing = new ArrayList<>();
        int from = 0;
        for (String line : LibraryText.fixedLines(library.promptUnder(template.source()))) {
            int found = indexOf(rendered, line, from);
            if (found < 0) {
                missing.add(line);
            } else {
                from = found + 1;
            }
        }
        assertThat(missing).as("library lines of %s missing or out of order", id).isEmpty();
    }

    private String renderExamples(PromptTemplate template) {
        return template.render(ParameterValidator.validate(template, json.valueToTree(template.examples())));
    }

    private static int indexOf(List<String> lines, String wanted, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(wanted.stripTrailing())) {
                return i;
            }
        }
        return -1;
    }

    private static void assertMatchesGolden(String name, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, rendered);
        }
        assertThat(golden).as("golden file for %s (run with -Dgolden.update=true to create it)", name).exists();
        assertThat(rendered).isEqualTo(Files.readString(golden));
    }
}
