package dev.designassistant.chain;

import dev.designassistant.injection.UntrustedData;
import dev.designassistant.llm.ChatTurn;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's memory as the LLM is given it: the latest stored messages (at most {@code assistant.memory.
 * memory-messages}), oldest first, read in one step from the session store. The store is the memory: every
 * question is stored before its call and every answer right after, so there is no second copy to keep in step.
 * When the session's first question holds untrusted data (code under review), a system message comes first and says
 * what its boundary is and that instructions inside it are reported, not followed ({@link UntrustedData}).
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
        List<ChatTurn> turns = new ArrayList<>();
        // the first question holds the session's untrusted data, if any: the system message names its boundary
        messages.stream().filter(m -> Message.USER.equals(m.role())).findFirst()
                .flatMap(first -> UntrustedData.systemMessage(first.content())).map(ChatTurn::system)
                .ifPresent(turns::add);
        messages.subList(Math.max(0, messages.size() - window), messages.size()).stream()
                .map(ConversationMemory::turn).forEach(turns::add);
        return List.copyOf(turns);
    }

    private static ChatTurn turn(Message message) {
        return switch (message.role()) {
            case Message.USER -> ChatTurn.user(message.content());
            case Message.ASSISTANT -> ChatTurn.assistant(message.content());
            default -> throw new IllegalStateException("sessions hold user and assistant messages only");
        };
    }
}
