package dev.designassistant.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

/**
 * The built-in demo model answered in this process, for the commands that open no HTTP port ({@code review},
 * {@code mcp} over stdio): the same answer {@link DemoModelResource} gives over HTTP, behind the same pipeline.
 */
final class DemoChatModel implements ChatModel {

    @Override
    public ChatResponse doChat(ChatRequest request) {
        String prompt = "";
        int userTurns = 0;
        int promptTokens = 0;
        for (ChatMessage message : request.messages()) {
            String content = text(message);
            promptTokens += DemoAnswer.tokens(content);
            if (message instanceof UserMessage) {
                prompt = content;
                userTurns++;
            }
        }
        String answer = DemoAnswer.compose(prompt, userTurns);
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .modelName(DemoAnswer.MODEL_ID)
                .finishReason(FinishReason.STOP)
                .tokenUsage(new TokenUsage(promptTokens, DemoAnswer.tokens(answer)))
                .build();
    }

    private static String text(ChatMessage message) {
        return switch (message) {
            case UserMessage user -> user.hasSingleText() ? user.singleText() : "";
            case SystemMessage system -> system.text();
            case AiMessage ai -> ai.text() == null ? "" : ai.text();
            default -> "";
        };
    }
}
