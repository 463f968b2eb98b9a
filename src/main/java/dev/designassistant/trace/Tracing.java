package dev.designassistant.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ExecutorService;

/**
 * The service's own tracer (docs/observability.md). With the OpenTelemetry SDK off (no OTLP endpoint configured,
 * see {@link TraceSwitch}) it is OpenTelemetry's no-op tracer and {@link #enabled()} is false, so that the code
 * that builds spans skips its work altogether: the SDK's minimal instance Quarkus gives then would still record
 * every span only to drop it.
 */
@ApplicationScoped
public class Tracing {

    /** The instrumentation scope of every span the service makes itself. */
    public static final String SCOPE = "dev.designassistant";

    private final boolean enabled;
    private final boolean content;
    private final Tracer tracer;

    public Tracing(OpenTelemetry openTelemetry,
                   @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true") boolean sdkDisabled,
                   TraceConfig config) {
        this.enabled = !sdkDisabled;
        this.content = enabled && config.content();
        this.tracer = (enabled ? openTelemetry : OpenTelemetry.noop()).getTracer(SCOPE);
    }

    /** Whether spans are recorded at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Whether prompts and answers go into spans ({@code assistant.traces.content}, off by default). */
    public boolean content() {
        return content;
    }

    public Tracer tracer() {
        return tracer;
    }

    /**
     * The executor, carrying the submitter's trace context to its tasks while tracing is on (a request's span to
     * the virtual thread that continues it); the executor itself while it is off, at no cost per task.
     */
    public ExecutorService propagating(ExecutorService executor) {
        return enabled ? Context.taskWrapping(executor) : executor;
    }
}
