package dev.designassistant.session;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * langchain4j's chat-memory store over the session tables. Reads the stored conversation; messages are written
 * by {@link SessionStore} with their step, model and token figures, so {@link #updateMessages} only checks that
 * memory and store agree and {@link #deleteMessages} leaves deletion to the session's own delete.
 */
@ApplicationScoped
public class JdbcChatMemoryStore implements ChatMemoryStore {

    private final SessionStore sessions;

    public JdbcChatMemoryStore(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return sessions.messages(String.valueOf(memoryId)).stream()
                .map(m -> Message.USER.equals(m.role()) ? (ChatMessage) UserMessage.from(m.content()) : AiMessage.from(m.content()))
                .toList();
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        // Nothing to write: SessionStore stored every message, with its metadata, before memory saw it.
    }

    @Override
    public void deleteMessages(Object memoryId) {
        // A session's messages go with the session (DELETE /api/sessions/{id}, on delete cascade).
    }
}
