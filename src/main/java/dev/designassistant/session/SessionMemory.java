package dev.designassistant.session;

import dev.designassistant.llm.ChatTurn;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A session's conversation as langchain4j chat memory backed by the session store (no parallel in-memory copy),
 * handed to the LLM gateway as plain turns.
 */
@ApplicationScoped
public class SessionMemory {

    private final JdbcChatMemoryStore store;
    private final int window;

    public SessionMemory(JdbcChatMemoryStore store, SessionMemoryConfig config) {
        this.store = store;
        this.window = config.memoryMessages();
    }

    /** The latest messages of the session (at most the configured window), oldest first. */
    public List<ChatTurn> conversation(String sessionId) {
        ChatMemory memory = MessageWindowChatMemory.builder()
                .id(sessionId)
                .maxMessages(window)
                .chatMemoryStore(store)
                .build();
        return memory.messages().stream().map(SessionMemory::turn).toList();
    }

    private static ChatTurn turn(ChatMessage message) {
        return switch (message) {
            case UserMessage user -> ChatTurn.user(user.singleText());
            case AiMessage ai -> ChatTurn.assistant(ai.text());
            default -> throw new IllegalStateException("sessions hold user and assistant messages only");
        };
    }
}
