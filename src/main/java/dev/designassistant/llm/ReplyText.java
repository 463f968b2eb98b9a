package dev.designassistant.llm;

/**
 * The LLM's text as the service can carry it: without what strict JSON parsers, Markdown renderers or PostgreSQL
 * refuse. Removed: control characters but tab and line breaks (C0, DEL, C1; a NUL cannot even be stored in
 * PostgreSQL) and the noncharacters U+FFFE and U+FFFF; a lone surrogate (no UTF-8 encodes it) becomes U+FFFD.
 * Everything else, emoji included, is kept as it came.
 */
public final class ReplyText {

    private static final char REPLACEMENT = '\uFFFD';

    private ReplyText() {
    }

    /** The text cleaned; the same instance when there is nothing to clean (the usual case). */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append(REPLACEMENT);
            } else if (!dropped(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || dropped(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
    }
}
