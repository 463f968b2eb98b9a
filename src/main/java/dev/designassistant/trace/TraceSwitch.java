package dev.designassistant.trace;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns the OpenTelemetry SDK on only where traces have somewhere to go: {@code quarkus.otel.sdk.disabled} is
 * {@code true} unless an OTLP endpoint is configured ({@code OTEL_EXPORTER_OTLP_ENDPOINT},
 * {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} or their {@code quarkus.otel.exporter.otlp.*} forms), so that a service
 * nobody collects traces from neither records spans nor tries to reach a collector at {@code localhost:4317}.
 * {@code OTEL_SDK_DISABLED} and {@code quarkus.otel.sdk.disabled} set anywhere decide instead (this source has a
 * lower ordinal than application.properties, the environment and system properties).
 */
public class TraceSwitch implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of(
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint",
            "otel.exporter.otlp.endpoint", "otel.exporter.otlp.traces.endpoint");
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String standard = value(context, "otel.sdk.disabled");
        String disabled = standard != null ? standard
                : String.valueOf(ENDPOINTS.stream().allMatch(name -> value(context, name) == null));
        return List.of(new MapBackedConfigSource("assistant-trace-switch", Map.of(SDK_DISABLED, disabled), ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue().strip();
    }
}
