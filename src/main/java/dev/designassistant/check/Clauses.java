package dev.designassistant.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Small helpers the rules share: clauses of a text, and a finding only when a condition holds. */
final class Clauses {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Clauses() {
    }

    /**
     * The clauses of a text ("retry 3 attempts; backoff 200 ms, doubling" → three clauses): split at a new line, a
     * semicolon, and a comma or full stop followed by white space. A scan rather than a regular expression split: the
     * rules split the same brief several times, and the split was the largest part of a check's time.
     */
    static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pause = (c == ',' || c == '.') && i + 1 < text.length() && isSpace(text.charAt(i + 1));
            if (c == '\n' || c == ';' || pause) {
                add(clauses, text.substring(start, i));
                start = pause ? i + 2 : i + 1;
                i = start - 1;
            }
        }
        add(clauses, text.substring(Math.min(start, text.length())));
        return clauses;
    }

    private static void add(List<String> clauses, String clause) {
        String stripped = clause.strip();
        if (!stripped.isEmpty()) {
            clauses.add(stripped);
        }
    }

    /** White space as {@code \s} means it: space, tab, new line, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The clauses that match the pattern (case-insensitive). */
    static List<String> mentioning(String text, String regex) {
        Pattern p = pattern(regex);
        return of(text).stream().filter(c -> p.matcher(c).find()).toList();
    }

    /**
     * The rule's pattern, case-insensitive, compiled once: the rules' patterns are constants in their code, so this
     * holds a few dozen; compiling them for every brief was a fifth of a check's time.
     */
    static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE));
    }

    /** The sentence when the condition holds. */
    static Optional<String> when(boolean condition, Supplier<String> sentence) {
        return condition ? Optional.of(sentence.get()) : Optional.empty();
    }

    /** "a, b and c". */
    static String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
