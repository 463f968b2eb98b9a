package com.example.support;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to summarise the customer's problem in two sentences. The system prompt sets the task; the support tickets go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class TicketSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with support tickets.
            Your task: summarise the customer's problem in two sentences.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public TicketSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
