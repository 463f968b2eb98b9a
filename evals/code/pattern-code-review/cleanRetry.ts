import { logger } from "./logger";
import { metrics } from "./metrics";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  deadlineMs: number;
}

export class PermanentError extends Error {}

/** Retries transient failures with full jitter, within both an attempt limit and a deadline. */
export async function withRetry<T>(op: (signal: AbortSignal) => Promise<T>, policy: RetryPolicy,
                                   wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  const deadline = Date.now() + policy.deadlineMs;
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
    try {
      return await op(controller.signal);
    } catch (err) {
      const last = attempt >= policy.maxAttempts || err instanceof PermanentError;
      metrics.increment("retry.failure", { last: String(last) });
      if (last) {
        throw err;
      }
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.random() * ceiling;
      if (Date.now() + delay >= deadline) {
        throw err;
      }
      logger.debug("retrying", { attempt, delay });
      await wait(delay);
    } finally {
      clearTimeout(timer);
    }
  }
}
