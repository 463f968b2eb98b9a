package warehouse.replenish;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

public class ReplenishmentSaga {

    private final CommandBus bus;
    private final SagaRepository sagas;
    private final Metrics metrics;

    public ReplenishmentSaga(CommandBus bus, SagaRepository sagas, Metrics metrics) {
        this.bus = bus;
        this.sagas = sagas;
        this.metrics = metrics;
    }

    public void start(Replenishment r) {
        SagaState state = SagaState.started(r.id(), r.correlationId());
        bus.send(new ReserveSupplierStock(r.id(), r.sku(), r.quantity(), r.correlationId()));
        sagas.save(state.awaiting("supplier-reserved"));
        metrics.counter("replenish.started").increment();
    }

    public void onSupplierReserved(SupplierReserved event) {
        SagaState state = sagas.load(event.replenishmentId());
        bus.send(new BookTransport(event.replenishmentId(), event.pickupDate(), state.correlationId()));
        sagas.save(state.awaiting("transport-booked"));
    }

    public void onTransportRejected(TransportRejected event) {
        SagaState state = sagas.load(event.replenishmentId());
        bus.send(new CancelSupplierReservation(event.replenishmentId(), state.correlationId()));
        sagas.save(state.compensating());
    }

    public void awaitCompletion(String id) throws InterruptedException {
        SagaState state = sagas.load(id);
        state.completion().await();
        metrics.timer("replenish.duration").record(Duration.between(state.startedAt(), java.time.Instant.now()));
    }
}
