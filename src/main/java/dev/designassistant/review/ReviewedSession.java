package dev.designassistant.review;

import dev.designassistant.session.AnsweredBy;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionView;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A stored session read as a code review: its template's checklist and the findings of its last answer, with the
 * deterministic injection scan's findings over its code (computed again from the stored parameters). A session
 * of a review template asked as a free-form brief, or a review that failed, has none.
 */
public record ReviewedSession(String sessionId, ReviewTemplates.ReviewTemplate review, List<Finding> findings,
                              ReviewedCode code, AnsweredBy answeredBy) {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The review in the session, if its template is a review template and its last answer conforms. */
    public static Optional<ReviewedSession> of(SessionView view, ReviewTemplates templates) {
        Optional<ReviewTemplates.ReviewTemplate> review = templates.find(view.session().templateId());
        Optional<Message> last = view.messages().stream().filter(m -> Message.ASSISTANT.equals(m.role()))
                .max(Comparator.comparingInt(Message::seq));
        if (review.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        FindingsReply reply = FindingsReply.read(last.get().content(), review.get().schema());
        if (!reply.conforms()) {
            return Optional.empty();
        }
        com.fasterxml.jackson.databind.JsonNode parameters = parameters(view);
        List<Finding> findings = Finding.merged(templates.injectionFindings(review.get(), parameters),
                reply.findings());
        return Optional.of(new ReviewedSession(view.session().id(), review.get(), findings,
                ReviewedCode.of(review.get().template(), parameters), last.get().answeredBy()));
    }

    /** The template's checklist. */
    public ReviewChecklist checklist() {
        return review.checklist();
    }

    /** The findings as a SARIF 2.1.0 log. */
    public String sarif() {
        return SarifWriter.write(review, sessionId, findings, code, answeredBy).toPrettyString();
    }

    /** The findings as a GitLab Code Quality report. */
    public String codeQuality() {
        return CodeQualityWriter.write(review, findings, code).toPrettyString();
    }

    /** The findings as a JUnit XML report: a test case per file, a failure per finding. */
    public String junit() {
        return JUnitWriter.write(review, sessionId, findings, code);
    }

    private static com.fasterxml.jackson.databind.JsonNode parameters(SessionView view) {
        try {
            return JSON.readTree(view.session().parameters());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }
}
