import { httpPost } from "./http";
import { logger } from "./logger";

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function sendWebhook(url: string, payload: unknown): Promise<void> {
  let attempt = 0;
  while (true) {
    attempt++;
    try {
      await httpPost(url, payload, { timeoutMs: 5000 });
      return;
    } catch (err) {
      logger.warn("webhook failed", { url, attempt });
      await sleep(1000);
    }
  }
}

export async function chargeCustomer(api: string, customerId: string, cents: number) {
  await sendWebhook(`${api}/charges`, { customerId, cents });
}
