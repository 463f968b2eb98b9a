import { QuoteApi, Quote } from "./quoteApi";
import { logger } from "./logger";

export class QuoteBreaker {
  private failures = 0;
  private open = false;

  constructor(private readonly api: QuoteApi, private readonly threshold = 10) {
    setInterval(() => {
      this.failures = 0;
      this.open = false;
    }, 30_000);
  }

  async quote(symbol: string): Promise<Quote | undefined> {
    if (this.open) {
      logger.info("quote breaker open", { symbol });
      return undefined;
    }
    return this.api
      .quote(symbol, { timeoutMs: 1500 })
      .then((q) => {
        this.failures = 0;
        return q;
      })
      .catch(() => undefined);
  }
}
