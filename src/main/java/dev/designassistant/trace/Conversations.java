package dev.designassistant.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * The session a model call belongs to, carried in the OpenTelemetry context from the chain step that makes the call
 * to the gateway's span ({@code gen_ai.conversation.id}), so that no API between them changes for it.
 */
public final class Conversations {

    private static final ContextKey<String> SESSION = ContextKey.named("dev.designassistant.session");

    private Conversations() {
    }

    /** The context with the session's id. */
    public static Context with(Context context, String sessionId) {
        return context.with(SESSION, sessionId);
    }

    /** The session id of the current context, or null outside a chain step. */
    public static String current() {
        return Context.current().get(SESSION);
    }
}
