package dev.designassistant.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.designassistant.brief.LintWarning;
import dev.designassistant.check.CheckFinding;

import java.util.List;

/**
 * The answer to {@code POST /api/sessions/{id}/revisions}: the new session, the one it revises, what was changed,
 * and its checks and warnings; {@code diff} compares the two.
 *
 * @param status {@code running} for a brief (its chain runs in the background), {@code done} for a code review
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Revision(String sessionId, String revisionOf, String templateId, String status, List<String> changed,
                       List<LintWarning> warnings, List<CheckFinding> checks, String diff) {
}
