"""KafkaService.Subscribe over plain HTTP, served by the generated façade
from its google.api.http bindings: NDJSON for `Accept: */*` (GET with dotted
query parameters), Server-Sent Events tailed with curl (POST with the
subscription as the body), errors in the stream's own framing, and leaving
the group when the client goes away."""
import json
import subprocess
import time

import pytest
import requests
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from conftest import create_topic, unique
from test_native_consume import produce_each


@pytest.fixture(scope="module")
def server(group_gregor):
    return group_gregor


def committed_offset(bootstrap, group, topic, want):
    """The group's committed offset of partition 0, polled until it is `want`."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    deadline = time.monotonic() + 20
    committed = -1
    while time.monotonic() < deadline and committed != want:
        committed = c.committed([TopicPartition(topic, 0)], timeout=10)[0].offset
        time.sleep(0.3)
    c.close()
    return committed


def members(bootstrap, group):
    admin = AdminClient({"bootstrap.servers": bootstrap})
    return len(admin.describe_consumer_groups([group])[group].result().members)


def test_ndjson_get_with_query_parameters(bootstrap, server):
    topic = create_topic(bootstrap, "ndjson")
    produce_each(bootstrap, topic, [b'{"n":0}', b'{"n":1}', b'{"n":2}'])
    group = unique("tail")
    params = [
        ("subscription.group", group),
        ("subscription.topics", topic),
        ("subscription.auto_offset_reset", "OFFSET_RESET_EARLIEST"),
        ("subscription.maxBatchRecords", "2"),  # JSON names work too
    ]
    r = requests.get(f"{server.url}/gregor/v1/subscribe", params=params, stream=True, timeout=60)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/x-ndjson"
    events, records = [], []
    for line in r.iter_lines():
        event = json.loads(line)
        events.append(event)
        records += event.get("batch", {}).get("records", [])
        if len(records) >= 3:
            break
    r.close()
    assert events[0] == {"rebalance": {"assigned": [{"topic": topic}]}}  # partition 0 is a default, not printed
    assert all(len(e["batch"]["records"]) <= 2 for e in events[1:]), "max_batch_records from the query string"
    assert [r.get("offset", 0) for r in records] == [0, 1, 2]
    assert [json.loads(__import__("base64").b64decode(r["value"])) for r in records] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert records[0]["topic"] == topic and records[0]["timestamp"] > 0

    # Auto-commit of what was sent; closing the response leaves the group.
    assert committed_offset(bootstrap, group, topic, 3) == 3
    deadline = time.monotonic() + 15
    while members(bootstrap, group) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert members(bootstrap, group) == 0


def test_sse_tail_with_curl_decodes_avro(bootstrap, server):
    topic = create_topic(bootstrap, "sse")
    schema = {"type": "record", "name": "Tick", "fields": [{"name": "n", "type": "int"}]}
    serializer = AvroSerializer(SchemaRegistryClient({"url": server.url}), json.dumps(schema))
    ctx = SerializationContext(topic, MessageField.VALUE)
    produce_each(bootstrap, topic, [serializer({"n": i}, ctx) for i in range(2)])

    body = {"group": unique("sse"), "topics": [topic], "autoOffsetReset": "OFFSET_RESET_EARLIEST", "decoding": "DECODING_SCHEMA_REGISTRY"}
    curl = subprocess.Popen(
        ["curl", "-sN", "--max-time", "60", "-H", "Accept: text/event-stream", "-H", "Content-Type: application/json",
         "-d", json.dumps(body), "-D", "-", f"{server.url}/gregor/v1/subscribe"],
        stdout=subprocess.PIPE, text=True)
    headers, data = [], []
    try:
        for line in curl.stdout:
            line = line.rstrip("\r\n")
            if not data and ":" in line and not line.startswith("data:"):
                headers.append(line.lower())
            if line.startswith("data: "):
                data.append(json.loads(line[len("data: "):]))
                if sum(len(d.get("batch", {}).get("records", [])) for d in data) >= 2:
                    break
    finally:
        curl.kill()
        curl.wait()
    assert "content-type: text/event-stream" in headers
    assert "rebalance" in data[0]
    records = [r for d in data for r in d.get("batch", {}).get("records", [])]
    assert [json.loads(r["valueJson"]) for r in records] == [{"n": 0}, {"n": 1}]
    assert all(r["valueSchemaId"] > 0 for r in records)


def test_stream_errors_and_negotiation(bootstrap, server):
    url = f"{server.url}/gregor/v1/subscribe"
    # A subscription to a topic that does not exist: 200, then an error event.
    r = requests.get(url, params={"subscription.group": unique("g"), "subscription.topics": unique("missing")},
                     headers={"Accept": "text/event-stream"}, timeout=60)
    assert r.status_code == 200
    lines = [l for l in r.text.split("\n") if l]
    assert "event: error" in lines
    error = json.loads(next(l for l in lines if l.startswith("data: "))[len("data: "):])
    assert error["error_code"] == 40403

    # Errors before the stream starts are ordinary REST errors.
    r = requests.get(url, params={"subscription.group": "g"}, timeout=30)  # no topics
    assert r.status_code == 409 and r.json()["error_code"] == 40903, r.text
    r = requests.get(url, params={"subscription.group": "g", "subscription.topics": "t", "subscription.auto_offset_reset": "SIDEWAYS"}, timeout=30)
    assert r.status_code == 400 and r.json()["error_code"] == 400
    r = requests.post(url, data="{not json", headers={"Content-Type": "application/json"}, timeout=30)
    assert r.status_code == 400 and r.json()["error_code"] == 400
    r = requests.get(url, params={"subscription.group": "g", "subscription.topics": "t"}, headers={"Accept": "application/json"}, timeout=30)
    assert r.status_code == 406 and r.json()["error_code"] == 406
