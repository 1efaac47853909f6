"""Kafka REST Proxy v2 consumer instances (confluent-api.md §3.3 #11-#23)
against the real broker: the lifecycle in each embedded format, manual
assignment and seeks, commits, group rebalancing, records written by an
independent client (confluent-kafka's AvroSerializer), errors, the instance
cap and the idle timeout."""
import base64
import json
import time

import pytest
import requests
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from conftest import FAST_GROUPS, Gregor, create_topic, unique

V2 = "application/vnd.kafka.v2+json"
BINARY = "application/vnd.kafka.binary.v2+json"
JSON = "application/vnd.kafka.json.v2+json"
AVRO = "application/vnd.kafka.avro.v2+json"
JSONSCHEMA = "application/vnd.kafka.jsonschema.v2+json"

@pytest.fixture(scope="module")
def proxy(group_gregor):
    return group_gregor


def make_topic(bootstrap, partitions=2):
    return create_topic(bootstrap, "cons", partitions)


class Rest:
    """Calls against one Gregor with Kafka REST media types."""

    def __init__(self, url):
        self.url = url
        self.s = requests.Session()

    def call(self, method, path, body=None, content_type=V2, accept=None, **kw):
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        data = None if body is None else json.dumps(body)
        return self.s.request(method, self.url + path, data=data, headers=headers, timeout=40, **kw)

    def produce(self, topic, records, content_type=JSON, **extra):
        r = self.call("POST", f"/topics/{topic}", {"records": records, **extra}, content_type)
        assert r.status_code == 200, r.text
        return r.json()

    def create(self, group, **config):
        r = self.call("POST", f"/consumers/{group}", config)
        assert r.status_code == 200, r.text
        return r.json()

    def base(self, group, name):
        return f"/consumers/{group}/instances/{name}"

    def records(self, group, name, accept, timeout=15000, **params):
        r = self.call("GET", self.base(group, name) + "/records", accept=accept, params={"timeout": timeout, **params})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == accept
        return r.json()

    def read_all(self, group, name, accept, count, deadline_s=30):
        """Polls until `count` records arrived (the first poll waits for the group join)."""
        out = []
        deadline = time.monotonic() + deadline_s
        while len(out) < count and time.monotonic() < deadline:
            out += self.records(group, name, accept, timeout=3000)
        return out


@pytest.fixture(scope="module")
def rest(proxy):
    return Rest(proxy.url)


def b64(data):
    return base64.b64encode(data).decode()


def assert_error(r, status, code):
    assert r.status_code == status, r.text
    assert r.json()["error_code"] == code, r.text


