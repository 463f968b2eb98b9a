package dev.designassistant.brief;

import dev.designassistant.chain.SessionDetails;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.session.Message;

import java.util.List;

/**
 * The 200 answer to a brief posted with {@code Prefer: wait=N} whose chain finished in time: the session, the
 * design answer and every follow-up's answer.
 */
public record BriefAnswered(String sessionId, String status, String templateId, String model, String prompt,
                            List<LintWarning> warnings, String answer, List<Message> messages,
                            SessionDetails.Usage usage, long latencyMillis, List<CheckFinding> checks) {

    static BriefAnswered of(RunningBrief accepted, SessionDetails session) {
        List<Message> answers = session.messages().stream().filter(m -> Message.ASSISTANT.equals(m.role())).toList();
        long latency = answers.stream().mapToLong(m -> m.latencyMs() == null ? 0 : m.latencyMs()).sum();
        return new BriefAnswered(accepted.sessionId(), session.status(), accepted.brief().template().id(),
                accepted.model(), accepted.brief().prompt(), accepted.brief().warnings(),
                answers.isEmpty() ? null : answers.get(0).content(), session.messages(), session.usage(), latency,
                accepted.brief().checks());
    }
}
