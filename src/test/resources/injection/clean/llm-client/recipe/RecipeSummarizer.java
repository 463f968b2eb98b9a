package com.example.recipe;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to list the ingredients with quantities in metric units. The system prompt sets the task; the recipes go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class RecipeSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with recipes.
            Your task: list the ingredients with quantities in metric units.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public RecipeSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
