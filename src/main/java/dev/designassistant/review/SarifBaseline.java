package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier review's SARIF log as a baseline: which findings were already known. A new review's findings are
 * {@code new} or {@code unchanged} against it, and the baseline's findings the new review no longer has are
 * {@code absent} (SARIF 2.1.0 {@code baselineState}); matched by {@link FindingFingerprint}.
 */
public final class SarifBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fingerprint → the baseline's result. */
    private final Map<String, JsonNode> results;

    private SarifBaseline(Map<String, JsonNode> results) {
        this.results = results;
    }

    /**
     * Reads a SARIF log written by an earlier review.
     *
     * @throws IllegalArgumentException the file is not a SARIF log
     */
    public static SarifBaseline read(Path file) throws IOException {
        JsonNode log;
        try {
            log = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("is not JSON: " + e.getOriginalMessage());
        }
        if (log == null || !log.path("runs").isArray()) {
            throw new IllegalArgumentException("is not a SARIF log (it has no \"runs\")");
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode run : log.path("runs")) {
            JsonNode rules = run.path("tool").path("driver").path("rules");
            for (JsonNode result : run.path("results")) {
                if (!"absent".equals(result.path("baselineState").asText())) {
                    results.putIfAbsent(FindingFingerprint.of(result, rules), result);
                }
            }
        }
        return new SarifBaseline(results);
    }

    /** How a review's findings compare with the baseline. */
    public record Comparison(List<Finding> newFindings, List<Finding> unchanged, int absent) {
    }

    /** The review's findings, new or unchanged, and how many of the baseline's are gone. */
    public Comparison compare(List<Finding> findings) {
        List<Finding> added = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            String fingerprint = FindingFingerprint.of(f);
            seen.add(fingerprint);
            (results.containsKey(fingerprint) ? unchanged : added).add(f);
        }
        return new Comparison(added, unchanged, (int) results.keySet().stream().filter(k -> !seen.contains(k)).count());
    }

    /**
     * Marks each result of a review's SARIF log {@code new} or {@code unchanged}, with {@code includeAbsent} appends
     * the baseline's results the review no longer has as {@code absent}; returns the log as text. GitHub code
     * scanning does not read {@code baselineState} and would show an absent result as an open alert: so they are
     * written only when asked for.
     */
    public String annotate(String sarif, boolean includeAbsent) throws IOException {
        ObjectNode log = (ObjectNode) JSON.readTree(sarif);
        ObjectNode run = (ObjectNode) log.path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        ArrayNode current = run.withArray("results");
        Set<String> seen = new HashSet<>();
        for (JsonNode result : current) {
            String fingerprint = FindingFingerprint.of(result, rules);
            seen.add(fingerprint);
            ((ObjectNode) result).put("baselineState", results.containsKey(fingerprint) ? "unchanged" : "new");
        }
        results.forEach((fingerprint, old) -> {
            if (includeAbsent && !seen.contains(fingerprint)) {
                ObjectNode absent = old.deepCopy();
                absent.put("baselineState", "absent");
                current.add(absent);
            }
        });
        return log.toPrettyString();
    }
}
