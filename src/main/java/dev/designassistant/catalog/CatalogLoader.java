package dev.designassistant.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a prompts folder: {@code *.prompt.md} templates at the top, follow-up questions in {@code follow-ups/}. */
final class CatalogLoader {

    static final String SUFFIX = ".prompt.md";
    static final String FOLLOW_UPS = "follow-ups";

    private final PromptFileParser parser = new PromptFileParser();

    CatalogSnapshot load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateFileException(dir.toString(), 0,
                    "the prompts folder does not exist (set assistant.prompts.dir)");
        }
        Map<String, PromptTemplate> templates = index(readAll(dir, false), Comparator
                .comparing((PromptTemplate t) -> sectionKey(t.section())).thenComparing(PromptTemplate::id));
        Path followUpDir = dir.resolve(FOLLOW_UPS);
        Map<String, PromptTemplate> followUps = Files.isDirectory(followUpDir)
                ? index(readAll(followUpDir, true), Comparator.comparing(PromptTemplate::order))
                : Map.of();
        return new CatalogSnapshot(templates, followUps, Fingerprint.of(dir));
    }

    private List<PromptTemplate> readAll(Path dir, boolean followUps) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .sorted()
                    .map(f -> read(f, followUps))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private PromptTemplate read(Path file, boolean followUp) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        try {
            return parser.parse(file.toString(), id, Files.readString(file, StandardCharsets.UTF_8), followUp);
        } catch (IOException e) {
            throw new TemplateFileException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static Map<String, PromptTemplate> index(List<PromptTemplate> prompts, Comparator<PromptTemplate> order) {
        Map<String, PromptTemplate> byId = new LinkedHashMap<>();
        prompts.stream().sorted(order).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Sorts "1.2" before "1.10", numbered sections before "tech" and "example". */
    private static String sectionKey(String section) {
        String[] parts = section.split("\\.");
        if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit) && parts[1].chars().allMatch(Character::isDigit)) {
            return String.format("%04d.%04d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        return ("tech".equals(section) ? "9998" : "9999") + section;
    }
}
