package dev.designassistant.trace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code assistant.traces.*}: what the traces carry beyond the defaults (docs/observability.md). Where they go is
 * OpenTelemetry's own configuration ({@code OTEL_EXPORTER_OTLP_ENDPOINT} or {@code quarkus.otel.*}).
 */
@ConfigMapping(prefix = "assistant.traces")
public interface TraceConfig {

    /**
     * Prompts and answers as {@code gen_ai.input.messages} / {@code gen_ai.output.messages} on each model call's
     * span. Off by default: they are the users' designs and the model's answers.
     */
    @WithDefault("false")
    boolean content();

    /** A span per JDBC statement (the datasources' OpenTelemetry wrapper). Off by default: many short spans. */
    @WithDefault("false")
    boolean jdbc();

    /** JSON log lines (with {@code traceId} and {@code spanId} of the current span) instead of plain text. */
    @WithDefault("false")
    boolean jsonLogs();
}
