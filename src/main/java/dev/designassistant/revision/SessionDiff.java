package dev.designassistant.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.review.Finding;

import java.util.List;

/**
 * {@code GET /api/sessions/{id}/diff?against={otherId}}: what changed from the other session (the baseline) to this
 * one. Parameters by name; design checks by code; lint warnings by code and parameter; for two code reviews, the
 * findings matched by their stable fingerprint.
 *
 * @param findings null unless both sessions are code reviews with findings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionDiff(String sessionId, String against, String templateId, String againstTemplateId,
                          List<ParameterChange> parameters, Changes<CheckFinding> checks, Changes<JsonNode> warnings,
                          FindingChanges findings) {

    /**
     * One parameter that differs.
     *
     * @param change {@code changed}, {@code added} (only this session has it) or {@code removed}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterChange(String name, String change, JsonNode before, JsonNode after) {
    }

    /** Items only this session has ({@code added}), only the baseline has ({@code gone}), and both have. */
    public record Changes<T>(List<T> added, List<T> gone, List<T> unchanged) {
    }

    /** A finding with its fingerprint. */
    public record FingerprintedFinding(String fingerprint, Finding finding) {
    }

    /** Review findings: new in this session, fixed since the baseline, and found in both. */
    public record FindingChanges(List<FingerprintedFinding> newFindings, List<FingerprintedFinding> fixed,
                                 List<FingerprintedFinding> unchanged) {
    }
}
