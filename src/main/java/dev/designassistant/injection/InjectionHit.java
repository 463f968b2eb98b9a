package dev.designassistant.injection;

/**
 * Text in code under review that addresses an AI or reviewer with instructions, found by {@link InjectionScan}.
 *
 * @param kind      what it is ({@link Kind})
 * @param line      the line it starts on, from 1
 * @param column    the column it starts at, from 1 (in UTF-16 code units)
 * @param endLine   the line it ends on (a phrase split across lines ends on a later one)
 * @param excerpt   the text found, at most {@value InjectionScan#EXCERPT} characters, hidden characters written as
 *                  {@code U+XXXX} so that the excerpt is safe to show anywhere
 */
public record InjectionHit(Kind kind, int line, int column, int endLine, String excerpt) {

    /** The kinds of text the scan reports. */
    public enum Kind {
        /** "Ignore the previous instructions", in English or another language of code comments. */
        OVERRIDE("an instruction to ignore or override the reviewer's instructions"),
        /** Chat-template and role tokens: {@code <|im_start|>}, {@code [INST]}, {@code ### System:}. */
        CHAT_TEMPLATE_TOKEN("a chat-template or role token that tries to start a new message"),
        /** "You are now …", "pretend to be …": a new role for the model. */
        ROLE_CHANGE("an attempt to give the model a new role"),
        /** Addressed to an AI or reviewer: report nothing, approve, lower severities, "already audited". */
        REVIEW_MANIPULATION("a request to report nothing, approve or lower severities"),
        /** Bidirectional controls, tag characters, zero-width runs: text a human reader does not see. */
        HIDDEN_UNICODE("hidden Unicode characters that a human reader does not see");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** What this kind is, as a phrase. */
        public String description() {
            return description;
        }
    }

    /** "line 12, column 5" or "lines 12-13, column 5". */
    public String where() {
        return (endLine > line ? "lines " + line + "-" + endLine : "line " + line) + ", column " + column;
    }
}
