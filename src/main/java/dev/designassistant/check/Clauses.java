package dev.designassistant.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Small helpers the rules share: clauses of a text, and a finding only when a condition holds. */
final class Clauses {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\n|;|,\\s|\\.\\s");

    private Clauses() {
    }

    /** The clauses of a text ("retry 3 attempts; backoff 200 ms, doubling" → three clauses). */
    static List<String> of(String text) {
        return Arrays.stream(CLAUSE_BREAK.split(text)).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** The clauses that match the pattern (case-insensitive). */
    static List<String> mentioning(String text, String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return of(text).stream().filter(c -> p.matcher(c).find()).toList();
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
