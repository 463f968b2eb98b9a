import CircuitBreaker from "opossum";
import { CatalogApi, Product } from "./catalogApi";
import { metrics } from "./metrics";

export function catalogBreaker(api: CatalogApi) {
  const breaker = new CircuitBreaker((id: string) => api.product(id), {
    timeout: false,
    errorThresholdPercentage: 50,
    volumeThreshold: 20,
    resetTimeout: 15000,
  });
  breaker.on("open", () => metrics.increment("catalog.breaker.open"));
  breaker.on("close", () => metrics.increment("catalog.breaker.close"));
  breaker.fallback((id: string) => ({ id, name: "Unavailable", price: 0 } as Product));
  return breaker;
}

export async function productPage(breaker: CircuitBreaker<[string], Product>, id: string) {
  const product = await breaker.fire(id);
  if (product.price === 0) {
    return { status: 503 };
  }
  return { status: 200, product };
}
