package dev.designassistant.session;

import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** SQL for the span a session's steps continue from (table {@code session_trace}), on one transaction's handle. */
record TraceDao(Handle h) {

    void insert(String sessionId, String traceParent) {
        h.createUpdate("insert into session_trace (session_id, trace_parent) values (:sessionId, :traceParent)")
                .bind("sessionId", sessionId).bind("traceParent", traceParent)
                .execute();
    }

    Optional<String> find(String sessionId) {
        return h.createQuery("select trace_parent from session_trace where session_id = :sessionId")
                .bind("sessionId", sessionId)
                .mapTo(String.class).findOne();
    }
}
