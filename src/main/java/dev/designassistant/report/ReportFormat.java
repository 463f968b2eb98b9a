package dev.designassistant.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report comes in, by {@code ?format=} name and media type. */
public enum ReportFormat {
    MARKDOWN("markdown", "text/markdown"),
    HTML("html", "text/html"),
    JSON("json", "application/json"),
    /** Code reviews only: the findings as a SARIF 2.1.0 log. */
    SARIF("sarif", "application/sarif+json"),
    /** Code reviews only: the findings as a GitLab Code Quality report (JSON), by {@code ?format=codequality} only. */
    CODEQUALITY("codequality", "application/json"),
    /** Code reviews only: the findings as JUnit XML, a test case per file and a failure per finding. */
    JUNIT("junit", "application/xml"),
    /** Briefs with a conforming consistency ledger: an Architecture Decision Record (MADR), by {@code ?format=adr} only. */
    ADR("adr", "text/markdown");

    private final String id;
    private final String mediaType;

    ReportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of that name (markdown, md, html, json, sarif, codequality, junit, adr; any case).
     *
     * @throws UnsupportedFormatException for any other name
     */
    public static ReportFormat named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted) || f == MARKDOWN && "md".equals(wanted))
                .findFirst().orElseThrow(() -> new UnsupportedFormatException("unknown report format '" + name
                        + "'; use markdown, html, json, sarif, codequality, junit or adr"));
    }

    /** Whether an Accept header can choose it; the CI formats are chosen by name only. */
    public boolean negotiable() {
        return this != CODEQUALITY && this != JUNIT;
    }

    /** The format whose media type this is, if any. */
    public static Optional<ReportFormat> ofMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(type)).findFirst();
    }
}
