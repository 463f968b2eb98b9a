package dev.designassistant.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The source prompt library, read the way a person reads it: a heading, then its fenced prompt. */
final class LibraryText {

    static final Path LIBRARY = Path.of("src/test/resources/library/llm-prompts-distributed-patterns.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*]");

    private final List<String> lines;

    LibraryText() throws IOException {
        this.lines = Files.readAllLines(LIBRARY);
    }

    /** The prompt under a heading: the lines inside its outer code fence (inner fences included). */
    List<String> promptUnder(String heading) {
        int at = indexOf(heading);
        int open = at + 1;
        while (!lines.get(open).startsWith("```")) {
            open++;
        }
        int end = open + 1;
        while (end < lines.size() && !lines.get(end).startsWith("#") && !lines.get(end).equals("---")) {
            end++;
        }
        int close = end - 1;
        while (!lines.get(close).equals("```")) {
            close--;
        }
        return lines.subList(open + 1, close);
    }

    /** The lines of a prompt a rendering must keep word for word: those without a placeholder. */
    static List<String> fixedLines(List<String> prompt) {
        List<String> fixed = new ArrayList<>();
        for (String line : prompt) {
            if (!line.isBlank() && !line.strip().equals("...") && !PLACEHOLDER.matcher(line).find()) {
                fixed.add(line);
            }
        }
        return fixed;
    }

    private int indexOf(String heading) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("### " + heading) || line.equals("## " + heading)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no heading '" + heading + "' in the library");
    }
}
