package shop.order;

import java.util.UUID;
import org.jboss.logging.Logger;

public class OrderSaga {

    private static final Logger log = Logger.getLogger(OrderSaga.class);

    private final InventoryClient inventory;
    private final PaymentClient payments;
    private final ShippingClient shipping;
    private final SagaLog sagaLog;

    public OrderSaga(InventoryClient inventory, PaymentClient payments, ShippingClient shipping, SagaLog sagaLog) {
        this.inventory = inventory;
        this.payments = payments;
        this.shipping = shipping;
        this.sagaLog = sagaLog;
    }

    public void place(Order order) {
        String sagaId = UUID.randomUUID().toString();
        sagaLog.started(sagaId, order.id());
        inventory.reserve(sagaId, order.id(), order.items());
        sagaLog.stepDone(sagaId, "reserve");
        try {
            payments.charge(sagaId, order.id(), order.total());
            sagaLog.stepDone(sagaId, "charge");
        } catch (PaymentDeclinedException e) {
            inventory.release(sagaId, order.id());
            sagaLog.compensated(sagaId, "payment declined");
            return;
        }
        try {
            shipping.schedule(sagaId, order.id(), order.address());
            sagaLog.completed(sagaId);
        } catch (ShippingException e) {
            inventory.release(sagaId, order.id());
            sagaLog.compensated(sagaId, "shipping failed");
        }
    }

    public void releaseQuietly(String sagaId, String orderId) {
        try {
            inventory.release(sagaId, orderId);
        } catch (RuntimeException e) {
        }
    }
}