def test_json_lifecycle(bootstrap, rest):
    topic = make_topic(bootstrap)
    rest.produce(topic, [{"value": {"a": 1, "b": [1, 2.5, None]}, "partition": 0}, {"key": "k", "value": "text", "partition": 1}])
    group = unique("g")
    created = rest.create(group, name="c1", format="json", **{"auto.offset.reset": "earliest", "auto.commit.enable": "false"})
    assert created == {"instance_id": "c1", "base_uri": f"{rest.url}/consumers/{group}/instances/c1"}
    base = rest.base(group, "c1")

    r = rest.call("POST", base + "/subscription", {"topics": [topic]})
    assert r.status_code == 204 and r.content == b""
    assert rest.call("GET", base + "/subscription").json() == {"topics": [topic]}

    records = rest.read_all(group, "c1", JSON, 2)
    by_partition = {r["partition"]: r for r in records}
    assert len(records) == 2
    # Confluent's field order, explicit null key, Karapace's timestamp and headers.
    assert list(by_partition[0]) == ["topic", "key", "value", "partition", "offset", "timestamp", "headers"]
    assert by_partition[0]["key"] is None
    assert by_partition[0]["value"] == {"a": 1, "b": [1, 2.5, None]}
    assert isinstance(by_partition[0]["value"]["a"], int)
    assert (by_partition[1]["key"], by_partition[1]["value"], by_partition[1]["offset"]) == ("k", "text", 0)
    assert by_partition[0]["timestamp"] > 1_600_000_000_000

    assert sorted(p["partition"] for p in rest.call("GET", base + "/assignments").json()["partitions"]) == [0, 1]

    # Nothing committed yet (auto commit off); commit everything returned.
    partitions = {"partitions": [{"topic": topic, "partition": 0}, {"topic": topic, "partition": 1}]}
    assert rest.call("GET", base + "/offsets", partitions).json() == {"offsets": []}
    r = rest.call("POST", base + "/offsets")
    assert r.status_code == 200
    assert sorted(r.json(), key=lambda o: o["partition"]) == [
        {"topic": topic, "partition": 0, "consumed": 0, "committed": 1},
        {"topic": topic, "partition": 1, "consumed": 0, "committed": 1},
    ]
    committed = rest.call("GET", base + "/offsets", partitions).json()["offsets"]
    assert sorted((o["partition"], o["offset"], o["metadata"]) for o in committed) == [(0, 1, ""), (1, 1, "")]

    # An explicit commit of offset 0 on partition 0 commits 1 (offset + 1).
    r = rest.call("POST", base + "/offsets", {"offsets": [{"topic": topic, "partition": 0, "offset": 0}]})
    assert r.status_code == 200 and r.json() == [{"topic": topic, "partition": 0, "consumed": 0, "committed": 1}]

    assert rest.call("DELETE", base + "/subscription").status_code == 204
    assert rest.call("GET", base + "/subscription").json() == {"topics": []}
    r = rest.call("DELETE", base)
    assert r.status_code == 204 and r.content == b""
    for method, path, accept in [("DELETE", base, V2), ("GET", base + "/subscription", V2), ("GET", base + "/records", JSON)]:
        assert_error(rest.call(method, path, accept=accept), 404, 40403)
    # The metadata resources do not produce embedded formats (JAX-RS 406).
    assert_error(rest.call("GET", base + "/subscription", accept=JSON), 406, 406)


def test_binary_records_with_headers_and_manual_assignment(bootstrap, rest):
    topic = make_topic(bootstrap)
    # One record per request: tansu's memory engine reports a wrong end
    # offset after multi-record batches (local-broker.md gotcha 3), and the
    # seek to the end below asks the broker for it.
    for record in [
        {"value": b64(b"\x00\x01zero"), "partition": 0, "headers": [{"key": "h", "value": b64(b"\xffv")}]},
        {"key": b64(b"k1"), "value": b64(b"one"), "partition": 0},
        {"key": b64(b"k2"), "value": None, "partition": 0},
    ]:
        rest.produce(topic, [record], BINARY)
    group = unique("g")
    name = rest.create(group, format="binary")["instance_id"]
    assert len(name) == 36  # a UUID when no name is given
    base = rest.base(group, name)
    r = rest.call("POST", base + "/assignments", {"partitions": [{"topic": topic, "partition": 0}]})
    assert r.status_code == 204
    assert rest.call("GET", base + "/assignments").json() == {"partitions": [{"topic": topic, "partition": 0}]}
    # Subscribing while assigned is an illegal state.
    assert_error(rest.call("POST", base + "/subscription", {"topics": [topic]}), 409, 40903)

    records = rest.read_all(group, name, BINARY, 3)
    assert [(r["offset"], r["key"], r["value"]) for r in records] == [
        (0, None, b64(b"\x00\x01zero")),
        (1, b64(b"k1"), b64(b"one")),
        (2, b64(b"k2"), None),
    ]
    assert records[0]["headers"] == [{"key": "h", "value": b64(b"\xffv")}]

    # Seek back to offset 1, then to the beginning, then to the end.
    assert rest.call("POST", base + "/positions", {"offsets": [{"topic": topic, "partition": 0, "offset": 1}]}).status_code == 204
    assert [r["offset"] for r in rest.read_all(group, name, BINARY, 2)] == [1, 2]
    assert rest.call("POST", base + "/positions/beginning", {"partitions": [{"topic": topic, "partition": 0}]}).status_code == 204
    assert [r["offset"] for r in rest.read_all(group, name, BINARY, 3)] == [0, 1, 2]
    assert rest.call("POST", base + "/positions/end", {"partitions": [{"topic": topic, "partition": 0}]}).status_code == 204
    assert rest.records(group, name, BINARY, timeout=1500) == []
    rest.produce(topic, [{"value": b64(b"late"), "partition": 0}], BINARY)
    assert [r["value"] for r in rest.read_all(group, name, BINARY, 1)] == [b64(b"late")]

    # Seeking a partition the instance does not have.
    r = rest.call("POST", base + "/positions", {"offsets": [{"topic": topic, "partition": 1, "offset": 0}]})
    assert_error(r, 409, 40903)
    # max_bytes: a record that does not fit waits for the next read.
    assert rest.call("POST", base + "/positions/beginning", {"partitions": [{"topic": topic, "partition": 0}]}).status_code == 204
    first = rest.records(group, name, BINARY, max_bytes=8)
    assert [r["offset"] for r in first] == [0]
    assert rest.read_all(group, name, BINARY, 3)[0]["offset"] == 1
    assert rest.call("DELETE", base).status_code == 204


