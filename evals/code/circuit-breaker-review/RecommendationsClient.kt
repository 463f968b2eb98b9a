package shop.recommendations

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker
import org.springframework.stereotype.Component

@Component
class RecommendationsClient(
    private val api: RecommendationsApi,
    private val cache: RecommendationsCache,
) {

    @CircuitBreaker(name = "inventory", fallbackMethod = "fallback")
    fun forCustomer(customerId: String): List<Recommendation> {
        val items = api.recommend(customerId)
        cache.put(customerId, items)
        return items
    }

    private fun fallback(customerId: String, e: Throwable): List<Recommendation> {
        return api.recommend(customerId, limit = 3)
    }
}
