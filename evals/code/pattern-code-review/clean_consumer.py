import logging

from psycopg2.errors import UniqueViolation

log = logging.getLogger(__name__)


class OrderPaidConsumer:
    """Creates a shipment once per message: the dedupe row and the shipment commit in one transaction."""

    def __init__(self, pool, shipments, metrics):
        self.pool = pool
        self.shipments = shipments
        self.metrics = metrics

    def handle(self, message):
        message_id = message.headers.get("message-id") or f"order-paid:{message.value['order_id']}"
        with self.pool.connection() as conn:
            try:
                with conn.transaction():
                    conn.execute("insert into processed_message (id) values (%s)", (message_id,))
                    self.shipments.create(conn, message.value["order_id"], message.value["items"])
            except UniqueViolation:
                log.info("duplicate message %s ignored", message_id)
                self.metrics.increment("consumer.duplicates")
                return
        self.metrics.increment("consumer.processed")
