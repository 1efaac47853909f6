"""Native gRPC consume (gregor.kafka.v1.KafkaService) against the real
broker, with the generated Python client: Subscribe (server stream, decoded
Avro written by confluent-kafka's AvroSerializer), Consume (credits, acks,
rebalance events, leaving the group on close), ListOffsets and Fetch."""
import json
import queue
import threading
import time

import grpc
import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from gregor.kafka.v1 import kafka_pb2 as pb
from gregor.kafka.v1 import kafka_pb2_grpc as rpc

from conftest import create_topic, unique
from test_native_produce import v2_code

@pytest.fixture(scope="module")
def server(group_gregor):
    return group_gregor


@pytest.fixture
def stub(server):
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield rpc.KafkaServiceStub(channel)
    channel.close()


def make_topic(bootstrap, partitions=1):
    return create_topic(bootstrap, "grpc-cons", partitions)


def produce_each(bootstrap, topic, values, partition=0):
    """One record per batch (tansu end offsets, local-broker.md gotcha 3)."""
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for v in values:
        p.produce(topic, value=v, partition=partition)
        p.flush(10)


def test_subscribe_decodes_avro_and_commits(bootstrap, server, stub):
    topic = make_topic(bootstrap)
    schema = {"type": "record", "name": "Ping", "fields": [{"name": "n", "type": "int"}, {"name": "tag", "type": ["null", "string"]}]}
    serializer = AvroSerializer(SchemaRegistryClient({"url": server.url}), json.dumps(schema))
    ctx = SerializationContext(topic, MessageField.VALUE)
    produce_each(bootstrap, topic, [serializer({"n": i, "tag": None if i else "first"}, ctx) for i in range(3)] + [b"plain"])

    group = unique("g")
    request = pb.SubscribeRequest(subscription=pb.GroupSubscription(group=group, topics=[topic], decoding=pb.DECODING_SCHEMA_REGISTRY))
    call = stub.Subscribe(request, timeout=60)
    records, rebalances = [], []
    for event in call:
        if event.HasField("rebalance"):
            rebalances.append(event.rebalance)
        else:
            records += event.batch.records
        if len(records) >= 4:
            break
    call.cancel()
    assert [(p.topic, p.partition) for p in rebalances[0].assigned] == [(topic, 0)]
    assert [r.offset for r in records] == [0, 1, 2, 3]
    assert [json.loads(r.value_json) for r in records[:3]] == [{"n": 0, "tag": {"string": "first"}}, {"n": 1, "tag": None}, {"n": 2, "tag": None}]
    assert records[0].value_schema_id > 0 and records[0].value[0] == 0
    assert not records[3].HasField("value_json") and records[3].value == b"plain"

    # Auto-commit: the group's committed offset reaches past what was sent.
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    deadline = time.monotonic() + 20
    committed = -1
    while time.monotonic() < deadline and committed < 4:
        committed = c.committed([TopicPartition(topic, 0)], timeout=10)[0].offset
        time.sleep(0.5)
    c.close()
    assert committed == 4


class ConsumeSession:
    """A Consume stream fed from a queue, read on a thread."""

    def __init__(self, stub, subscription):
        self.commands = queue.Queue()
        self.commands.put(pb.ConsumeRequest(start=subscription))
        self.events = queue.Queue()
        self.call = stub.Consume(iter(self.commands.get, None), timeout=90)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        try:
            for event in self.call:
                self.events.put(event)
        except grpc.RpcError as err:
            self.events.put(err)

    def send(self, **command):
        self.commands.put(pb.ConsumeRequest(**command))

    def next_event(self, timeout=30):
        event = self.events.get(timeout=timeout)
        if isinstance(event, grpc.RpcError):
            raise event
        return event

    def records(self, count, timeout=30):
        out = []
        deadline = time.monotonic() + timeout
        while len(out) < count:
            event = self.next_event(max(0.1, deadline - time.monotonic()))
            if event.HasField("batch"):
                out += event.batch.records
        return out

    def close(self):
        self.commands.put(None)


def test_consume_with_credits_and_acks(bootstrap, stub):
    topic = make_topic(bootstrap)
    produce_each(bootstrap, topic, [f"v{i}".encode() for i in range(5)])
    group = unique("g")
    session = ConsumeSession(stub, pb.GroupSubscription(group=group, topics=[topic]))
    event = session.next_event()
    assert event.HasField("rebalance") and [p.partition for p in event.rebalance.assigned] == [0]
    # No credit, no records.
    with pytest.raises(queue.Empty):
        session.next_event(timeout=2)
    session.send(credit=pb.Credit(records=2))
    first = session.records(2)
    assert [r.value for r in first] == [b"v0", b"v1"]
    with pytest.raises(queue.Empty):
        session.next_event(timeout=2)  # the credit is spent
    session.send(ack=pb.Ack(offsets=[pb.PartitionPosition(topic=topic, partition=0, offset=1)]))
    event = session.next_event()
    assert event.HasField("committed") and event.committed.offsets[0].offset == 1
    session.send(credit=pb.Credit(records=10))
    assert [r.value for r in session.records(3)] == [b"v2", b"v3", b"v4"]
    session.close()

    # The group's committed offset is what was acked (2), not what was sent.
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    assert c.committed([TopicPartition(topic, 0)], timeout=10)[0].offset == 2
    c.close()

    # Closing left the group: a new member of it starts from the ack.
    again = ConsumeSession(stub, pb.GroupSubscription(group=group, topics=[topic]))
    again.send(credit=pb.Credit(records=10))
    assert [r.offset for r in again.records(3, timeout=40)] == [2, 3, 4]
    again.close()


