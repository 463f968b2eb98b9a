package dev.designassistant.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several files under review as a template's one {@code code} parameter: each introduced by a "==> path <==" line
 * (as {@code head} prints several files), so the LLM can name the file and count lines from the line after it.
 * The CI command and the MCP tool both send files this way.
 */
public final class SourceText {

    /** One file: its path as the user names it, and its text. */
    public record File(String path, String content) {
    }

    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("java", "java"),
            Map.entry("kt", "kotlin"), Map.entry("scala", "scala"), Map.entry("go", "go"), Map.entry("py", "python"),
            Map.entry("ts", "typescript"), Map.entry("js", "javascript"), Map.entry("cs", "csharp"),
            Map.entry("rb", "ruby"), Map.entry("rs", "rust"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
            Map.entry("xml", "xml"), Map.entry("sql", "sql"));

    private SourceText() {
    }

    /** The language of a file by its name's extension; "text" when unknown. */
    public static String language(String path) {
        String slashed = path.replace('\\', '/');
        String name = slashed.substring(slashed.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "text" : LANGUAGES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "text");
    }

    /** The language of files reviewed together: the first file's (as the CI command's default). */
    public static String language(List<File> files) {
        return files.isEmpty() ? "text" : language(files.get(0).path());
    }

    public static String concatenate(List<File> files) {
        StringBuilder code = new StringBuilder();
        for (File file : files) {
            if (!code.isEmpty()) {
                code.append('\n');
            }
            code.append("==> ").append(file.path().replace('\\', '/')).append(" <==\n")
                    .append(file.content().stripTrailing()).append('\n');
        }
        return code.toString().stripTrailing();
    }
}
