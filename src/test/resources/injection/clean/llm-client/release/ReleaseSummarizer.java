package com.example.release;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to write release notes from the merged pull requests. The system prompt sets the task; the release notes go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class ReleaseSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with release notes.
            Your task: write release notes from the merged pull requests.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public ReleaseSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
