"""Hostile and careless input (issue "Hardening"): records any producer can
write, names and bodies a client can send. Each case checks the answer's
status and body shape, that the server still answers afterwards, and that
nothing was lost: records are read back by an independent rdkafka consumer
where the proxy refused them, and the subject list is unchanged where the
registry refused."""
import json
import struct
import sys
import time

import pytest
import requests
from confluent_kafka import Consumer, Producer, TopicPartition

from conftest import create_topic, unique

V2 = "application/vnd.kafka.v2+json"
JSON = "application/vnd.kafka.json.v2+json"
AVRO = "application/vnd.kafka.avro.v2+json"
BINARY = "application/vnd.kafka.binary.v2+json"
SR = "application/vnd.schemaregistry.v1+json"

# Values 1000 levels deep are read back here too.
sys.setrecursionlimit(20000)

RECURSIVE = {"type": "record", "name": "N", "fields": [{"name": "next", "type": ["null", "N"]}]}


@pytest.fixture(scope="module")
def server(group_gregor):
    return group_gregor


class Api:
    def __init__(self, url):
        self.url = url
        self.s = requests.Session()

    def call(self, method, path, body=None, content_type=V2, accept=None, **kw):
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        data = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
        return self.s.request(method, self.url + path, data=data, headers=headers, timeout=40, **kw)

    def alive(self):
        r = self.s.get(self.url + "/_health", timeout=5)
        assert r.status_code == 200, "the server no longer answers"

    def instance(self, group, topic, fmt, partition=0):
        """A consumer instance assigned `topic`'s `partition` from the beginning; its path."""
        name = unique("i")
        r = self.call("POST", f"/consumers/{group}", {"name": name, "format": fmt, "auto.offset.reset": "earliest"})
        assert r.status_code == 200, r.text
        base = f"/consumers/{group}/instances/{name}"
        r = self.call("POST", base + "/assignments", {"partitions": [{"topic": topic, "partition": partition}]})
        assert r.status_code == 204, r.text
        return base

    def records(self, base, accept, timeout=3000):
        return self.call("GET", base + "/records", accept=accept, params={"timeout": timeout})


@pytest.fixture(scope="module")
def api(server):
    return Api(server.url)


def produce_raw(bootstrap, topic, values, partition=0):
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for value in values:
        p.produce(topic, value=value, partition=partition)
    assert p.flush(20) == 0


