package dev.designassistant.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Code reviews ({@code assistant.review.*}). */
@ConfigMapping(prefix = "assistant.review")
public interface ReviewConfig {

    /** Severity of a {@value Finding#PROMPT_INJECTION} finding: critical, major or minor. */
    @WithDefault("major")
    Severity injectionSeverity();

    /** Where the tool is documented: SARIF's informationUri (read by {@link SarifWriter}). */
    Optional<String> informationUri();
}
