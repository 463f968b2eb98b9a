package dev.designassistant.chain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of a session's conversation is sent to the LLM with each question. */
@ConfigMapping(prefix = "assistant.memory")
public interface MemoryConfig {

    /** Most messages (questions and answers) sent with a question; older ones are left out. */
    @WithDefault("100")
    int memoryMessages();
}
