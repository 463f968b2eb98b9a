package dev.designassistant.session;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * SQL for a session's messages, on one transaction's handle, kept in conversation order by a per-session sequence
 * number. (Why a class over Jdbi's fluent API: {@link SessionDao}.)
 */
final class MessageDao {

    private final Handle h;

    MessageDao(Handle h) {
        this.h = h;
    }

    /** Where the next message of the session goes; read with the session row locked. */
    int nextSeq(String sessionId) {
        return h.createQuery("select coalesce(max(seq), 0) + 1 from message where session_id = :sessionId")
                .bind("sessionId", sessionId)
                .map(RowMapping.INT).one();
    }

    void insert(String sessionId, int seq, Message m) {
        h.createUpdate("insert into message (session_id, seq, role, content, step_idx, model, model_id, "
                        + "finish_reason, fallback_from, skipped, cached, input_tokens, output_tokens, cost, latency_ms, "
                        + "created_at) values (:sessionId, :seq, :role, :content, :step, :model, :modelId, "
                        + ":finishReason, :fallbackFrom, :skipped, :cached, :inputTokens, :outputTokens, :cost, "
                        + ":latencyMs, :createdAt)")
                .bind("sessionId", sessionId).bind("seq", seq).bind("role", m.role()).bind("content", m.content())
                .bind("step", m.step()).bind("model", m.model()).bind("modelId", m.modelId())
                .bind("finishReason", m.finishReason()).bind("fallbackFrom", m.fallbackFrom())
                .bind("skipped", Message.SkippedModel.store(m.skipped())).bind("cached", m.cached())
                .bind("inputTokens", m.inputTokens()).bind("outputTokens", m.outputTokens()).bind("cost", m.cost())
                .bind("latencyMs", m.latencyMs()).bind("createdAt", m.createdAt())
                .execute();
    }

    /** Input and output tokens the session's answers have used so far (answers from the cache spent none). */
    long tokensUsed(String sessionId) {
        return h.createQuery("select coalesce(sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0)), 0) "
                        + "from message where session_id = :sessionId and cached is not true")
                .bind("sessionId", sessionId)
                .map(RowMapping.LONG).one();
    }

    /** Where the step's message of that role stands in the conversation, if it is stored. */
    OptionalInt seqOf(String sessionId, int step, String role) {
        return h.createQuery("select seq from message where session_id = :sessionId and step_idx = :step "
                        + "and role = :role")
                .bind("sessionId", sessionId).bind("step", step).bind("role", role)
                .map(RowMapping.INT).findOne().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    List<Message> list(String sessionId) {
        return h.createQuery("select seq, role, content, step_idx as step, model, model_id, finish_reason, "
                        + "fallback_from, skipped, cached, input_tokens, output_tokens, cost, latency_ms, created_at "
                        + "from message where session_id = :sessionId order by seq")
                .bind("sessionId", sessionId)
                .map(RowMapping.MESSAGE).list();
    }

    /** Appends a message after the session's last one; call with the session row locked. Its place. */
    int append(String sessionId, Message message) {
        int seq = nextSeq(sessionId);
        insert(sessionId, seq, message);
        return seq;
    }

    /** Stores a new session's first message, its first step's question: the first place, with nothing to count. */
    void startWithQuestion(String sessionId, ChainStep step, Instant now) {
        insert(sessionId, 1, question(step, now));
    }

    /** Stores a step's question as the user message; for a step asked for the first time. */
    void appendQuestion(String sessionId, ChainStep step, Instant now) {
        append(sessionId, question(step, now));
    }

    /** Stores a step's question as the user message, once: a step resumed after a crash keeps its stored question. */
    void appendQuestionOnce(String sessionId, ChainStep step, Instant now) {
        if (seqOf(sessionId, step.index(), Message.USER).isEmpty()) {
            appendQuestion(sessionId, step, now);
        }
    }

    private static Message question(ChainStep step, Instant now) {
        return Message.question(step.question(), step.index(), now);
    }
}