def test_consume_requires_start(stub):
    with pytest.raises(grpc.RpcError) as err:
        list(stub.Consume(iter([pb.ConsumeRequest(credit=pb.Credit(records=1))]), timeout=10))
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_list_offsets_and_fetch(bootstrap, stub):
    topic = make_topic(bootstrap, partitions=2)
    produce_each(bootstrap, topic, [b"a", b"bb", b"ccc"], partition=1)
    earliest = stub.ListOffsets(pb.ListOffsetsRequest(topic=topic, spec=pb.OFFSET_SPEC_EARLIEST))
    assert [(o.partition, o.offset) for o in earliest.offsets] == [(0, 0), (1, 0)]
    latest = stub.ListOffsets(pb.ListOffsetsRequest(topic=topic, partitions=[1], spec=pb.OFFSET_SPEC_LATEST))
    assert [(o.partition, o.offset) for o in latest.offsets] == [(1, 3)]
    by_time = stub.ListOffsets(pb.ListOffsetsRequest(topic=topic, partitions=[1], spec=pb.OFFSET_SPEC_TIMESTAMP, timestamp=0))
    assert [(o.partition, o.offset) for o in by_time.offsets] == [(1, 0)]

    got = stub.Fetch(pb.FetchRequest(topic=topic, partition=1, offset=1, max_wait_ms=5000))
    assert [(r.offset, r.value) for r in got.records] == [(1, b"bb"), (2, b"ccc")]
    # max_bytes: the first record always comes; the next waits for the next call.
    first = stub.Fetch(pb.FetchRequest(topic=topic, partition=1, offset=0, max_bytes=1, max_wait_ms=5000))
    assert [r.value for r in first.records] == [b"a"]
    rest = stub.Fetch(pb.FetchRequest(topic=topic, partition=1, offset=1, max_bytes=2, max_wait_ms=5000))
    assert [r.value for r in rest.records] == [b"bb"]
    empty = stub.Fetch(pb.FetchRequest(topic=topic, partition=0, offset=0, max_wait_ms=300))
    assert list(empty.records) == []

    for bad in [pb.FetchRequest(topic=topic, partition=7, offset=0), pb.FetchRequest(topic=unique("nope"), partition=0, offset=0)]:
        with pytest.raises(grpc.RpcError) as err:
            stub.Fetch(bad)
        assert err.value.code() == grpc.StatusCode.NOT_FOUND
        assert v2_code(err.value) in (40401, 40402)


def test_grpc_web_produce_and_subscribe_with_buf_curl(bootstrap, server):
    """grpc-web over HTTP/1.1: unary Produce and ListOffsets, and the
    server-streaming Subscribe, read incrementally from buf curl."""
    import subprocess
    from test_grpc import BUF

    topic = make_topic(bootstrap)
    service = f"{server.url}/gregor.kafka.v1.KafkaService"
    out = subprocess.run([BUF, "curl", "--protocol", "grpcweb", "--data",
                          json.dumps({"topic": topic, "records": [{"value": "aGk=", "partition": 0}]}), f"{service}/Produce"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"results": [{}]}  # partition 0, offset 0: proto3 JSON omits defaults
    out = subprocess.run([BUF, "curl", "--protocol", "grpcweb", "--emit-defaults", "--data",
                          json.dumps({"topic": topic, "spec": "OFFSET_SPEC_LATEST"}), f"{service}/ListOffsets"],
                         capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout) == {"offsets": [{"partition": 0, "offset": "1"}]}

    body = {"subscription": {"group": unique("web"), "topics": [topic], "autoOffsetReset": "OFFSET_RESET_EARLIEST"}}
    curl = subprocess.Popen([BUF, "curl", "--protocol", "grpcweb", "--data", json.dumps(body), f"{service}/Subscribe"],
                            stdout=subprocess.PIPE, text=True)
    decoder, text, events = json.JSONDecoder(), "", []
    try:
        for line in curl.stdout:
            text += line
            try:
                event, end = decoder.raw_decode(text.lstrip())
            except json.JSONDecodeError:
                continue
            events.append(event)
            text = text.lstrip()[end:]
            if "batch" in event:
                break
    finally:
        curl.kill()
        curl.wait()
    assert events[0] == {"rebalance": {"assigned": [{"topic": topic}]}}
    assert events[-1]["batch"]["records"][0]["value"] == "aGk="
