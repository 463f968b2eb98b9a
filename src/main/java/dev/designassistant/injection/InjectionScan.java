package dev.designassistant.injection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The deterministic injection scan: text in code or a document that addresses an AI or reviewer with instructions
 * ({@link InjectionPatterns}) and hidden Unicode (bidirectional controls, tag characters, zero-width and
 * variation-selector runs). It runs before any model call and whatever the model answers, so its hits are findings
 * of every review. Phrases are matched twice: on the text without invisible format characters (so "ig&lt;ZWSP&gt;nore"
 * is "ignore"), and on a copy where Cyrillic, Greek and full-width look-alikes are read as Latin letters (so
 * "іgnоrе" with Cyrillic і and о is "ignore"); both copies keep a map back to the original, so every hit has its
 * exact line and column.
 */
public final class InjectionScan {

    /** Longest excerpt a hit carries. */
    public static final int EXCERPT = 80;
    /** Lines before a request in which an addressee ("AI reviewer:") makes it count. */
    static final int ADDRESS_LINES = 3;

    private InjectionScan() {
    }

    /** Every hit in the text, by line and column. */
    public static List<InjectionHit> scan(String text) {
        Lines lines = new Lines(text);
        List<InjectionHit> hits = new ArrayList<>(HiddenUnicode.scan(text, lines));
        Normalized stripped = Normalized.stripped(text);
        Normalized latin = stripped.latin();
        Set<String> seen = new HashSet<>();
        for (InjectionPatterns.Phrase phrase : InjectionPatterns.PHRASES) {
            for (Normalized copy : List.of(stripped, latin)) {
                Matcher m = phrase.pattern().matcher(copy.text());
                while (m.find()) {
                    if (phrase.addressed() && !addressed(copy, m.start(), m.end())) {
                        continue;
                    }
                    int start = copy.original(m.start());
                    int end = copy.original(Math.max(m.start(), m.end() - 1));
                    int line = lines.lineOf(start);
                    if (seen.add(phrase.kind() + "@" + line)) {
                        hits.add(new InjectionHit(phrase.kind(), line, lines.columnOf(start), lines.lineOf(end),
                                excerpt(text.substring(start, end + 1))));
                    }
                }
            }
        }
        return dedupe(hits);
    }

    /** One hit per line: where an override and a request share a line, the line is reported once, by its first. */
    private static List<InjectionHit> dedupe(List<InjectionHit> hits) {
        List<InjectionHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(InjectionHit::line).thenComparingInt(InjectionHit::column)
                .thenComparing(InjectionHit::kind)); // by position: hidden Unicode before a phrase that starts later
        List<InjectionHit> kept = new ArrayList<>();
        for (InjectionHit hit : sorted) {
            InjectionHit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || last.line() != hit.line()) {
                kept.add(hit);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean addressed(Normalized copy, int start, int end) {
        String text = copy.text();
        int from = start;
        for (int newlines = 0; from > 0 && newlines <= ADDRESS_LINES; from--) {
            if (text.charAt(from - 1) == '\n') {
                newlines++;
            }
        }
        int to = text.indexOf('\n', end);
        Matcher addressee = InjectionPatterns.ADDRESSEE.matcher(text);
        addressee.region(from, to < 0 ? text.length() : to);
        addressee.useAnchoringBounds(false);
        return addressee.find();
    }

    /** The text found, on one line, at most {@link #EXCERPT} characters, invisible characters as U+XXXX. */
    static String excerpt(String found) {
        StringBuilder out = new StringBuilder();
        found.codePoints().forEach(cp -> {
            if (HiddenUnicode.isInvisible(cp)) {
                out.append(String.format("U+%04X", cp));
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        String one = out.toString().strip();
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT - 1) + "…";
    }

    /** Line and column of positions in a text. */
    static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> list = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(int index) {
            int at = Arrays.binarySearch(starts, index);
            return (at >= 0 ? at : -at - 2) + 1;
        }

        int columnOf(int index) {
            return index - starts[lineOf(index) - 1] + 1;
        }
    }

    /** A copy of the text for matching, with each of its characters' index in the original. */
    record Normalized(String text, int[] index) {

        /** The text without invisible format characters. */
        static Normalized stripped(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] index = new int[original.length() + 1];
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                if (!HiddenUnicode.isInvisible(cp)) {
                    for (char c : Character.toChars(cp)) {
                        index[text.length()] = i;
                        text.append(c);
                    }
                }
                i += Character.charCount(cp);
            }
            index[text.length()] = original.length();
            return new Normalized(text.toString(), Arrays.copyOf(index, text.length() + 1));
        }

        /** The same text with look-alike letters read as Latin ones (one character for one, so the map holds). */
        Normalized latin() {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = LookAlikes.latin(chars[i]);
            }
            return new Normalized(new String(chars), index);
        }

        int original(int at) {
            return index[Math.min(at, index.length - 1)];
        }
    }
}
