package shop.order;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.jboss.logging.Logger;

public class CleanOrderSaga {

    private static final Logger log = Logger.getLogger(CleanOrderSaga.class);
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);

    private final SagaRepository sagas;
    private final InventoryClient inventory;
    private final PaymentClient payments;
    private final MeterRegistry metrics;

    public CleanOrderSaga(SagaRepository sagas, InventoryClient inventory, PaymentClient payments, MeterRegistry metrics) {
        this.sagas = sagas;
        this.inventory = inventory;
        this.payments = payments;
        this.metrics = metrics;
    }

    public void place(Order order, String correlationId) {
        SagaState state = sagas.createOrLoad(order.id(), correlationId); // unique per order, optimistic version
        try {
            if (!state.done("reserve")) {
                inventory.reserve(order.id(), order.items(), correlationId, STEP_TIMEOUT);
                state = sagas.markDone(state, "reserve");
            }
            if (!state.done("charge")) {
                payments.charge(order.id(), order.total(), "charge:" + order.id(), correlationId, STEP_TIMEOUT);
                state = sagas.markDone(state, "charge");
            }
            sagas.complete(state);
            metrics.counter("saga.completed", "saga", "order").increment();
        } catch (StepFailedException | StepTimeoutException e) {
            log.warnf(e, "order saga %s failed at %s (correlation %s); compensating", order.id(), state.current(), correlationId);
            metrics.counter("saga.compensated", "saga", "order", "step", state.current()).increment();
            compensate(state, order, correlationId);
        }
    }

    private void compensate(SagaState state, Order order, String correlationId) {
        if (state.done("charge")) {
            payments.refund(order.id(), "refund:" + order.id(), correlationId, STEP_TIMEOUT); // idempotency key
        }
        if (state.done("reserve")) {
            inventory.release(order.id(), "release:" + order.id(), correlationId, STEP_TIMEOUT); // idempotent
        }
        sagas.compensated(state);
    }
}
