package dev.designassistant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package map of docs/architecture.md holds for the code: every import of src/main points down the map's
 * layers, none reaches into a library's {@code impl}/{@code internal} package, and only {@code llm} imports
 * langchain4j or Resilience4j. Reads the sources' import lines (no bytecode, no extra library).
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/designassistant");
    private static final Path MAP = Path.of("docs/architecture.md");
    private static final String BASE = "dev.designassistant.";
    private static final Pattern MAP_ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*`([a-z]+)`\\s*\\|");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?;");
    private static final Pattern LIBRARY_INTERNALS = Pattern.compile("\\.(impl|internal)(\\.|$)");
    private static final List<String> LLM_ONLY = List.of("dev.langchain4j.", "io.github.resilience4j.", "com.knuddels.jtokkit.");

    private static Map<String, Integer> layers;
    private static List<Import> imports;

    /** One import line of one main source file. */
    record Import(String pkg, Path file, String imported) {
        @Override
        public String toString() {
            return SOURCES.relativize(file) + " imports " + imported;
        }
    }

    @BeforeAll
    static void readMapAndSources() throws IOException {
        layers = new HashMap<>();
        for (String line : Files.readAllLines(MAP)) {
            Matcher row = MAP_ROW.matcher(line);
            if (row.find()) {
                layers.put(row.group(2), Integer.parseInt(row.group(1)));
            }
        }
        imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                for (String line : Files.readAllLines(file)) {
                    Matcher m = IMPORT.matcher(line.strip());
                    if (m.find()) {
                        imports.add(new Import(pkg, file, m.group(1)));
                    }
                }
            }
        }
    }

    @Test
    void every_package_of_the_code_is_on_the_map() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(layers).as("docs/architecture.md, package map").containsKeys(packages.toArray(String[]::new));
        }
    }

    @Test
    void imports_point_down_the_layers_only() {
        assertThat(upward(imports)).as("imports against the direction of docs/architecture.md").isEmpty();
    }

    @Test
    void an_import_up_or_sideways_is_caught() {
        Path file = SOURCES.resolve("session/Example.java");
        assertThat(upward(List.of(new Import("session", file, BASE + "chain.ChainRunner"),
                new Import("session", file, BASE + "llm.ChatTurn"),
                new Import("session", file, BASE + "problem.DomainException"),
                new Import("session", file, BASE + "session.Database")))).hasSize(2);
    }

    /** The imports of the project's own packages that are not of a lower layer (nor the importer's own package). */
    private static List<Import> upward(List<Import> candidates) {
        return candidates.stream()
                .filter(i -> i.imported().startsWith(BASE))
                .filter(i -> {
                    String target = i.imported().substring(BASE.length()).split("\\.")[0];
                    return !target.equals(i.pkg())
                            && layers.getOrDefault(target, Integer.MAX_VALUE) >= layers.getOrDefault(i.pkg(), -1);
                })
                .toList();
    }

    @Test
    void no_class_imports_a_library_internal_package() {
        assertThat(imports).filteredOn(i -> !i.imported().startsWith(BASE))
                .filteredOn(i -> LIBRARY_INTERNALS.matcher(i.imported()).find())
                .as("imports of impl/internal packages").isEmpty();
    }

    @Test
    void only_the_llm_package_imports_langchain4j_and_resilience4j() {
        assertThat(imports).filteredOn(i -> !i.pkg().equals("llm"))
                .filteredOn(i -> LLM_ONLY.stream().anyMatch(i.imported()::startsWith))
                .as("langchain4j or Resilience4j outside llm").isEmpty();
    }

}
