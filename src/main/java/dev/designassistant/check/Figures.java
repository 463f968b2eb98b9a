package dev.designassistant.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures in a parameter's text, the way the library's parameters hold them: "350 ms p95", "p99 1.2 s",
 * "99.95%", "~10,000 transactions/minute", "1.5k rps", "3 attempts", "2 s", "2-5 seconds". The one parser every
 * design check uses, so a figure means the same to every rule.
 */
public final class Figures {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MAGNITUDE = "(?:\\s?(k|K|M|thousand|million)\\b)?";
    // "(?=\\d)" first: the search tries every position of the text, and a digit is the cheapest thing to rule out
    private static final Pattern FIGURE = Pattern.compile("(?=\\d)(?<![\\w.,/-])" + NUMBER + MAGNITUDE
            + "(?:\\s*(?:-|–|to)\\s*" + NUMBER + MAGNITUDE + ")?");
    private static final Pattern PERCENT = Pattern.compile("\\s?%");
    private static final String PER = "(?:\\s*/\\s*|\\s+(?:per|a|an)\\s+)(s|sec|second|min|minute|h|hr|hour|d|day)\\b";
    // possessive words: a word is never matched in part, so backtracking into one only wastes time (most of a read)
    private static final Pattern RATE = Pattern.compile("(?i)\\s?((?:[a-z][\\w-]*+\\s++){0,2}[a-z][\\w-]*+)?" + PER);
    private static final Pattern PER_SECOND_UNIT = Pattern.compile("(?i)\\s?(tps|rps|qps)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\s?(ms|msec|millis(?:econds?)?|s|secs?|seconds?"
            + "|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|years?)\\b(?!\\s*/)");
    private static final Pattern COUNT = Pattern.compile("(?i)[\\s-]([a-z][a-z-]+(?:\\s+[a-z][a-z-]*){0,2})");
    private static final Pattern PERCENTILE_AFTER = Pattern.compile("(?i)\\s*\\(?\\s*(p\\d{2}(?:\\.\\d+)?)\\b");
    private static final Pattern PERCENTILE_BEFORE = Pattern.compile("(?i)\\b(p\\d{2}(?:\\.\\d+)?)\\s*(?:[:=]|of|at|is)?\\s*$");

    private static final ThreadLocal<Map<String, List<Figure>>> READ = new ThreadLocal<>();

    private Figures() {
    }

    /** Every figure in the text, in order. Numbers with no unit ("HTTP 503", "3-D Secure") are left out. */
    public static List<Figure> read(String text) {
        if (text == null) {
            return List.of();
        }
        Map<String, List<Figure>> memo = READ.get();
        return memo == null ? parse(text) : memo.computeIfAbsent(text, Figures::parse);
    }

