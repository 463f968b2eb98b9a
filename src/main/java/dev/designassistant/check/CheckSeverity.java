package dev.designassistant.check;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much a design check's finding matters, worst first. */
public enum CheckSeverity {
    /** The design as briefed loses data, money or correctness, or cannot meet its own figures. */
    RISK,
    /** Likely to hurt in production unless the design addresses it. */
    WARNING,
    /** Worth a sentence in the design. */
    INFO;

    /** The lower-case name used in JSON and reports ({@code risk}, {@code warning}, {@code info}). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
