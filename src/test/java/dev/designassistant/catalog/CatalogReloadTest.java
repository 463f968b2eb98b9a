package dev.designassistant.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogReloadTest {

    @TempDir
    Path dir;

    @Test
    void a_broken_file_stops_the_start_naming_file_line_and_problem() throws IOException {
        write("good", "Hello {name}.");
        write("bad", "Hello {#if name}.");

        assertThatThrownBy(() -> new Catalog(config()))
                .isInstanceOf(TemplateFileException.class)
                .hasMessageStartingWith(dir.resolve("bad.prompt.md") + ":13: template body")
                .hasMessageContaining("unterminated section");
    }

    @Test
    void picks_up_an_added_and_an_edited_file_without_restart() throws IOException {
        write("greeting", "Hello {name}.");
        Catalog catalog = new Catalog(config());

        write("greeting", "Good morning {name}.");
        write("farewell", "Bye {name}.");
        touchLater("greeting");
        catalog.reloadIfChanged();

        assertThat(catalog.templates()).extracting(PromptTemplate::id).containsExactly("farewell", "greeting");
        assertThat(catalog.template("greeting").render(new ValidatedParameters(java.util.Map.of("name", "Ada"))))
                .isEqualTo("Good morning Ada.");
    }

    @Test
    void keeps_the_last_good_catalog_when_an_edit_does_not_parse() throws IOException {
        write("greeting", "Hello {name}.");
        Catalog catalog = new Catalog(config());

        write("greeting", "Hello {#for}.");
        touchLater("greeting");
        catalog.reloadIfChanged();

        assertThat(catalog.template("greeting").render(new ValidatedParameters(java.util.Map.of("name", "Ada"))))
                .isEqualTo("Hello Ada.");
    }

    private void write(String id, String body) throws IOException {
        Files.writeString(dir.resolve(id + ".prompt.md"), """
                ---
                id: %s
                section: "9.%d"
                title: A test template
                category: example
                description: For the reload tests.
                parameters:
                  - name: name
                    label: Name
                    type: string
                    example: Grace
                ---
                %s""".formatted(id, id.length(), body));
    }

    private void touchLater(String id) throws IOException {
        Path file = dir.resolve(id + ".prompt.md");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
    }

    private CatalogConfig config() {
        return new CatalogConfig() {
            @Override
            public String dir() {
                return dir.toString();
            }

            @Override
            public boolean reload() {
                return true;
            }
        };
    }
}
