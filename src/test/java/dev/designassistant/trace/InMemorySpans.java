package dev.designassistant.trace;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The tests' span exporter: every finished span, in memory (OpenTelemetry's own {@link InMemorySpanExporter}).
 * Quarkus adds every {@link SpanProcessor} bean to the SDK; with the SDK off (every other test) it is never called.
 */
@ApplicationScoped
public class InMemorySpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    SpanProcessor processor() {
        return SimpleSpanProcessor.create(exporter);
    }

    public List<SpanData> finished() {
        return exporter.getFinishedSpanItems();
    }

    public List<SpanData> ofTrace(String traceId) {
        return finished().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    public void reset() {
        exporter.reset();
    }
}