def test_avro_and_jsonschema_round_trips(bootstrap, proxy, rest):
    topic = make_topic(bootstrap, partitions=1)
    schema = {
        "type": "record", "name": "Order", "namespace": "shop",
        "fields": [
            {"name": "id", "type": "long"},
            {"name": "note", "type": ["null", "string"], "default": None},
            {"name": "raw", "type": "bytes"},
        ],
    }
    values = [{"id": 1, "note": {"string": "hi"}, "raw": "\u00ffa"}, {"id": 2, "note": None, "raw": ""}]
    produced = rest.produce(topic, [{"value": v} for v in values], AVRO, value_schema=json.dumps(schema))
    assert produced["value_schema_id"] > 0

    # A record written by confluent-kafka's own AvroSerializer, into the same topic.
    client = SchemaRegistryClient({"url": proxy.url})
    serializer = AvroSerializer(client, json.dumps(schema), conf={"auto.register.schemas": True})
    producer = Producer({"bootstrap.servers": bootstrap})
    payload = serializer({"id": 3, "note": "py", "raw": b"\x01"}, SerializationContext(topic, MessageField.VALUE))
    producer.produce(topic, value=payload)
    producer.flush(10)

    group = unique("g")
    rest.create(group, name="a", format="avro")
    assert rest.call("POST", rest.base(group, "a") + "/subscription", {"topics": [topic]}).status_code == 204
    records = rest.read_all(group, "a", AVRO, 3)
    assert [r["value"] for r in records] == values + [{"id": 3, "note": {"string": "py"}, "raw": "\u0001"}]
    # Asking for another embedded format than the instance's.
    assert_error(rest.call("GET", rest.base(group, "a") + "/records", accept=JSON), 406, 40601)
    assert rest.call("DELETE", rest.base(group, "a")).status_code == 204

    js_topic = make_topic(bootstrap, partitions=1)
    js_schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    rest.produce(js_topic, [{"value": {"n": 7}}], JSONSCHEMA, value_schema=json.dumps(js_schema))
    rest.create(group, name="j", format="jsonschema")
    rest.call("POST", rest.base(group, "j") + "/assignments", {"partitions": [{"topic": js_topic, "partition": 0}]})
    assert [r["value"] for r in rest.read_all(group, "j", JSONSCHEMA, 1)] == [{"n": 7}]
    # A binary instance reads the same record's wire format bytes.
    rest.create(group, name="b", format="binary")
    rest.call("POST", rest.base(group, "b") + "/assignments", {"partitions": [{"topic": js_topic, "partition": 0}]})
    raw = base64.b64decode(rest.read_all(group, "b", BINARY, 1)[0]["value"])
    assert raw[0] == 0 and raw[5:] == b'{"n":7}'
    for name in ("j", "b"):
        rest.call("DELETE", rest.base(group, name))


