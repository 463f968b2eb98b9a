package dev.designassistant.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The checkout a jar runs from: {@code <home>/target/quarkus-app/quarkus-run.jar}, with its {@code prompts}. */
final class Home {

    private Home() {
    }

    static Optional<Path> of(Class<?> inJar) {
        try {
            Path jar = Path.of(inJar.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("prompts")) && Files.isDirectory(dir.resolve("target"))) {
                    return Optional.of(dir);
                }
            }
            return Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
