package dev.designassistant.catalog;

/** Small helpers for quoting user values back in messages without echoing them whole. */
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
}