def read_back(bootstrap, topic, count, partition=0):
    """The first `count` values of a partition, read by an independent rdkafka consumer."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("check"), "enable.auto.commit": False})
    c.assign([TopicPartition(topic, partition, 0)])
    out, deadline = [], time.monotonic() + 20
    while len(out) < count and time.monotonic() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            out.append(m.value())
    c.close()
    return out


def poll_until(api, base, accept, want, deadline_s=20):
    """Reads until a non-empty answer (or an error) comes back."""
    deadline = time.monotonic() + deadline_s
    while True:
        r = api.records(base, accept)
        if r.status_code != 200 or r.json() or time.monotonic() > deadline:
            return r


def wire(schema_id, payload):
    return b"\x00" + struct.pack(">I", schema_id) + payload


def register(api, subject, schema, schema_type=None):
    body = {"schema": json.dumps(schema) if not isinstance(schema, str) else schema}
    if schema_type:
        body["schemaType"] = schema_type
    r = api.call("POST", f"/subjects/{subject}/versions", body, content_type=SR)
    assert r.status_code == 200, r.text
    return r.json()["id"]


# --- 1. deep values and schemas -------------------------------------------

def test_deep_recursive_avro_value_is_a_per_record_error_not_a_crash(bootstrap, server, api):
    topic = create_topic(bootstrap, "deep")
    schema_id = register(api, f"{topic}-value", RECURSIVE)
    shallow = wire(schema_id, b"\x02\x02\x00")  # two records deep
    deep = wire(schema_id, b"\x02" * 600 + b"\x00")  # 600 records: 1200 JSON levels
    ok_deep = wire(schema_id, b"\x02" * 499 + b"\x00")  # 500 records, 999 JSON levels: served
    produce_raw(bootstrap, topic, [shallow, deep, ok_deep])

    base = api.instance(unique("g"), topic, "avro")
    first = poll_until(api, base, AVRO, 1)
    assert first.status_code == 200, first.text
    assert [r["offset"] for r in first.json()] == [0]
    assert first.json()[0]["value"] == {"next": {"N": {"next": {"N": {"next": None}}}}}
    # The bad record, every time, until the client seeks past it.
    for _ in range(2):
        bad = api.records(base, AVRO)
        assert bad.status_code == 422, bad.text
        assert bad.json()["error_code"] == 42203
        assert f"topic {topic} partition 0 offset 1" in bad.json()["message"]
        assert "deeper than 1000" in bad.json()["message"]
    api.alive()
    assert api.call("POST", base + "/positions", {"offsets": [{"topic": topic, "partition": 0, "offset": 2}]}).status_code == 204
    last = poll_until(api, base, AVRO, 1)
    assert last.status_code == 200, last.text
    assert [r["offset"] for r in last.json()] == [2]
    depth, node = 0, last.json()[0]["value"]
    while node["next"] is not None:
        node, depth = node["next"]["N"], depth + 1
    assert depth == 499  # one record per non-null union branch

    # Subscribe with schema-registry decoding: a per-record error, the stream goes on.
    params = [("subscription.group", unique("tail")), ("subscription.topics", topic),
              ("subscription.auto_offset_reset", "OFFSET_RESET_EARLIEST"),
              ("subscription.decoding", "DECODING_SCHEMA_REGISTRY")]
    r = requests.get(f"{server.url}/gregor/v1/subscribe", params=params, stream=True, timeout=60)
    assert r.status_code == 200
    seen = []
    for line in r.iter_lines():
        event = json.loads(line)
        seen += event.get("batch", {}).get("records", [])
        if len(seen) >= 3:
            break
    r.close()
    assert "valueJson" in seen[0] and "valueDecodeError" not in seen[0]
    assert "deeper than 1000" in seen[1]["valueDecodeError"] and seen[1]["valueSchemaId"] == schema_id
    assert "valueJson" in seen[2]
    api.alive()


def test_deep_json_values_and_schemas_up_to_jacksons_limit(bootstrap, api):
    topic = create_topic(bootstrap, "deepjson")
    # A JSON value 990 levels deep (the body adds 3): produced and read back in order.
    value = 1
    for i in range(990):
        value = {"z": i, "a": value} if i % 2 else [value]
    r = api.call("POST", f"/topics/{topic}", {"records": [{"value": value}]}, content_type=JSON)
    assert r.status_code == 200, r.text[:300]
    # 1100 levels: refused with a clear 400, nothing produced.
    too_deep = "[" * 1100 + "]" * 1100
    r = api.call("POST", f"/topics/{topic}", '{"records":[{"value":' + too_deep + "}]}", content_type=JSON)
    assert r.status_code == 400 and "deeper than 1000" in r.json()["message"], r.text[:300]
    # A record nested past the limit, written by another producer.
    produce_raw(bootstrap, topic, [too_deep.encode(), b'{"ok":true}'])
    stored = read_back(bootstrap, topic, 3)
    # Stored as written: keys in the client's order.
    assert len(stored) == 3 and stored[0].startswith(b'{"z":989,"a":[{"z":987,"a":[')

    base = api.instance(unique("g"), topic, "json")
    first = poll_until(api, base, JSON, 1)
    assert first.status_code == 200
    assert first.json()[0]["value"] == value
    assert api.records(base, JSON).json()["error_code"] == 42203
    api.alive()

    # Schemas: 300 nested Avro records (900 JSON levels), 400 JSON Schema levels.
    avro = {"type": "int"}
    for i in range(300):
        avro = {"type": "record", "name": f"R{i}", "fields": [{"name": "f", "type": avro}]}
    register(api, unique("deep-avro"), avro)
    js = {"type": "integer"}
    for _ in range(400):
        js = {"type": "object", "properties": {"p": js}}
    register(api, unique("deep-js"), js, "JSON")
    deep_schema = "[" * 5000 + "]" * 5000
    r = api.call("POST", f"/subjects/{unique('deep')}/versions", {"schema": deep_schema}, content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42201, r.text[:300]
    api.alive()


# --- 2. a record the consumer cannot decode costs no other record -----------

def test_undecodable_json_record_keeps_its_neighbours(bootstrap, api):
    topic = create_topic(bootstrap, "poison")
    produce_raw(bootstrap, topic, [b'{"n":0}', b'{"n":1}', b"not json{", b'{"n":3}'])
    base = api.instance(unique("g"), topic, "json")
    first = poll_until(api, base, JSON, 2)
    assert first.status_code == 200, first.text
    assert [r["value"] for r in first.json()] == [{"n": 0}, {"n": 1}]
    bad = api.records(base, JSON)
    assert bad.status_code == 422 and bad.json()["error_code"] == 42203
    assert f"topic {topic} partition 0 offset 2" in bad.json()["message"]
    assert api.records(base, JSON).status_code == 422, "the position stays at the bad record"
    assert api.call("POST", base + "/positions", {"offsets": [{"topic": topic, "partition": 0, "offset": 3}]}).status_code == 204
    last = poll_until(api, base, JSON, 1)
    assert [r["value"] for r in last.json()] == [{"n": 3}]
    # Committing everything consumed commits past offset 3 only.
    r = api.call("POST", base + "/offsets")
    assert r.status_code == 200, r.text
    assert read_back(bootstrap, topic, 4)[2] == b"not json{"


# --- 3, 4. seeks -------------------------------------------------------------

def test_seek_by_timestamp_on_unknown_topic_or_partition_is_404(bootstrap, api):
    topic = create_topic(bootstrap, "seekts")
    base = api.instance(unique("g"), topic, "binary")
    for target, code in [({"topic": unique("nope"), "partition": 0}, 40401), ({"topic": topic, "partition": 9}, 40402),
                         ({"topic": "", "partition": 0}, 40401)]:
        started = time.monotonic()
        r = api.call("POST", base + "/positions", {"timestamps": [{**target, "timestamp": 0}]})
        assert r.status_code == 404 and r.json()["error_code"] == code, r.text
        assert time.monotonic() - started < 5
    r = api.call("POST", base + "/positions", {"timestamps": [{"topic": topic, "partition": 0, "timestamp": 0}]})
    assert r.status_code == 204, r.text


def test_seek_right_after_assignment_always_works(bootstrap, api):
    topic = create_topic(bootstrap, "seekassign")
    produce_raw(bootstrap, topic, [b"a", b"b", b"c"])
    group = unique("g")
    for i in range(6):
        base = api.instance(group, topic, "binary")
        path, body = [("/positions", {"offsets": [{"topic": topic, "partition": 0, "offset": 2}]}),
                      ("/positions/beginning", {"partitions": [{"topic": topic, "partition": 0}]}),
                      ("/positions/end", {"partitions": [{"topic": topic, "partition": 0}]})][i % 3]
        r = api.call("POST", base + path, body)
        assert r.status_code == 204, (path, r.text)
        if path == "/positions":
            got = poll_until(api, base, BINARY, 1)
            assert [x["offset"] for x in got.json()] == [2]
        assert api.call("DELETE", base).status_code == 204


# --- 5. names ------------------------------------------------------------------

def test_instance_names_are_reachable_at_their_base_uri(bootstrap, server, api):
    group = unique("g")
    for name in ["a%2Fb", "a?b#c", "sp ace"]:
        r = api.call("POST", f"/consumers/{group}", {"name": name, "format": "binary"})
        assert r.status_code == 200, r.text
        assert r.json()["instance_id"] == name
        base_uri = r.json()["base_uri"]
        assert base_uri.startswith(server.url) or base_uri.startswith("http")
        path = base_uri[base_uri.index("/consumers/"):]
        assert api.call("GET", path + "/subscription").status_code == 200, path
        assert api.call("DELETE", path).status_code == 204, path
    r = api.call("POST", "/consumers/%00", {"format": "binary"})
    assert r.status_code == 422 and r.json()["error_code"] == 42204, r.text
    r = api.call("POST", f"/consumers/{group}", {"name": "a\nb", "format": "binary"})
    assert r.status_code == 422 and r.json()["error_code"] == 42204, r.text
    api.alive()
