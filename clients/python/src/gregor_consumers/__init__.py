"""A Karafka-style consumer framework on Gregor's `Consume` stream.

Declare routes (topic → consumer class, with per-route options), then run
the app: it joins the consumer group through one `KafkaService.Consume`
call, hands each route its records in batches, and acknowledges a record
only after its batch was handled (and its responses produced), so nothing
is committed before it is processed: a worker that dies mid-batch leaves
its records to the next one (at least once).

    from gregor_consumers import App, Consumer

    class Orders(Consumer):
        def consume(self, messages):
            for message in messages:
                total = message.payload["amount"]
                self.respond_to("order-totals", str(total).encode())

    app = App("127.0.0.1:8081", group="orders-app")
    app.route("orders", Orders, batch_size=100, max_wait_ms=500, decode="json",
              retries=3, dead_letter_topic="orders-dlq")
    app.run()   # until SIGTERM / SIGINT: finishes the batch, acks, leaves

- **Batches**: a route's records are handed over per partition, in offset
  order, up to `batch_size` at a time, or what arrived within `max_wait_ms`
  of the first one.
- **Decoding**: `decode="raw"` (bytes), `"json"`, or `"registry"` (records
  in the Confluent wire format decoded by Gregor through the Schema
  Registry); `model=` turns the decoded JSON object into an instance
  (`model(**payload)`, e.g. a dataclass). A value that does not decode
  raises `DecodeError` when the consumer reads `message.payload`, so the
  batch fails at that message (and it ends in the dead-letter topic).
- **Acks and retries**: a batch that raises is retried with exponential
  backoff (`backoff_ms`, doubled per attempt), from the first message not
  marked with `mark_as_consumed`. After `retries` failed attempts the
  batch's remaining messages are run one at a time, each with its own
  retries, and a single message that still fails goes to
  `dead_letter_topic` (headers `gregor-dlq-*` say where from and why);
  processing goes on with the next. Without a dead-letter topic the batch
  is retried forever.
- **Responders**: `respond_to(topic, value, key=None, headers=())` inside
  `consume` queues a record; the batch's records are produced once it
  succeeded, before its ack (a failed attempt's responses are dropped).
- **Shutdown**: SIGTERM or SIGINT (or `App.stop()`) finishes the batch in
  hand, acks it and closes the stream: Gregor leaves the group.
- **Liveness** (as Karafka's liveness listener): `liveness_port` answers
  `GET /` with 204 while the app handled an event or was idle-but-polling
  within `liveness_ttl_ms`, 500 otherwise; `liveness_file` is touched at
  the same moments (for a file probe).
"""

from .app import App, Consumer, DecodeError, Message, Route

__all__ = ["App", "Consumer", "DecodeError", "Message", "Route"]
