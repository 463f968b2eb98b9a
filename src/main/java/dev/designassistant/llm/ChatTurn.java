package dev.designassistant.llm;

import java.util.Objects;

/**
 * One message of a conversation with the LLM.
 *
 * @param role    who speaks
 * @param content what is said
 */
public record ChatTurn(Role role, String content) {

    /** Who speaks a turn. */
    public enum Role { SYSTEM, USER, ASSISTANT }

    public ChatTurn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** A system instruction. */
    public static ChatTurn system(String content) {
        return new ChatTurn(Role.SYSTEM, content);
    }

    /** A user message. */
    public static ChatTurn user(String content) {
        return new ChatTurn(Role.USER, content);
    }

    /** An earlier answer of the model. */
    public static ChatTurn assistant(String content) {
        return new ChatTurn(Role.ASSISTANT, content);
    }
}
