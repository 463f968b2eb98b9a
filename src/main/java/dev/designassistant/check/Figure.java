package dev.designassistant.check;

/**
 * One figure read from a brief's text: "350 ms p95", "99.95%", "~10,000 transactions/minute", "3 attempts",
 * "2-5 seconds". Values are normalised so rules compare like with like.
 *
 * @param kind       what the figure measures
 * @param value      the figure (the lower end of a range): milliseconds for a duration, per second for a rate,
 *                   percent for a percentage, the number itself for a count
 * @param upper      the upper end of a range ("2-5 seconds" → 5000), else equal to {@code value}
 * @param noun       what is counted or rated ("attempts", "transactions", "TPS"); empty for durations and percentages
 * @param percentile the percentile named with the figure ("p95"), or empty
 * @param text       the figure as written
 */
public record Figure(Kind kind, double value, double upper, String noun, String percentile, String text) {

    /** What a figure measures. */
    public enum Kind {
        /** A time span, in milliseconds. */
        DURATION,
        /** A percentage. */
        PERCENT,
        /** Something per unit of time, per second. */
        RATE,
        /** A number of things ("3 attempts"). */
        COUNT
    }

    /**
     * Whether a word of the noun starts with the prefix, ignoring case: "attempt" matches "3 attempts with",
     * "connection" matches "50 concurrent outbound connections".
     */
    public boolean is(String nounPrefix) {
        for (int at = 0; at < noun.length(); at++) {
            boolean wordStart = at == 0 || Character.isWhitespace(noun.charAt(at - 1));
            if (wordStart && noun.regionMatches(true, at, nounPrefix, 0, nounPrefix.length())) {
                return true;
            }
        }
        return false;
    }
}
