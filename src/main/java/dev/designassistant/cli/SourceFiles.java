package dev.designassistant.cli;

import dev.designassistant.review.SourceText;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The files under review as one {@code code} parameter, and their language. */
final class SourceFiles {

    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("java", "java"),
            Map.entry("kt", "kotlin"), Map.entry("scala", "scala"), Map.entry("go", "go"), Map.entry("py", "python"),
            Map.entry("ts", "typescript"), Map.entry("js", "javascript"), Map.entry("cs", "csharp"),
            Map.entry("rb", "ruby"), Map.entry("rs", "rust"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
            Map.entry("xml", "xml"), Map.entry("sql", "sql"));

    private SourceFiles() {
    }

    /** The files as one code parameter (see {@link SourceText}). */
    static String concatenate(List<Path> files, Function<Path, String> read) {
        return SourceText.concatenate(files.stream().map(f -> new SourceText.File(f.toString(), read.apply(f))).toList());
    }

    /** The language of a file by its extension; "text" when unknown. */
    static String language(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "text" : LANGUAGES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "text");
    }
}
