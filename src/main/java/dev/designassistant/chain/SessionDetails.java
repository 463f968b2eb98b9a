package dev.designassistant.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.check.DesignChecks;
import dev.designassistant.ledger.LedgerSummary;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStatus;
import dev.designassistant.session.SessionView;
import dev.designassistant.session.StepKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /api/sessions/{id}}: the brief, the chain's status step by step, the transcript and token totals. The
 * design checks are computed again from the stored parameters (they are a pure function of template and values).
 */
public record SessionDetails(String id, String templateId, String templateHash, String model, String status,
                             JsonNode parameters, JsonNode warnings, List<ChainStep> steps, List<Message> messages,
                             Usage usage, Instant createdAt, Instant updatedAt, List<CheckFinding> checks,
                             LedgerSummary ledger) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
    };

    /** The details of a stored session. */
    public static SessionDetails of(SessionView view) {
        return of(view, checksOf(view.session()));
    }

    /** The details of a stored session whose design checks the caller has at hand (the brief it just accepted). */
    public static SessionDetails of(SessionView view, List<CheckFinding> checks) {
        Session s = view.session();
        long in = view.messages().stream().map(Message::inputTokens).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        long out = view.messages().stream().map(Message::outputTokens).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        try {
            return new SessionDetails(s.id(), s.templateId(), s.templateHash(), s.model(), statusOf(view.steps()),
                    JSON.readTree(s.parameters()), JSON.readTree(s.warnings()), view.steps(), view.messages(),
                    new Usage(in, out, costOf(view.messages())), s.createdAt(), s.updatedAt(),
                    checks,
                    ledgerOf(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }

    /** The session's design checks, computed from its stored parameters. */
    public static List<CheckFinding> checksOf(Session s) {
        try {
            return DesignChecks.check(s.templateId(), JSON.readValue(s.parameters(), PARAMETERS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }

    /**
     * The consistency ledger's summary (session JSON and reports), if the chain has a ledger step: most chains have
     * none, and pairing every step with its answer is then work for nothing.
     */
    public static LedgerSummary ledgerOf(SessionView view) {
        return view.steps().stream().anyMatch(step -> step.kind() == StepKind.LEDGER)
                ? LedgerSummary.of(stepAnswers(view)).orElse(null) : null;
    }

    /** Each step's kind and answer, in order: what the consistency ledger is read from. */
    private static List<LedgerSummary.StepAnswer> stepAnswers(SessionView view) {
        return view.steps().stream().map(step -> new LedgerSummary.StepAnswer(step.index(), step.kind().name(),
                view.messages().stream().filter(m -> Message.ASSISTANT.equals(m.role())
                        && Objects.equals(m.step(), step.index())).map(Message::content).findFirst().orElse(null)))
                .toList();
    }

    /**
     * Tokens spent by the whole session, and what they cost at the configured prices (absent without prices).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Usage(long inputTokens, long outputTokens, Double cost) {
    }

    /** The answers' cost summed; null when none has one (no prices configured). */
    private static Double costOf(List<Message> messages) {
        return messages.stream().map(Message::cost).filter(Objects::nonNull).reduce(Double::sum)
                .map(c -> Math.round(c * 1e8) / 1e8).orElse(null);
    }

    /** "running" while a step is pending or running, "failed" when one failed, else "done". */
    public static String statusOf(List<ChainStep> steps) {
        return SessionStatus.of(steps).text();
    }
}
