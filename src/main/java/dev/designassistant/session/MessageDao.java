package dev.designassistant.session;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** SQL for a session's messages, kept in conversation order by a per-session sequence number. */
@RegisterConstructorMapper(Message.class)
interface MessageDao {

    /** Where the next message of the session goes; read with the session row locked. */
    @SqlQuery("select coalesce(max(seq), 0) + 1 from message where session_id = :sessionId")
    int nextSeq(String sessionId);

    @SqlUpdate("insert into message (session_id, seq, role, content, step_idx, model, input_tokens, output_tokens, "
            + "latency_ms, created_at) values (:sessionId, :seq, :m.role, :m.content, :m.step, :m.model, "
            + ":m.inputTokens, :m.outputTokens, :m.latencyMs, :m.createdAt)")
    void insert(String sessionId, int seq, @BindMethods("m") Message message);

    /** Input and output tokens the session's answers have used so far. */
    @SqlQuery("select coalesce(sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0)), 0) from message "
            + "where session_id = :sessionId")
    long tokensUsed(String sessionId);

    /** Where the step's message of that role stands in the conversation, if it is stored. */
    @SqlQuery("select seq from message where session_id = :sessionId and step_idx = :step and role = :role")
    OptionalInt seqOf(String sessionId, int step, String role);

    @SqlQuery("select seq, role, content, step_idx as step, model, input_tokens, output_tokens, latency_ms, "
            + "created_at from message where session_id = :sessionId order by seq")
    List<Message> list(String sessionId);

    /** Appends a message after the session's last one; call with the session row locked. Its place. */
    default int append(String sessionId, Message message) {
        int seq = nextSeq(sessionId);
        insert(sessionId, seq, message);
        return seq;
    }

    /** Stores a step's question as the user message; for a step asked for the first time. */
    default void appendQuestion(String sessionId, ChainStep step, Instant now) {
        append(sessionId, new Message(0, Message.USER, step.question(), step.index(), null, null, null, null, now));
    }

    /** Stores a step's question as the user message, once: a step resumed after a crash keeps its stored question. */
    default void appendQuestionOnce(String sessionId, ChainStep step, Instant now) {
        if (seqOf(sessionId, step.index(), Message.USER).isEmpty()) {
            appendQuestion(sessionId, step, now);
        }
    }
}