    /**
     * Runs the work with the texts' figures read once: the rules of one brief read the same parameters (and the
     * whole brief) several times, and reading is most of a check's time. {@link DesignChecks#check} runs its rules
     * so; the memory lasts for the work only.
     */
    static <T> T readingOnce(Supplier<T> work) {
        if (READ.get() != null) {
            return work.get();
        }
        READ.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            READ.remove();
        }
    }

    private static List<Figure> parse(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        UnitMatchers units = null; // made at the first number: most texts have none
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (units == null) {
                units = new UnitMatchers(text);
            }
            double low = number(m.group(1), m.group(2));
            double high = m.group(3) == null ? low : number(m.group(3), m.group(4));
            Optional<Unit> unit = units.at(m.end());
            from = m.end();
            if (unit.isEmpty()) {
                continue;
            }
            Unit u = unit.get();
            int end = u.end();
            String percentile = "";
            Matcher after = units.percentileAfter.region(end, text.length());
            if (u.kind() == Figure.Kind.DURATION && after.lookingAt()) {
                percentile = after.group(1).toLowerCase(Locale.ROOT);
                end = after.end();
            } else if (u.kind() == Figure.Kind.DURATION) {
                Matcher before = PERCENTILE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
                percentile = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
            }
            figures.add(new Figure(u.kind(), low * u.factor(), high * u.factor(), u.noun(), percentile,
                    text.substring(m.start(), end).strip()));
            from = end;
        }
        return List.copyOf(figures);
    }

    /** The figures of one kind in the text. */
    public static List<Figure> read(String text, Figure.Kind kind) {
        return read(text).stream().filter(f -> f.kind() == kind).toList();
    }

    /** The first figure of the kind in the text, if any. */
    public static Optional<Figure> first(String text, Figure.Kind kind) {
        return read(text, kind).stream().findFirst();
    }

    /** The first figure of the kind that passes the test. */
    public static Optional<Figure> first(String text, Figure.Kind kind, Predicate<Figure> test) {
        return read(text, kind).stream().filter(test).findFirst();
    }

    /** The largest value (upper ends of ranges included) of the kind in the text. */
    public static Optional<Double> max(String text, Figure.Kind kind) {
        return read(text, kind).stream().map(Figure::upper).max(Double::compare);
    }

    /** The smallest value (lower ends of ranges) of the kind in the text. */
    public static Optional<Double> min(String text, Figure.Kind kind) {
        return read(text, kind).stream().map(Figure::value).min(Double::compare);
    }

    /** A duration as people write it: "850 ms", "2.5 s", "3 min", "48 h", "10 days", "7 years". */
    public static String duration(double millis) {
        if (millis < 1_000) {
            return plain(millis) + " ms";
        }
        if (millis < 120_000) {
            return plain(millis / 1_000) + " s";
        }
        if (millis < 7_200_000) {
            return plain(millis / 60_000) + " min";
        }
        if (millis < 259_200_000) {
            return plain(millis / 3_600_000) + " h";
        }
        if (millis < 730 * 86_400_000d) {
            return plain(millis / 86_400_000) + " days";
        }
        return plain(millis / (365 * 86_400_000d)) + " years";
    }

    /** A number without needless decimals and with thousands separators: "1,500", "2.5", "0.33". */
    public static String plain(double value) {
        double rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.format(Locale.US, "%,d", (long) rounded)
                : String.format(Locale.US, "%,.2f", rounded).replaceAll("0$", "");
    }

    private record Unit(Figure.Kind kind, double factor, String noun, int end) {
    }

    /** The unit patterns' matchers over one text, made once per read and moved to each figure's end. */
    private static final class UnitMatchers {
        private final int length;
        private final Matcher percent;
        private final Matcher perSecond;
        private final Matcher rate;
        private final Matcher duration;
        private final Matcher count;
        private final Matcher percentileAfter;

        UnitMatchers(String text) {
            length = text.length();
            percent = PERCENT.matcher(text);
            perSecond = PER_SECOND_UNIT.matcher(text);
            rate = RATE.matcher(text);
            duration = DURATION.matcher(text);
            count = COUNT.matcher(text);
            percentileAfter = PERCENTILE_AFTER.matcher(text);
        }

        /** The unit written right after a number ending at {@code at}, if any. */
        Optional<Unit> at(int at) {
            if (percent.region(at, length).lookingAt()) {
                return Optional.of(new Unit(Figure.Kind.PERCENT, 1, "", percent.end()));
            }
            if (perSecond.region(at, length).lookingAt()) {
                return Optional.of(new Unit(Figure.Kind.RATE, 1, perSecond.group(1), perSecond.end()));
            }
            if (rate.region(at, length).lookingAt()) {
                return Optional.of(new Unit(Figure.Kind.RATE, 1_000 / millis(rate.group(2)),
                        rate.group(1) == null ? "" : rate.group(1), rate.end()));
            }
            if (duration.region(at, length).lookingAt()) {
                return Optional.of(new Unit(Figure.Kind.DURATION, millis(duration.group(1)), "", duration.end()));
            }
            if (count.region(at, length).lookingAt()) {
                return Optional.of(new Unit(Figure.Kind.COUNT, 1, count.group(1), count.end()));
            }
            return Optional.empty();
        }
    }

    private static double millis(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("ms") || u.startsWith("millis")) {
            return 1;
        }
        return switch (u.charAt(0)) {
            case 's' -> 1_000;
            case 'm' -> 60_000;
            case 'h' -> 3_600_000;
            case 'd' -> 86_400_000;
            case 'w' -> 7 * 86_400_000d;
            default -> 365 * 86_400_000d; // y
        };
    }

    private static double number(String digits, String magnitude) {
        double value = Double.parseDouble(digits.replace(",", ""));
        if (magnitude == null) {
            return value;
        }
        return switch (magnitude) {
            case "k", "K", "thousand" -> value * 1_000;
            default -> value * 1_000_000;
        };
    }
}
