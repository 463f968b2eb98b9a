package dev.designassistant.brief;

import dev.designassistant.check.CheckFinding;

import java.util.List;

/** The 202 answer to a brief: the session to follow, what was rendered and the chain's questions. */
public record BriefAccepted(String sessionId, String status, String templateId, String model, String prompt,
                            List<LintWarning> warnings, List<String> followUps, String events,
                            List<CheckFinding> checks) {

    static BriefAccepted of(AcceptedBrief accepted) {
        return new BriefAccepted(accepted.sessionId(), "running", accepted.brief().template().id(), accepted.model(),
                accepted.brief().prompt(), accepted.brief().warnings(), accepted.followUps(),
                "/api/sessions/" + accepted.sessionId() + "/events", accepted.brief().checks());
    }
}
