package dev.designassistant.brief;

import dev.designassistant.session.SessionStatus;

import java.util.List;

/** The 202 answer to a brief: the session to follow, what was rendered and the chain's questions. */
public record BriefAccepted(String sessionId, String status, String templateId, String model, String prompt,
                            List<LintWarning> warnings, List<String> followUps, String events) {

    static BriefAccepted of(RunningBrief accepted) {
        return new BriefAccepted(accepted.sessionId(), SessionStatus.RUNNING.text(), accepted.brief().template().id(), accepted.model(),
                accepted.brief().prompt(), accepted.brief().warnings(), accepted.followUps(),
                "/api/sessions/" + accepted.sessionId() + "/events");
    }
}
