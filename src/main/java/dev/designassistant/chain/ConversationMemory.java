package dev.designassistant.chain;

import dev.designassistant.llm.ChatTurn;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A session's memory as the LLM is given it: the latest stored messages (at most {@code assistant.memory.
 * memory-messages}), oldest first, read in one step from the session store. The store is the memory: every
 * question is stored before its call and every answer right after, so there is no second copy to keep in step.
 */
@ApplicationScoped
public class ConversationMemory {

    private final SessionStore store;
    private final int window;

    public ConversationMemory(SessionStore store, MemoryConfig config) {
        this.store = store;
        this.window = Math.max(1, config.memoryMessages());
    }

    /** The latest messages of the session (at most the configured window), oldest first. */
    public List<ChatTurn> conversation(String sessionId) {
        List<Message> messages = store.messages(sessionId);
        return messages.subList(Math.max(0, messages.size() - window), messages.size()).stream()
                .map(ConversationMemory::turn)
                .toList();
    }

    private static ChatTurn turn(Message message) {
        return switch (message.role()) {
            case Message.USER -> ChatTurn.user(message.content());
            case Message.ASSISTANT -> ChatTurn.assistant(message.content());
            default -> throw new IllegalStateException("sessions hold user and assistant messages only");
        };
    }
}
