import logging

from .metrics import saga_outcomes

log = logging.getLogger(__name__)
STEP_TIMEOUT_S = 10


class ClaimSaga:
    """Pays a claim: hold for fraud review, pay out, notify. Each step is recorded before the next starts."""

    def __init__(self, fraud, payouts, notifications, store):
        self.fraud = fraud
        self.payouts = payouts
        self.notifications = notifications
        self.store = store

    def run(self, claim, correlation_id):
        saga = self.store.begin_or_resume(claim.id, correlation_id)  # one saga per claim, row-locked
        try:
            if not saga.done("hold"):
                self.fraud.hold(claim.id, key=f"hold:{claim.id}", correlation_id=correlation_id, timeout=STEP_TIMEOUT_S)
                saga = self.store.mark(saga, "hold")
            if not saga.done("pay"):
                self.payouts.pay(claim.id, claim.amount, key=f"pay:{claim.id}", correlation_id=correlation_id, timeout=STEP_TIMEOUT_S)
                saga = self.store.mark(saga, "pay")
            self.notifications.send(claim.customer_id, "claim-paid", key=f"notify:{claim.id}", correlation_id=correlation_id)
            self.store.finish(saga)
            saga_outcomes.labels(outcome="completed").inc()
        except (StepFailed, StepTimeout) as failure:
            log.warning("claim saga %s failed at %s (correlation %s): %s", claim.id, saga.current, correlation_id, failure)
            saga_outcomes.labels(outcome="compensated").inc()
            self.compensate(saga, claim, correlation_id)

    def compensate(self, saga, claim, correlation_id):
        if saga.done("pay"):
            self.payouts.reverse(claim.id, key=f"reverse:{claim.id}", correlation_id=correlation_id, timeout=STEP_TIMEOUT_S)
        if saga.done("hold"):
            self.fraud.release(claim.id, key=f"release:{claim.id}", correlation_id=correlation_id, timeout=STEP_TIMEOUT_S)
        self.store.compensated(saga)
