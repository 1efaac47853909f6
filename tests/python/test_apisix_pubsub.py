"""APISIX's pubsub protocol on Gregor's WebSocket (`/kafka`): binary
protobuf frames, one command each, answered with the command's sequence.

The client is generated at test time with protoc from APISIX's own
`apisix/include/apisix/model/pubsub.proto` when `APISIX_SRC` names an
APISIX checkout, otherwise from Gregor's `proto/gregor/apisix/v1/pubsub.proto`
(same field numbers, so the same bytes). Records are written by an
independent producer (confluent-kafka), one per batch so the memory
engine's end offsets are right (local-broker.md, gotcha 3)."""
import importlib
import os
import sys
from pathlib import Path

import pytest
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic
from grpc_tools import protoc
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from conftest import ROOT, unique


@pytest.fixture(scope="module")
def pubsub(tmp_path_factory):
    """The pubsub messages module, generated from APISIX's file or Gregor's."""
    apisix = os.environ.get("APISIX_SRC")
    if apisix:
        source = Path(apisix) / "apisix" / "include" / "apisix" / "model" / "pubsub.proto"
        assert source.exists(), f"APISIX_SRC has no {source}"
    else:
        print("\nnotice: APISIX_SRC is not set; the client is generated from Gregor's pubsub.proto")
        source = ROOT / "proto" / "gregor" / "apisix" / "v1" / "pubsub.proto"
    out = tmp_path_factory.mktemp("apisix")
    (out / "pubsub.proto").write_bytes(source.read_bytes())
    assert protoc.main(["grpc_tools.protoc", f"-I{out}", f"--python_out={out}", "pubsub.proto"]) == 0
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("pubsub_pb2")
    finally:
        sys.path.remove(str(out))


@pytest.fixture(scope="module")
def records(bootstrap):
    """A topic with five records: keys k0..k4, values v0..v4."""
    name = unique("apisix")
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0, "batch.num.messages": 1})
    for i in range(5):
        producer.produce(name, key=b"k%d" % i, value=b"v%d" % i)
        producer.flush(10)
    return name, producer


def ws_url(gregor):
    return f"ws://127.0.0.1:{gregor.port}/kafka"


def command(ws, pubsub, sequence, **req):
    ws.send(pubsub.PubSubReq(sequence=sequence, **req).SerializeToString())
    answer = pubsub.PubSubResp.FromString(ws.recv(timeout=30))
    assert answer.sequence == sequence
    return answer


def test_list_offsets_and_fetch_from_earliest_and_latest(gregor, pubsub, records):
    topic, producer = records
    with connect(ws_url(gregor)) as ws:
        earliest = command(ws, pubsub, 1, cmd_kafka_list_offset=pubsub.CmdKafkaListOffset(topic=topic, partition=0, timestamp=-2))
        latest = command(ws, pubsub, 2, cmd_kafka_list_offset=pubsub.CmdKafkaListOffset(topic=topic, partition=0, timestamp=-1))
        assert earliest.WhichOneof("resp") == "kafka_list_offset_resp" and earliest.kafka_list_offset_resp.offset == 0
        assert latest.kafka_list_offset_resp.offset == 5

        fetched = command(ws, pubsub, 3, cmd_kafka_fetch=pubsub.CmdKafkaFetch(topic=topic, partition=0, offset=0))
        messages = fetched.kafka_fetch_resp.messages
        assert [(m.offset, m.key, m.value) for m in messages] == [(i, b"k%d" % i, b"v%d" % i) for i in range(5)]
        assert all(m.timestamp > 0 for m in messages)

        # From the latest offset: nothing yet; then the next record.
        empty = command(ws, pubsub, 4, cmd_kafka_fetch=pubsub.CmdKafkaFetch(topic=topic, partition=0, offset=5))
        assert empty.WhichOneof("resp") == "kafka_fetch_resp" and list(empty.kafka_fetch_resp.messages) == []
        producer.produce(topic, key=b"k5", value=b"v5")
        producer.flush(10)
        newest = command(ws, pubsub, 5, cmd_kafka_fetch=pubsub.CmdKafkaFetch(topic=topic, partition=0, offset=5))
        assert [(m.offset, m.value) for m in newest.kafka_fetch_resp.messages] == [(5, b"v5")]


def test_ping_errors_and_limits(gregor, pubsub, records):
    topic, _ = records
    with connect(ws_url(gregor)) as ws:
        pong = command(ws, pubsub, 7, cmd_ping=pubsub.CmdPing(state=b"\x00state"))
        assert pong.WhichOneof("resp") == "pong_resp" and pong.pong_resp.state == b"\x00state"
        unknown = command(ws, pubsub, 8, cmd_empty=pubsub.CmdEmpty())
        assert unknown.error_resp.code == 0 and unknown.error_resp.message == "unknown command"
        missing = command(ws, pubsub, 9, cmd_kafka_fetch=pubsub.CmdKafkaFetch(topic=unique("none"), partition=0, offset=0))
        assert missing.WhichOneof("resp") == "error_resp" and missing.error_resp.message.startswith("failed to fetch message")
        # Bytes that are no PubSubReq: "wrong command" with sequence 0.
        ws.send(b"\xff\xff\xff")
        wrong = pubsub.PubSubResp.FromString(ws.recv(timeout=30))
        assert wrong.sequence == 0 and wrong.error_resp.message == "wrong command"
        # Text frames are ignored; the connection goes on.
        ws.send("not binary")
        assert command(ws, pubsub, 10, cmd_ping=pubsub.CmdPing()).WhichOneof("resp") == "pong_resp"
        # A frame over the limit (64 KiB) closes the connection.
        ws.send(b"\x08\x01" + b"\x00" * (70 << 10))
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=30)
