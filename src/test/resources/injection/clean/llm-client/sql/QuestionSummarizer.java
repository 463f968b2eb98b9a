package com.example.sql;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to translate the question into a read-only SQL query. The system prompt sets the task; the SQL questions go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class QuestionSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with SQL questions.
            Your task: translate the question into a read-only SQL query.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public QuestionSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
