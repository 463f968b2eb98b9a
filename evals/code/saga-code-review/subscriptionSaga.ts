import { Logger } from "./logger";
import { SagaStore, SagaRecord } from "./sagaStore";
import { BillingApi, ProvisioningApi } from "./clients";

export class SubscriptionSaga {
  constructor(
    private readonly store: SagaStore,
    private readonly billing: BillingApi,
    private readonly provisioning: ProvisioningApi,
    private readonly log: Logger,
  ) {}

  async upgrade(accountId: string, plan: string, correlationId: string): Promise<void> {
    const existing = await this.store.findActive(accountId);
    const saga: SagaRecord = existing ?? (await this.store.create(accountId, plan, correlationId));
    await this.billing.changePlan(accountId, plan, { correlationId });
    await this.store.update(saga.id, { step: "billed" });
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        await this.provisioning.resize(accountId, plan, { correlationId });
        await this.store.update(saga.id, { step: "done" });
        this.log.info("upgrade complete", { accountId, correlationId });
        return;
      } catch (err) {
        this.log.warn("resize failed", { accountId, attempt, correlationId });
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
    await this.billing.changePlan(accountId, saga.previousPlan, { correlationId });
    await this.store.update(saga.id, { step: "compensated" });
  }
}
