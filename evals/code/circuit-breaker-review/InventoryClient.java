package shop.inventory;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.timelimiter.annotation.TimeLimiter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

public class InventoryClient {

    private static final Logger log = Logger.getLogger(InventoryClient.class);

    private final InventoryApi api;
    private final StockCache cache;

    public InventoryClient(InventoryApi api, StockCache cache) {
        this.api = api;
        this.cache = cache;
    }

    /** Stock level; 4xx answers are InventoryClientException, ignored by the breaker (see config). */
    @CircuitBreaker(name = "inventory", fallbackMethod = "cachedStock")
    @TimeLimiter(name = "inventory")
    public CompletionStage<StockLevel> stock(String sku) {
        return api.stockAsync(sku).thenApply(level -> {
            cache.put(sku, level);
            return level;
        });
    }

    private CompletionStage<StockLevel> cachedStock(String sku, CallNotPermittedException open) {
        log.debugf("inventory breaker open, serving cached stock for %s", sku);
        return CompletableFuture.completedFuture(cache.get(sku).map(StockLevel::stale).orElse(StockLevel.unknown(sku)));
    }

    private CompletionStage<StockLevel> cachedStock(String sku, Exception failure) {
        log.warnf(failure, "inventory call failed for %s, serving cached stock", sku);
        return CompletableFuture.completedFuture(cache.get(sku).map(StockLevel::stale).orElse(StockLevel.unknown(sku)));
    }
}