def test_two_instances_share_a_group_and_rebalance(bootstrap, rest):
    topic = make_topic(bootstrap, partitions=2)
    group = unique("g")
    for name in ("one", "two"):
        rest.create(group, name=name, format="binary")
        assert rest.call("POST", rest.base(group, name) + "/subscription", {"topics": [topic]}).status_code == 204

    def assigned(name):
        return sorted(p["partition"] for p in rest.call("GET", rest.base(group, name) + "/assignments").json()["partitions"])

    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        # Polling keeps both members in the group and drives the rebalance.
        for name in ("one", "two"):
            rest.records(group, name, BINARY, timeout=500)
        if assigned("one") and assigned("two"):
            break
    assert sorted(assigned("one") + assigned("two")) == [0, 1], (assigned("one"), assigned("two"))
    assert len(assigned("one")) == 1

    assert rest.call("DELETE", rest.base(group, "two")).status_code == 204
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and assigned("one") != [0, 1]:
        rest.records(group, "one", BINARY, timeout=500)
    assert assigned("one") == [0, 1]
    rest.produce(topic, [{"value": b64(b"p0"), "partition": 0}, {"value": b64(b"p1"), "partition": 1}], BINARY)
    got = rest.read_all(group, "one", BINARY, 2)
    assert sorted(base64.b64decode(r["value"]) for r in got) == [b"p0", b"p1"]
    rest.call("DELETE", rest.base(group, "one"))


def test_topic_pattern_subscription(bootstrap, rest):
    topic = make_topic(bootstrap, partitions=1)
    rest.produce(topic, [{"value": 1}])
    group = unique("g")
    rest.create(group, name="p", format="json")
    base = rest.base(group, "p")
    assert_error(rest.call("POST", base + "/subscription", {}), 409, 40903)
    assert_error(rest.call("POST", base + "/subscription", {"topics": [topic], "topic_pattern": "x"}), 409, 40903)
    pattern = topic[:-3] + "..."  # matches the whole name only
    assert rest.call("POST", base + "/subscription", {"topic_pattern": pattern}).status_code == 204
    assert rest.call("GET", base + "/subscription").json() == {"topics": [pattern]}
    assert [r["value"] for r in rest.read_all(group, "p", JSON, 1)] == [1]
    rest.call("DELETE", base)


def test_bad_requests(bootstrap, rest):
    group = unique("g")
    assert_error(rest.call("POST", f"/consumers/{group}", {"format": "xml"}), 422, 42204)
    assert_error(rest.call("POST", f"/consumers/{group}", {"auto.offset.reset": "middle"}), 422, 42204)
    assert_error(rest.call("POST", f"/consumers/{group}", {"fetch.min.bytes": -5}), 422, 42204)
    assert_error(rest.call("POST", f"/consumers/{group}", {"auto.commit.enable": "maybe"}), 422, 42204)
    r = rest.s.post(f"{rest.url}/consumers/{group}", data="{oops", headers={"Content-Type": V2})
    assert_error(r, 400, 400)
    r = rest.s.post(f"{rest.url}/consumers/{group}", data="{}", headers={"Content-Type": "text/plain"})
    assert_error(r, 415, 415)
    rest.create(group, name="dup", **{"fetch.min.bytes": "5", "consumer.request.timeout.ms": 100})
    assert_error(rest.call("POST", f"/consumers/{group}", {"name": "dup"}), 409, 40902)
    base = rest.base(group, "dup")
    assert_error(rest.call("POST", base + "/assignments", {"partitions": [{"topic": unique("missing"), "partition": 0}]}), 404, 40401)
    topic = make_topic(bootstrap, partitions=1)
    assert_error(rest.call("POST", base + "/assignments", {"partitions": [{"topic": topic, "partition": 9}]}), 404, 40402)
    assert_error(rest.call("POST", base + "/offsets", {"offsets": [{"topic": topic, "partition": 9, "offset": 1}]}), 404, 40402)
    # consumer.request.timeout.ms is the default read timeout.
    started = time.monotonic()
    assert rest.records(group, "dup", BINARY, timeout=None) == []
    assert time.monotonic() - started < 5
    assert rest.call("DELETE", base).status_code == 204


