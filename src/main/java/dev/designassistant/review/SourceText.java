package dev.designassistant.review;

import java.util.List;

/**
 * Several files under review as a template's one {@code code} parameter: each introduced by a "==> path <==" line
 * (as {@code head} prints several files), so the LLM can name the file and count lines from the line after it.
 * The CI command and the MCP tool both send files this way.
 */
public final class SourceText {

    /** One file: its path as the user names it, and its text. */
    public record File(String path, String content) {
    }

    private SourceText() {
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
