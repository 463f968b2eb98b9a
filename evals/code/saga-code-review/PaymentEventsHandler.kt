package shop.payments

import java.util.UUID
import org.slf4j.LoggerFactory

class PaymentEventsHandler(
    private val payments: PaymentGateway,
    private val events: EventPublisher,
    private val processed: ProcessedEventStore,
) {
    private val log = LoggerFactory.getLogger(PaymentEventsHandler::class.java)

    fun onStockReserved(event: StockReserved) {
        if (processed.contains(event.eventId)) return
        val result = payments.authorize(event.orderId, event.amount)
        val correlationId = UUID.randomUUID().toString()
        events.publish(PaymentAuthorized(event.orderId, result.authorizationId, correlationId))
        processed.add(event.eventId)
        log.info("payment authorized for order {}", event.orderId)
    }

    fun onShipmentFailed(event: ShipmentFailed) {
        val authorization = payments.findAuthorization(event.orderId)
        payments.voidAuthorization(authorization.id)
        events.publish(PaymentVoided(event.orderId, event.correlationId))
        log.info("payment voided for order {}", event.orderId)
    }
}
