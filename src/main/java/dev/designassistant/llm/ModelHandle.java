package dev.designassistant.llm;

import dev.langchain4j.model.chat.ChatModel;

/**
 * A configured model's settings, pipeline and chat model. The chat model is built on first use: the demo model's
 * URL needs the HTTP port, which is only known once the server listens.
 */
final class ModelHandle {

    private final ModelSettings settings;
    private final ModelPipeline pipeline;
    private final ChatModelFactory factory;
    private final SecretRedactor redactor;
    private volatile ChatModel chatModel;

    ModelHandle(ModelSettings settings, ModelPipeline pipeline, ChatModelFactory factory, SecretRedactor redactor) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.factory = factory;
        this.redactor = redactor;
    }

    ModelSettings settings() {
        return settings;
    }

    ModelPipeline pipeline() {
        return pipeline;
    }

    ChatModel chatModel() {
        ChatModel model = chatModel;
        if (model == null) {
            synchronized (this) {
                if (chatModel == null) {
                    chatModel = factory.create(settings, redactor);
                }
                model = chatModel;
            }
        }
        return model;
    }
}
