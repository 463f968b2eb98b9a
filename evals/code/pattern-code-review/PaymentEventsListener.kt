package billing.events

import java.time.Duration
import java.util.Properties
import org.apache.kafka.clients.consumer.KafkaConsumer
import org.slf4j.LoggerFactory

class PaymentEventsListener(private val ledger: Ledger, bootstrap: String) {

    private val log = LoggerFactory.getLogger(PaymentEventsListener::class.java)
    private val consumer = KafkaConsumer<String, String>(Properties().apply {
        put("bootstrap.servers", bootstrap)
        put("group.id", "billing-ledger")
        put("enable.auto.commit", "true")
        put("auto.commit.interval.ms", "1000")
        put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer")
        put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer")
    })

    fun run() {
        consumer.subscribe(listOf("payments"))
        while (true) {
            val records = consumer.poll(Duration.ofMillis(500))
            for (record in records) {
                ledger.post(PaymentEvent.parse(record.value()))
                log.info("posted payment {}", record.key())
            }
        }
    }
}
