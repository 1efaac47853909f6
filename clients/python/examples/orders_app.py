"""An example app on gregor_consumers: orders in (JSON), a total per order
out to another topic (a responder), poison orders to a dead-letter topic.

    python examples/orders_app.py HOST:PORT

Settings (environment): ORDERS_TOPIC (orders), TOTALS_TOPIC (order-totals),
DLQ_TOPIC (orders-dlq), GROUP (orders-app), BATCH_SIZE (50), RETRIES (3),
BACKOFF_MS (200), LIVENESS_PORT (none); for demonstrations and tests,
PROCESSED_LOG (a file each handled order's topic, partition and offset is
appended to) and SLOW_MS (a pause per order)."""
import logging
import os
import sys
import time
from dataclasses import dataclass

from gregor_consumers import App, Consumer


@dataclass
class Order:
    id: str
    amount: int
    quantity: int = 1


class Orders(Consumer):
    def consume(self, messages):
        log_path = os.environ.get("PROCESSED_LOG")
        slow = int(os.environ.get("SLOW_MS", "0")) / 1000
        lines = []
        for message in messages:
            order: Order = message.payload
            total = order.amount * order.quantity  # a poison order fails here (not an Order)
            self.respond_to(os.environ.get("TOTALS_TOPIC", "order-totals"), str(total).encode(), key=order.id.encode())
            lines.append(f"{message.topic} {message.partition} {message.offset}\n")
            time.sleep(slow)
        if log_path:
            with open(log_path, "a") as log:
                log.writelines(lines)
                log.flush()
                os.fsync(log.fileno())


def main(target):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    liveness = os.environ.get("LIVENESS_PORT")
    app = App(target, group=os.environ.get("GROUP", "orders-app"), liveness_port=int(liveness) if liveness else None)
    app.route(os.environ.get("ORDERS_TOPIC", "orders"), Orders, decode="json", model=Order,
              batch_size=int(os.environ.get("BATCH_SIZE", "50")), max_wait_ms=200,
              retries=int(os.environ.get("RETRIES", "3")), backoff_ms=int(os.environ.get("BACKOFF_MS", "200")),
              dead_letter_topic=os.environ.get("DLQ_TOPIC", "orders-dlq"))
    app.run()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:8081")
