package dev.designassistant.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How bad a review finding is, worst first; the order is the order findings are listed in. */
public enum Severity {
    /** Loses data or money, or breaks correctness under failure. */
    CRITICAL("error"),
    /** Likely to cause an incident in production. */
    MAJOR("warning"),
    /** Hardening, clarity or observability. */
    MINOR("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF result level: error, warning or note. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** Whether this severity is the threshold or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity of(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("unknown severity " + id));
    }

    /** The severity named (critical, major, minor; any case), if it is one. */
    public static Optional<Severity> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(String.valueOf(id).strip())).findFirst();
    }
}
