package dev.designassistant.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The library's "Best Practices" checks a template can opt into. */
public enum LintCheck {
    /** A load or volume figure is given. */
    SCALE,
    /** A consistency requirement is given. */
    CONSISTENCY,
    /** Failure scenarios are asked for. */
    FAILURES,
    /** A technology stack is named. */
    STACK;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LintCheck fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
