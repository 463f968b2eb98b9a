package dev.designassistant.llm;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Readiness entry "llm": each model's circuit breaker state as data ({@code "default": "CLOSED"}), plus
 * {@code available: false} when every breaker is open. It stays UP even then, by choice: every instance shares the
 * same LLM, so taking them all out of the load balancer would also stop templates, sessions and reports, and
 * clients would lose the 503 + Retry-After that tells them when to come back.
 */
@Readiness
@ApplicationScoped
public class LlmReadiness implements HealthCheck {

    /** Data key telling whether any model's breaker lets calls through; no model may take this name. */
    static final String AVAILABLE = "available";

    private final LlmGateway gateway;

    public LlmReadiness(LlmGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> states = gateway.breakerStates();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("llm").up();
        states.forEach(response::withData);
        boolean anyUsable = states.values().stream().anyMatch(s -> !s.equals("OPEN") && !s.equals("FORCED_OPEN"));
        return response.withData(AVAILABLE, anyUsable).build();
    }
}
