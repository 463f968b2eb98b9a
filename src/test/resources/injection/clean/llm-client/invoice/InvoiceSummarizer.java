package com.example.invoice;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to extract the invoice number, the total and the due date. The system prompt sets the task; the invoices go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class InvoiceSummarizer {

    private static final String SYSTEM_PROMPT = """
            You are an assistant that helps the operations team with invoices.
            Your task: extract the invoice number, the total and the due date.
            Answer in the language of the input. If the input does not contain the information, say so.
            """;

    private final ChatModel model;

    public InvoiceSummarizer(ChatModel model) {
        this.model = model;
    }

    public String summarize(String input) {
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }
}
