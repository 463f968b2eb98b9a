package dev.designassistant.llm;

import java.time.Duration;

/** Durations in words for messages ("1.5 s", "200 ms"), and in the whole seconds a Retry-After header needs. */
public final class Durations {

    private Durations() {
    }

    /** A short human form of the duration. */
    public static String describe(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The duration rounded up to whole seconds, at least one. */
    public static long wholeSecondsAtLeastOne(Duration d) {
        long seconds = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
