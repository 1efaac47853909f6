"""The app, its routes, consumers and messages (see the package docs)."""
from __future__ import annotations

import json
import logging
import queue
import signal
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import grpc

from gregor.kafka.v1 import kafka_pb2 as pb
from gregor.kafka.v1 import kafka_pb2_grpc as rpc

log = logging.getLogger("gregor_consumers")

DECODINGS = ("raw", "json", "registry")
_END = object()


@dataclass
class Message:
    """One record, as a consumer gets it."""

    topic: str
    partition: int
    offset: int
    #: ms since the epoch, when the broker gave one.
    timestamp: Optional[int]
    key: Optional[bytes]
    value: Optional[bytes]
    headers: list[tuple[str, bytes]]
    _payload: Any = None
    _decode_error: Optional[Exception] = None

    @property
    def payload(self) -> Any:
        """The value decoded as the route says: bytes, a JSON value, or a
        `model` instance. Raises `DecodeError` for a value that does not
        decode (the batch then fails at this message: retried, then sent to
        the dead-letter topic)."""
        if self._decode_error is not None:
            raise DecodeError(f"{self.topic}[{self.partition}] offset {self.offset}: {self._decode_error!r}") from self._decode_error
        return self._payload


class DecodeError(ValueError):
    """A record's value does not decode as its route says."""


@dataclass
class Route:
    """A topic and how its records are handled."""

    topic: str
    consumer: type
    #: Most records handed to `consume` at once.
    batch_size: int = 100
    #: Longest wait, in ms, for a batch to fill after its first record.
    max_wait_ms: int = 1000
    #: `raw`, `json` or `registry` (Gregor decodes the Confluent wire format).
    decode: str = "raw"
    #: A class made from each decoded JSON object: `model(**payload)`.
    model: Optional[type] = None
    #: Failed attempts of a batch before its first unprocessed message goes
    #: to the dead-letter topic.
    retries: int = 3
    #: Wait before the first retry, ms; doubled for each next one.
    backoff_ms: int = 200
    #: Where a message that keeps failing goes; None retries forever.
    dead_letter_topic: Optional[str] = None


class Consumer:
    """Handles a route's records. Subclass it and implement `consume`;
    there is one instance per topic partition, kept while the partition is
    assigned (state may live on it)."""

    def __init__(self, route: Route, partition: int):
        self.route = route
        self.topic = route.topic
        self.partition = partition
        self._batch: list[Message] = []
        self._marked = 0
        self._responses: list[tuple[str, pb.Record]] = []
        self._responses_marked = 0

    def consume(self, messages: list[Message]) -> None:
        """Handles `messages` (one partition's, in offset order). Raising
        fails the batch: it is retried from the first message not marked
        consumed."""
        raise NotImplementedError

    def mark_as_consumed(self, message: Message) -> None:
        """Marks `message` and those before it as handled: a failure later
        in the batch retries only what follows, and the responses queued
        so far are produced."""
        for index, candidate in enumerate(self._batch):
            if candidate.offset == message.offset:
                self._marked = max(self._marked, index + 1)
                self._responses_marked = len(self._responses)
                return
        raise ValueError(f"offset {message.offset} is not in the batch being consumed")

    def respond_to(self, topic: str, value: Optional[bytes], key: Optional[bytes] = None,
                   headers: Iterable[tuple[str, bytes]] = ()) -> None:
        """Queues a record for `topic`, produced when the batch succeeds
        (before it is acknowledged)."""
        record = pb.Record(value=value, headers=[pb.Header(key=k, value=v) for k, v in headers])
        if key is not None:
            record.key = key
        self._responses.append((topic, record))

    def on_revoked(self) -> None:
        """Called when the partition is taken from this worker."""

    def _begin(self, batch: list[Message]) -> None:
        self._batch, self._marked, self._responses, self._responses_marked = batch, 0, [], 0


@dataclass
class _Partition:
    route: Route
    consumer: Consumer
    buffered: list[Message] = field(default_factory=list)
    first_at: float = 0.0


