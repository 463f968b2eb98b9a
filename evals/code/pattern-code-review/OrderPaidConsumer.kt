package shop.fulfilment

import org.apache.kafka.clients.consumer.ConsumerRecord
import org.slf4j.LoggerFactory

class OrderPaidConsumer(
    private val processed: ProcessedMessages,
    private val shipments: ShipmentService,
) {
    private val log = LoggerFactory.getLogger(OrderPaidConsumer::class.java)

    fun handle(record: ConsumerRecord<String, OrderPaid>) {
        val messageId = record.headers().lastHeader("message-id")?.value()?.decodeToString() ?: return
        if (processed.exists(messageId)) {
            log.debug("duplicate {}", messageId)
            return
        }
        shipments.createShipment(record.value().orderId, record.value().items)
        processed.insert(messageId)
    }
}
