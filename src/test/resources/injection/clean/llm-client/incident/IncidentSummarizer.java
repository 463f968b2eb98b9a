package com.example.incident;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to draft a timeline of the incident from the chat log. The system prompt sets the task; the incident reports go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class IncidentSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with incident reports.
            Your task: draft a timeline of the incident from the chat log.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public IncidentSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
