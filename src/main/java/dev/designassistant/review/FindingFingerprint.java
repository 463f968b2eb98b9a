package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A finding's stable fingerprint: the same issue in the same file gets the same fingerprint in a later review,
 * whatever its line numbers or the wording of its explanation. Built from the checklist item, the file (as a SARIF
 * URI) and the title with case, spacing and punctuation ignored. The one place that defines it: baselines
 * ({@link SarifBaseline}) and session diffs both use it.
 */
public final class FindingFingerprint {

    /** The key of this fingerprint in a SARIF result's {@code partialFingerprints}, when a log carries it. */
    public static final String SARIF_KEY = "designAssistantFinding/v1";

    private FindingFingerprint() {
    }

    /** The fingerprint of a finding. */
    public static String of(Finding finding) {
        String file = finding.location() == null || finding.location().file() == null ? ""
                : SarifWriter.uri(finding.location().file());
        return of(finding.checklistItem(), file, finding.title());
    }

    /**
     * The fingerprint of a SARIF result of a review: its {@code partialFingerprints} entry when it has one, else
     * computed from its rule's checklist text, its first location's URI and its title.
     */
    public static String of(JsonNode result, JsonNode rules) {
        JsonNode given = result.path("partialFingerprints").path(SARIF_KEY);
        if (given.isTextual()) {
            return given.asText();
        }
        String checklistItem = rule(result, rules).path("shortDescription").path("text").asText("");
        String file = result.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText("");
        String title = result.path("properties").path("title").asText(result.path("message").path("text").asText(""));
        return of(checklistItem, file, title);
    }

    static String of(String checklistItem, String fileUri, String title) {
        String text = normal(checklistItem) + "\n" + fileUri + "\n" + normal(title);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static JsonNode rule(JsonNode result, JsonNode rules) {
        String id = result.path("ruleId").asText("");
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        return rules.path(result.path("ruleIndex").asInt(-1));
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
