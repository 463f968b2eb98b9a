package dev.designassistant.brief;

import dev.designassistant.check.CheckFinding;
import dev.designassistant.session.SessionStatus;

import java.util.List;

/** The 202 answer to a brief: the session to follow, what was rendered and the chain's questions. */
public record BriefAccepted(String sessionId, String status, String templateId, String model, String prompt,
                            List<LintWarning> warnings, List<String> followUps, String events,
                            List<CheckFinding> checks) {

    static BriefAccepted of(RunningBrief running) {
        return new BriefAccepted(running.sessionId(), SessionStatus.RUNNING.text(), running.brief().template().id(),
                running.model(), running.brief().prompt(), running.brief().warnings(), running.followUps(),
                "/api/sessions/" + running.sessionId() + "/events", running.brief().checks());
    }
}
