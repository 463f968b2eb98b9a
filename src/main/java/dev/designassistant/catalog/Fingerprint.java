package dev.designassistant.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Names, sizes and modification times of a folder's prompt files: cheap to compare for hot reload. */
record Fingerprint(String value) {

    static Fingerprint of(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return new Fingerprint(files.filter(f -> f.toString().endsWith(CatalogLoader.SUFFIX))
                    .sorted()
                    .map(Fingerprint::describe)
                    .collect(Collectors.joining("|")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path file) {
        try {
            return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + ":gone";
        }
    }
}