class App:
    """Routes topics to consumers and runs them on one `Consume` stream.

    `target` is Gregor's `host:port`; `channel` may be given instead (TLS).
    `authorization` is sent as the `authorization` metadata (e.g.
    `"Basic ..."`). `auto_offset_reset` (`earliest`/`latest`) applies where
    the group has no committed offset."""

    def __init__(self, target: str = "127.0.0.1:8081", *, group: str, channel: Optional[grpc.Channel] = None,
                 authorization: Optional[str] = None, auto_offset_reset: str = "earliest",
                 liveness_port: Optional[int] = None, liveness_file: Optional[str] = None,
                 liveness_ttl_ms: int = 60_000):
        if auto_offset_reset not in ("earliest", "latest"):
            raise ValueError("auto_offset_reset is earliest or latest")
        self.target, self.group, self._channel = target, group, channel
        self._metadata = [("authorization", authorization)] if authorization else []
        self.auto_offset_reset = auto_offset_reset
        self.routes: dict[str, Route] = {}
        self.liveness_port, self.liveness_file, self.liveness_ttl = liveness_port, liveness_file, liveness_ttl_ms / 1000
        self._stopping = threading.Event()
        self._alive = time.monotonic()
        self._requests: queue.Queue = queue.Queue()
        self._liveness: Optional[ThreadingHTTPServer] = None

    def route(self, topic: str, consumer: type, **options: Any) -> Route:
        """Sends `topic`'s records to instances of `consumer` (a `Consumer`
        subclass), with the `Route` options given."""
        if not (isinstance(consumer, type) and issubclass(consumer, Consumer)):
            raise TypeError("consumer must be a Consumer subclass")
        route = Route(topic, consumer, **options)
        if route.decode not in DECODINGS:
            raise ValueError(f"decode is one of {DECODINGS}")
        if route.batch_size < 1 or route.max_wait_ms < 0 or route.retries < 0:
            raise ValueError("batch_size >= 1, max_wait_ms >= 0, retries >= 0")
        self.routes[topic] = route
        return route

    def stop(self) -> None:
        """Asks the app to stop after the batch in hand (thread-safe)."""
        self._stopping.set()

    # The run loop.

    def run(self, install_signal_handlers: bool = True) -> None:
        """Consumes until `stop()` (or SIGTERM / SIGINT), then acks what was
        handled and leaves the group. Raises the stream's error if Gregor
        ends it (the caller restarts the app)."""
        if not self.routes:
            raise ValueError("no routes")
        if install_signal_handlers and threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: self.stop())
        channel = self._channel or grpc.insecure_channel(self.target)
        self._stub = rpc.KafkaServiceStub(channel)
        self._start_liveness()
        window = 2 * max(r.batch_size for r in self.routes.values())
        decoding = pb.DECODING_SCHEMA_REGISTRY if any(r.decode == "registry" for r in self.routes.values()) else pb.DECODING_UNSPECIFIED
        reset = pb.OFFSET_RESET_EARLIEST if self.auto_offset_reset == "earliest" else pb.OFFSET_RESET_LATEST
        self._requests.put(pb.ConsumeRequest(start=pb.GroupSubscription(
            group=self.group, topics=sorted(self.routes), auto_offset_reset=reset, auto_commit=False, decoding=decoding,
            max_batch_records=max(r.batch_size for r in self.routes.values()))))
        self._requests.put(pb.ConsumeRequest(credit=pb.Credit(records=window)))
        responses = self._stub.Consume(self._request_stream(), metadata=self._metadata)
        events: queue.Queue = queue.Queue()
        reader = threading.Thread(target=self._read, args=(responses, events), daemon=True, name="gregor-consume-reader")
        reader.start()
        partitions: dict[tuple[str, int], _Partition] = {}
        failure: Optional[BaseException] = None
        try:
            while not self._stopping.is_set():
                event = self._next_event(events, partitions)
                self._touch()
                if event is _END:
                    break
                if isinstance(event, BaseException):
                    failure = event
                    break
                if event is not None:
                    self._apply(event, partitions)
                self._flush_due(partitions)
        finally:
            # Closing the request stream ends the call: Gregor leaves the group.
            self._requests.put(None)
            reader.join(timeout=30)
            if self._liveness:
                self._liveness.shutdown()
            if self._channel is None:
                channel.close()
        if failure is not None and not self._stopping.is_set():
            raise failure

    def _request_stream(self) -> Iterator[pb.ConsumeRequest]:
        while True:
            request = self._requests.get()
            if request is None:
                return
            yield request

    @staticmethod
    def _read(responses, events: queue.Queue) -> None:
        try:
            for response in responses:
                events.put(response)
            events.put(_END)
        except grpc.RpcError as error:
            events.put(_END if error.code() == grpc.StatusCode.CANCELLED else error)
        except BaseException as error:  # pragma: no cover - surfaced to run()
            events.put(error)

    def _next_event(self, events: queue.Queue, partitions: dict) -> Any:
        """The next event, or None when a buffered batch is due first (or
        after 0.5 s, to check for a stop)."""
        now = time.monotonic()
        due = [p.first_at + p.route.max_wait_ms / 1000 for p in partitions.values() if p.buffered]
        timeout = max(0.0, min([*due, now + 0.5]) - now)
        try:
            return events.get(timeout=timeout)
        except queue.Empty:
            return None

    def _apply(self, event: pb.ConsumeResponse, partitions: dict) -> None:
        kind = event.WhichOneof("event")
        if kind == "batch":
            now = time.monotonic()
            for record in event.batch.records:
                route = self.routes.get(record.topic)
                if route is None:
                    continue
                key = (record.topic, record.partition)
                partition = partitions.get(key)
                if partition is None:
                    partition = partitions[key] = _Partition(route, route.consumer(route, record.partition))
                if not partition.buffered:
                    partition.first_at = now
                partition.buffered.append(self._message(route, record))
        elif kind == "rebalance":
            for ref in event.rebalance.revoked:
                partition = partitions.pop((ref.topic, ref.partition), None)
                if partition:
                    # Not acknowledged: the partition's next owner reads them.
                    partition.buffered.clear()
                    partition.consumer.on_revoked()
            log.info("rebalance: assigned %s, revoked %s", [(p.topic, p.partition) for p in event.rebalance.assigned],
                     [(p.topic, p.partition) for p in event.rebalance.revoked])
        elif kind == "committed":
            log.debug("committed %s", [(o.topic, o.partition, o.offset) for o in event.committed.offsets])

    @staticmethod
    def _message(route: Route, record: pb.ConsumedRecord) -> Message:
        value = record.value if record.HasField("value") else None
        message = Message(record.topic, record.partition, record.offset, record.timestamp if record.HasField("timestamp") else None,
                          record.key if record.HasField("key") else None, value, [(h.key, h.value) for h in record.headers])
        try:
            if route.decode == "raw":
                payload: Any = value
            elif route.decode == "registry" and record.HasField("value_json"):
                payload = json.loads(record.value_json)
            else:
                payload = json.loads(value) if value is not None else None
            if route.model is not None:
                if not isinstance(payload, dict):
                    raise TypeError(f"{route.model.__name__} is made from a JSON object, not {type(payload).__name__}")
                payload = route.model(**payload)
            message._payload = payload
        except Exception as error:  # surfaced when the consumer reads `payload`
            message._decode_error = error
        return message

    def _flush_due(self, partitions: dict) -> None:
        now = time.monotonic()
        for partition in list(partitions.values()):
            route = partition.route
            while partition.buffered and (len(partition.buffered) >= route.batch_size
                                          or now - partition.first_at >= route.max_wait_ms / 1000):
                if self._stopping.is_set():
                    return
                batch = partition.buffered[:route.batch_size]
                del partition.buffered[:route.batch_size]
                partition.first_at = now
                self._handle(partition, batch)

    def _handle(self, partition: _Partition, batch: list[Message]) -> None:
        """Runs the consumer on `batch`, then grants as many records again."""
        handled = self._process(partition, batch)
        if handled:
            self._requests.put(pb.ConsumeRequest(credit=pb.Credit(records=handled)))

    def _process(self, partition: _Partition, batch: list[Message]) -> int:
        """Runs the consumer on `batch` until every message is handled or
        sent to the dead-letter topic (or the app stops), acknowledging as
        it goes; returns how many were. When a batch of several keeps
        failing, its messages are run one at a time, so only the one that
        fails goes to the dead-letter topic."""
        route, consumer = partition.route, partition.consumer
        remaining, attempt, handled = batch, 0, 0
        while remaining:
            consumer._begin(remaining)
            try:
                consumer.consume(remaining)
                done, responses, error = len(remaining), consumer._responses, None
            except Exception as failure:  # the handler's: retried
                done, responses, error = consumer._marked, consumer._responses[:consumer._responses_marked], failure
            self._touch()
            if done:
                try:
                    self._produce(responses)
                except Exception as failure:  # responses not produced: retry the batch
                    done, error = 0, failure
                else:
                    self._ack(remaining[done - 1])
                    handled += done
                    remaining = remaining[done:]
                    if error is not None:
                        attempt = 0  # progress: the message failing now is another one
            if error is None:
                continue
            attempt += 1
            log.warning("%s[%d] offset %d: attempt %d failed: %r", route.topic, consumer.partition,
                        remaining[0].offset if remaining else -1, attempt, error)
            if not remaining:
                break
            if route.dead_letter_topic is not None and attempt > route.retries:
                if len(remaining) > 1:
                    for message in remaining:
                        done = self._process(partition, [message])
                        if not done:
                            break  # stopping
                        handled += done
                    return handled
                self._dead_letter(route, remaining[0], error, attempt)
                self._ack(remaining[0])
                return handled + 1
            if self._stopping.is_set():
                break  # not acknowledged: read again after the restart
            time.sleep(route.backoff_ms / 1000 * 2 ** (attempt - 1))
        return handled

    def _ack(self, message: Message) -> None:
        self._requests.put(pb.ConsumeRequest(ack=pb.Ack(offsets=[
            pb.PartitionPosition(topic=message.topic, partition=message.partition, offset=message.offset)])))

    def _produce(self, records: list[tuple[str, pb.Record]]) -> None:
        by_topic: dict[str, list[pb.Record]] = {}
        for topic, record in records:
            by_topic.setdefault(topic, []).append(record)
        for topic, batch in by_topic.items():
            reply = self._stub.Produce(pb.ProduceRequest(topic=topic, records=batch), metadata=self._metadata, timeout=60)
            failed = [r.error for r in reply.results if r.HasField("error")]
            if failed:
                raise RuntimeError(f"producing to {topic} failed: {failed[0].message}")

    def _dead_letter(self, route: Route, message: Message, error: BaseException, attempts: int) -> None:
        record = pb.Record(value=message.value, headers=[pb.Header(key=k, value=v) for k, v in message.headers] + [
            pb.Header(key="gregor-dlq-topic", value=message.topic.encode()),
            pb.Header(key="gregor-dlq-partition", value=str(message.partition).encode()),
            pb.Header(key="gregor-dlq-offset", value=str(message.offset).encode()),
            pb.Header(key="gregor-dlq-attempts", value=str(attempts).encode()),
            pb.Header(key="gregor-dlq-error", value=repr(error)[:1000].encode()),
        ])
        if message.key is not None:
            record.key = message.key
        while True:
            try:
                self._produce([(route.dead_letter_topic, record)])
                log.error("%s[%d] offset %d sent to %s after %d attempts: %r", message.topic, message.partition,
                          message.offset, route.dead_letter_topic, attempts, error)
                return
            except Exception as failure:
                if self._stopping.is_set():
                    raise
                log.warning("dead-letter produce failed, retrying: %r", failure)
                time.sleep(route.backoff_ms / 1000)

    # Liveness.

    def _touch(self) -> None:
        self._alive = time.monotonic()
        if self.liveness_file:
            Path(self.liveness_file).touch()

    def healthy(self) -> bool:
        """Whether the loop made progress within `liveness_ttl_ms`."""
        return time.monotonic() - self._alive < self.liveness_ttl

    def _start_liveness(self) -> None:
        if self.liveness_port is None:
            return
        app = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                self.send_response(204 if app.healthy() else 500)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self._liveness = ThreadingHTTPServer(("127.0.0.1", self.liveness_port), Handler)
        threading.Thread(target=self._liveness.serve_forever, daemon=True, name="gregor-liveness").start()

