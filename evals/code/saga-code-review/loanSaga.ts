import { SagaRepository } from "./repository";
import { CreditBureau, CoreBanking, Documents } from "./services";

const STEP_TIMEOUT_MS = 15_000;

export async function openLoan(
  repo: SagaRepository,
  bureau: CreditBureau,
  bank: CoreBanking,
  docs: Documents,
  application: { id: string; amount: number; correlationId: string },
): Promise<void> {
  const saga = await repo.begin(application.id, application.correlationId);
  const score = await bureau.score(application.id, { timeoutMs: STEP_TIMEOUT_MS, correlationId: saga.correlationId });
  await repo.record(saga.id, "scored", { score });
  const account = await bank.openAccount(application.id, { timeoutMs: STEP_TIMEOUT_MS, correlationId: saga.correlationId });
  await repo.record(saga.id, "account-opened", { accountId: account.id });
  try {
    await docs.generateContract(application.id, account.id, { timeoutMs: STEP_TIMEOUT_MS, correlationId: saga.correlationId });
    await repo.record(saga.id, "contract-ready", {});
  } catch (err) {
    await bank.closeAccount(account.id, { idempotencyKey: `${saga.id}:close`, correlationId: saga.correlationId });
    await repo.record(saga.id, "compensated", {});
    throw err;
  }
}
