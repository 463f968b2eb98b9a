package shop.pricing

import io.github.resilience4j.circuitbreaker.CircuitBreaker
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig
import java.time.Duration

class PricingClient(private val api: PricingApi) {

    private val breaker = CircuitBreaker.of(
        "pricing",
        CircuitBreakerConfig.custom()
            .slidingWindowSize(2)
            .minimumNumberOfCalls(1)
            .failureRateThreshold(10f)
            .waitDurationInOpenState(Duration.ofMinutes(5))
            .ignoreExceptions(PricingNotFound::class.java)
            .build(),
    )

    fun price(sku: String): Price {
        var attempt = 0
        while (true) {
            try {
                return breaker.executeSupplier { api.price(sku) }
            } catch (e: PricingUnavailable) {
                attempt++
                if (attempt >= 3) throw e
                Thread.sleep(500)
            }
        }
    }
}