def test_instance_cap_and_idle_timeout(bootstrap):
    env = {**FAST_GROUPS, "GREGOR_CONSUMER_MAX_INSTANCES": "2", "GREGOR_CONSUMER_IDLE_DISCONNECT_TIMEOUT": "2"}
    g = Gregor(bootstrap, env=env).start()
    try:
        rest = Rest(g.url)
        group = unique("g")
        rest.create(group, name="a")
        rest.create(group, name="b")
        assert_error(rest.call("POST", f"/consumers/{group}", {"name": "c"}), 429, 42901)
        # Keep "a" busy with requests; "b" idles past the 2 s timeout and is closed.
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            assert rest.call("GET", rest.base(group, "a") + "/subscription").status_code == 200
            time.sleep(0.3)
        assert_error(rest.call("GET", rest.base(group, "b") + "/subscription"), 404, 40403)
        assert rest.call("GET", rest.base(group, "a") + "/subscription").status_code == 200
        rest.create(group, name="c")
    finally:
        g.stop()


def test_instances_beyond_the_fetch_slots_read_every_record_once(bootstrap):
    """With one fetch slot, three instances take turns: each read parks the
    previous reader (partitions paused, queued prefetch freed), and
    every instance still gets each record once, in offset order, and seeks
    made while parked hold."""
    g = Gregor(bootstrap, env={**FAST_GROUPS, "GREGOR_CONSUMER_FETCHING_INSTANCES": "1"}).start()
    try:
        rest = Rest(g.url)
        topic = make_topic(bootstrap)
        count = 300
        values = [base64.b64encode(b"v%03d" % i).decode() for i in range(count)]
        rest.produce(topic, [{"value": v, "partition": i % 2} for i, v in enumerate(values)], BINARY)
        names = {}
        for kind in ("assigned", "subscribed", "assigned-too"):
            group = unique("slots")
            rest.create(group, name=kind, format="binary")
            if kind == "subscribed":
                r = rest.call("POST", rest.base(group, kind) + "/subscription", {"topics": [topic]})
            else:
                r = rest.call("POST", rest.base(group, kind) + "/assignments",
                              {"partitions": [{"topic": topic, "partition": 0}, {"topic": topic, "partition": 1}]})
            assert r.status_code == 204, r.text
            names[kind] = group
        seen = {kind: [] for kind in names}
        deadline = time.monotonic() + 90
        while any(len(s) < count for s in seen.values()) and time.monotonic() < deadline:
            for kind, group in names.items():
                # max_bytes 40: about ten 4-byte records a read, so most of a
                # fetched batch is still queued when the next reader parks it.
                for rec in rest.records(group, kind, BINARY, timeout=2000, max_bytes=40):
                    seen[kind].append((rec["partition"], rec["offset"], rec["value"]))
        for kind, records in seen.items():
            assert len(records) == count, (kind, len(records))
            assert len(set((p, o) for p, o, _ in records)) == count, kind
            assert sorted(v for _, _, v in records) == sorted(values), kind
            for partition in (0, 1):
                offsets = [o for p, o, _ in records if p == partition]
                assert offsets == sorted(offsets), (kind, partition)
        # "assigned" is parked now ("assigned-too" read last); a seek holds.
        group = names["assigned"]
        r = rest.call("POST", rest.base(group, "assigned") + "/positions/beginning",
                      {"partitions": [{"topic": topic, "partition": 0}]})
        assert r.status_code == 204, r.text
        again = []
        deadline = time.monotonic() + 30
        while not again and time.monotonic() < deadline:
            again = rest.records(group, "assigned", BINARY, timeout=3000)
        assert again and {(rec["partition"], rec["offset"]) for rec in again} >= {(0, 0)}, again
        assert all(rec["partition"] == 0 for rec in again), again
    finally:
        g.stop()
