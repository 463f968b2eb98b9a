import CircuitBreaker from "opossum";
import { CatalogApi, HttpError, Product } from "./catalogApi";
import { ProductCache } from "./productCache";
import { metrics } from "./metrics";
import { logger } from "./logger";

export function catalogBreaker(api: CatalogApi, cache: ProductCache) {
  const breaker = new CircuitBreaker((id: string) => api.product(id), {
    timeout: 2000,
    errorThresholdPercentage: 50,
    volumeThreshold: 20,
    rollingCountTimeout: 10000,
    resetTimeout: 15000,
    errorFilter: (err: unknown) => err instanceof HttpError && err.status < 500,
  });
  for (const event of ["open", "halfOpen", "close"] as const) {
    breaker.on(event, () => {
      metrics.increment(`catalog.breaker.${event}`);
      logger.warn("catalog breaker state", { state: event });
    });
  }
  breaker.fallback((id: string) => {
    const cached = cache.get(id);
    return cached ? { ...cached, stale: true } : { id, unavailable: true };
  });
  return breaker;
}

export function closeCatalogBreaker(breaker: CircuitBreaker) {
  breaker.shutdown();
}
