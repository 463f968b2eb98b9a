import logging
import uuid

log = logging.getLogger(__name__)


class ClaimSaga:
    def __init__(self, fraud, payouts, notifications, store):
        self.fraud = fraud
        self.payouts = payouts
        self.notifications = notifications
        self.store = store

    def run(self, claim):
        saga_id = str(uuid.uuid4())
        self.store.begin(saga_id, claim.id)
        self.fraud.hold(claim.id, saga_id=saga_id)
        self.store.step(saga_id, "fraud-hold")
        try:
            payout = self.payouts.pay(claim.id, claim.amount, saga_id=saga_id)
            self.store.step(saga_id, "paid", payout_id=payout.id)
        except Exception:
            pass
        self.notifications.send(claim.customer_id, "Your claim is paid", saga_id=saga_id)
        self.fraud.release(claim.id, saga_id=saga_id)
        self.store.finish(saga_id)

    def undo(self, saga_id, claim):
        self.notifications.retract(claim.customer_id, saga_id=saga_id)
        self.payouts.reverse(claim.id, saga_id=saga_id)
