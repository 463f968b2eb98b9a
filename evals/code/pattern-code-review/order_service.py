import json
import logging

import psycopg2

log = logging.getLogger(__name__)


class OrderService:
    def __init__(self, dsn, broker):
        self.dsn = dsn
        self.broker = broker

    def place(self, order):
        conn = psycopg2.connect(self.dsn)
        cur = conn.cursor()
        cur.execute("insert into orders (id, customer_id, total) values (%s, %s, %s)",
                    (order.id, order.customer_id, order.total))
        self.broker.publish("orders.placed", json.dumps({"id": order.id, "total": order.total}))
        cur.execute("insert into outbox (aggregate_id, type, payload) values (%s, %s, %s)",
                    (order.id, "OrderPlaced", json.dumps(order.as_dict())))
        conn.commit()
        log.info("order %s placed", order.id)
        return order.id
