package dev.designassistant.catalog;

import java.util.Optional;

/** Small helpers for checking user text and quoting it back in messages without echoing it whole. */
public final class Values {

    private static final int SHOWN = 40;

    private Values() {
    }

    /** The value cut to a length fit for a message. */
    public static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.codePointCount(0, value.length()) <= SHOWN
                ? value
                : value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
    }

    /** Length in Unicode code points, as a user counts characters. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Why the text cannot be taken as it is, if it cannot: a control character other than tab and line breaks (a
     * NUL cannot even be stored in PostgreSQL) or a lone surrogate (no valid UTF-8 encodes it, so it could be neither
     * stored nor sent to the LLM faithfully).
     */
    public static Optional<String> unsafeCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of(String.format("must not contain control character U+%04X (at character %d)",
                        (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("must be valid Unicode: lone surrogate U+%04X (at character %d)",
                        (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
