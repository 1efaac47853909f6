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


# --- 6. produce bodies and content types ---------------------------------------

def test_produce_without_records_is_422_and_unknown_content_types_415(bootstrap, api):
    topic = create_topic(bootstrap, "empty")
    for body in ['{}', '{"records":[]}', '']:
        r = api.call("POST", f"/topics/{topic}", body, content_type=BINARY)
        assert r.status_code == 422 and r.json()["error_code"] == 422, (body, r.text)
    for content_type in ["application/vnd.kafka.v3+json", "application/vnd.kafka.binary.v1+foo", "bar/baz"]:
        r = api.call("POST", f"/topics/{topic}", {"records": [{"value": "aGk="}]}, content_type=content_type)
        assert r.status_code == 415 and r.json()["error_code"] == 415, (content_type, r.text)
    r = api.s.post(api.url + f"/topics/{topic}", data='{"records":[{"value":"aGk="}]}', timeout=10)
    assert r.status_code == 415, "a produce must name its embedded format"
    # What Karapace also takes: its users' clients keep working.
    accepted = {"application/json": "aGk=", "application/octet-stream": "aGk=", "application/vnd.kafka+json": "aGk=",
                "application/vnd.kafka.binary.v1+json": "aGk=", "application/vnd.kafka.json.v1+json": {"v": 1},
                "application/vnd.kafka.json+json": {"v": 2}}
    for content_type, value in accepted.items():
        r = api.call("POST", f"/topics/{topic}", {"records": [{"value": value}]}, content_type=content_type)
        assert r.status_code == 200, (content_type, r.text)
    stored = read_back(bootstrap, topic, len(accepted))
    assert stored == [b"hi", b"hi", b"hi", b"hi", b'{"v":1}', b'{"v":2}']


def test_binary_that_is_not_base64_is_400(bootstrap, api):
    topic = create_topic(bootstrap, "b64")
    for value in ["%%%", {"a": 1}, 5]:
        r = api.call("POST", f"/topics/{topic}", {"records": [{"value": value}]}, content_type=BINARY)
        assert r.status_code == 400 and r.json()["error_code"] == 400, (value, r.text)
    assert read_back(bootstrap, topic, 1) == []


# --- 7. key order ---------------------------------------------------------------

def test_json_and_avro_keep_the_writers_order(bootstrap, api):
    topic = create_topic(bootstrap, "order")
    r = api.call("POST", f"/topics/{topic}", {"records": [{"value": {"z": 1, "a": 2, "m": {"y": 0, "b": 1}}}]}, content_type=JSON)
    assert r.status_code == 200, r.text
    assert read_back(bootstrap, topic, 1) == [b'{"z":1,"a":2,"m":{"y":0,"b":1}}']
    base = api.instance(unique("g"), topic, "json")
    got = poll_until(api, base, JSON, 1)
    assert got.text.count('"value":{"z":1,"a":2,"m":{"y":0,"b":1}}') == 1, got.text

    avro_topic = create_topic(bootstrap, "avroorder")
    schema = {"type": "record", "name": "O", "fields": [{"name": "zeta", "type": "int"}, {"name": "alpha", "type": "string"}]}
    r = api.call("POST", f"/topics/{avro_topic}", {"value_schema": json.dumps(schema), "records": [{"value": {"alpha": "a", "zeta": 1}}]},
                 content_type=AVRO)
    assert r.status_code == 200, r.text
    base = api.instance(unique("g"), avro_topic, "avro")
    got = poll_until(api, base, AVRO, 1)
    assert '"value":{"zeta":1,"alpha":"a"}' in got.text, got.text


# --- 13. Avro named types used twice --------------------------------------------

def test_avro_nested_and_repeated_named_types_produce_and_consume(bootstrap, api):
    topic = create_topic(bootstrap, "named")
    schema = {"type": "record", "name": "R", "namespace": "n", "fields": [
        {"name": "a", "type": {"type": "record", "name": "Attr", "fields": [{"name": "v", "type": "int"}]}},
        {"name": "b", "type": "Attr"},
        {"name": "list", "type": {"type": "array", "items": "n.Attr"}},
        {"name": "opt", "type": ["null", "n.Attr"], "default": None}]}
    value = {"a": {"v": 1}, "b": {"v": 2}, "list": [{"v": 3}, {"v": 4}], "opt": {"n.Attr": {"v": 5}}}
    r = api.call("POST", f"/topics/{topic}", {"value_schema": json.dumps(schema), "records": [{"value": value}]}, content_type=AVRO)
    assert r.status_code == 200, r.text
    schema_id = r.json()["value_schema_id"]
    r = api.call("POST", f"/topics/{topic}", {"value_schema_id": schema_id, "records": [{"value": value}]}, content_type=AVRO)
    assert r.status_code == 200, r.text
    base = api.instance(unique("g"), topic, "avro")
    got = poll_until(api, base, AVRO, 2)
    records = got.json()
    while len(records) < 2:
        records += api.records(base, AVRO).json()
    assert [x["value"] for x in records] == [value, value]


# --- 18. schema ids of another subject --------------------------------------------

def test_value_schema_id_must_belong_to_the_topics_subject(bootstrap, api):
    topic = create_topic(bootstrap, "sid")
    other = register(api, unique("elsewhere"), {"type": "string"})
    r = api.call("POST", f"/topics/{topic}", {"value_schema_id": other, "records": [{"value": "x"}]}, content_type=AVRO)
    assert r.status_code == 422 and r.json()["error_code"] == 42207, r.text
    assert read_back(bootstrap, topic, 1) == []
    own = register(api, f"{topic}-value", {"type": "string"})
    r = api.call("POST", f"/topics/{topic}", {"value_schema_id": own, "records": [{"value": "x"}]}, content_type=AVRO)
    assert r.status_code == 200, r.text


# --- 8, 16, 17. registry refusals --------------------------------------------------

def test_invalid_subjects_are_42208_and_nothing_is_stored(api):
    before = api.call("GET", "/subjects", content_type=SR).json()
    for subject in ["%00bad", "a%0Ab", "__GLOBAL", ":.ctx:__EMPTY", "%2E%2E"]:
        r = api.call("POST", f"/subjects/{subject}/versions", {"schema": '"string"'}, content_type=SR)
        assert r.status_code == 422 and r.json()["error_code"] == 42208, (subject, r.text)
        assert r.json()["message"].endswith("is not a valid.")
    r = api.call("PUT", "/config/a%01b", {"compatibility": "NONE"}, content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42208, r.text
    assert api.call("GET", "/subjects", content_type=SR).json() == before
    api.alive()


def test_json_schema_refusals_and_no_network(api):
    # A $ref to nothing inside the schema.
    r = api.call("POST", f"/subjects/{unique('js')}/versions",
                 {"schemaType": "JSON", "schema": json.dumps({"type": "object", "properties": {"a": {"$ref": "#/definitions/nope"}}})},
                 content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42201, r.text
    # An unknown $schema is read as draft 7, never fetched.
    started = time.monotonic()
    r = api.call("POST", f"/subjects/{unique('js')}/versions",
                 {"schemaType": "JSON", "schema": json.dumps({"$schema": "http://127.0.0.1:9/unknown#", "type": "string"})},
                 content_type=SR)
    assert r.status_code == 200, r.text
    assert time.monotonic() - started < 5
    # items: one schema for all -> a tuple is incompatible under BACKWARD.
    subject = unique("js-items")
    register(api, subject, {"type": "array", "items": {"type": "string"}}, "JSON")
    r = api.call("POST", f"/compatibility/subjects/{subject}/versions/latest",
                 {"schemaType": "JSON", "schema": json.dumps({"type": "array", "items": [{"type": "string"}]})}, content_type=SR)
    assert r.status_code == 200 and r.json()["is_compatible"] is False, r.text


def test_registry_codes_and_texts_are_confluents(api):
    subject = unique("texts")
    r = api.call("POST", f"/compatibility/subjects/{subject}/versions/1", {"schema": '"string"'}, content_type=SR)
    assert r.status_code == 404 and r.json() == {"error_code": 40402, "message": "Version 1 not found."}, r.text
    r = api.call("POST", f"/subjects/{subject}/versions", {"schema": ""}, content_type=SR)
    assert r.status_code == 422 and r.json() == {"error_code": 42201, "message": "Empty schema"}, r.text
    register(api, subject, {"type": "string"})
    assert api.call("DELETE", f"/subjects/{subject}", content_type=SR).status_code == 200
    r = api.call("DELETE", f"/subjects/{subject}", content_type=SR)
    assert r.json() == {"error_code": 40404,
                        "message": f"Subject '{subject}' was soft deleted.Set permanent=true to delete permanently"}, r.text


# --- 11, 12. Accept lists and trailing slashes ----------------------------------------

def test_accept_lists_and_wildcards(bootstrap, api):
    topic = create_topic(bootstrap, "accept")
    schema_id = register(api, f"{topic}-value", {"type": "string"})
    produce_raw(bootstrap, topic, [wire(schema_id, b"\x04hi")])
    base = api.instance(unique("g"), topic, "avro")
    accept = "application/vnd.kafka.avro.v2+json, application/vnd.kafka.v2+json, application/json, */*"
    got = poll_until(api, base, accept, 1)
    assert got.status_code == 200, got.text
    assert got.headers["content-type"] == AVRO
    assert [x["value"] for x in got.json()] == ["hi"]
    r = api.records(base, BINARY)
    assert r.status_code == 406 and r.json()["error_code"] == 40601, r.text
    r = api.s.get(api.url + "/subjects", headers={"Accept": "*/anything"}, timeout=10)
    assert r.status_code == 200, r.text


def test_trailing_slashes_route_as_without(bootstrap, api):
    assert api.s.get(api.url + "/subjects/", timeout=10).status_code == 200
    assert api.s.get(api.url + "/topics/", timeout=10).status_code == 200
    r = api.call("POST", f"/consumers/{unique('g')}/", {"format": "binary"})
    assert r.status_code == 200, r.text


# --- 19. the schemas topic deleted under a running Gregor ------------------------

def test_deleting_the_schemas_topic_does_not_kill_gregor(bootstrap, fresh_gregor):
    from confluent_kafka.admin import AdminClient, NewTopic

    g = fresh_gregor.start()
    api = Api(g.url)
    register(api, unique("before"), {"type": "string"})
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.delete_topics([g.topic]).values():
        f.result(10)

    def health_until(status, deadline_s=20):
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            assert g.proc.poll() is None, f"gregor exited with {g.proc.returncode}"
            r = api.s.get(g.url + "/_health", timeout=5)
            if r.status_code == status:
                return r
            time.sleep(0.3)
        raise AssertionError(f"/_health never answered {status}")

    gone = health_until(503)
    assert gone.json()["healthy"] is False and "status" in gone.json()
    time.sleep(3)  # consumers keep fetching the missing topic: still alive
    assert g.proc.poll() is None
    for f in admin.create_topics([NewTopic(g.topic, 1, 1, config={"cleanup.policy": "compact"})]).values():
        f.result(10)
    back = health_until(200)
    assert back.json()["healthy"] is True
    subject = unique("after")
    schema_id = register(api, subject, '"int"')
    assert api.call("GET", f"/schemas/ids/{schema_id}", content_type=SR).json()["schema"] == '"int"'
    assert subject in api.call("GET", "/subjects", content_type=SR).json()


def end_offset(bootstrap, topic):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("check")})
    try:
        return c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)[1]
    finally:
        c.close()


def test_the_schemas_topic_refuses_writers_and_stays_open_to_readers(bootstrap, server, api):
    """schemas_topic_protected (on by default): no REST or gRPC client can
    delete, alter or write the registry's own topic (schemathesis deleted
    it through v3 once); it is still read, and nothing reached it."""
    import grpc
    from google.rpc import error_details_pb2, status_pb2
    from gregor.kafka.v1 import kafka_pb2 as pb
    from gregor.kafka.v1 import kafka_pb2_grpc as rpc

    topic = server.topic
    subject = unique("kept")
    register(api, subject, {"type": "string"})
    before = end_offset(bootstrap, topic)
    v3 = api.call("GET", "/v3/clusters", content_type="application/json").json()["data"][0]["metadata"]["self"]
    v3 = v3[len(server.url):] + f"/topics/{topic}"
    record = {"records": [{"value": "eA=="}]}
    refused = [
        api.call("POST", f"/topics/{topic}", record, content_type=BINARY),
        api.call("POST", f"/topics/{topic}/partitions/0", record, content_type=BINARY),
        api.call("DELETE", v3, content_type="application/json"),
        api.call("PATCH", v3, {"partitions_count": 3}, content_type="application/json"),
        api.call("PUT", v3 + "/configs/cleanup.policy", {"value": "delete"}, content_type="application/json"),
        api.call("DELETE", v3 + "/configs/cleanup.policy", content_type="application/json"),
        api.call("POST", v3 + "/configs:alter", {"data": [{"name": "retention.ms", "value": "1"}]}, content_type="application/json"),
    ]
    for r in refused:
        assert r.status_code == 403, (r.request.method, r.request.url, r.status_code, r.text)
        assert r.json()["error_code"] == 40301 and "schemas_topic_protected" in r.json()["message"], r.text
    streamed = api.call("POST", v3 + "/records", {"value": {"type": "BINARY", "data": "eA=="}}, content_type="application/json")
    assert streamed.status_code == 200, streamed.text
    [answer] = [json.loads(line) for line in streamed.text.split("\r\n") if line]
    assert answer["error_code"] == 40301 and "schemas_topic_protected" in answer["message"], answer
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        with pytest.raises(grpc.RpcError) as err:
            rpc.KafkaServiceStub(channel).Produce(pb.ProduceRequest(topic=topic, records=[pb.Record(value=b"x")]), timeout=30)
    assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED, err.value
    status = status_pb2.Status.FromString(dict(err.value.trailing_metadata())["grpc-status-details-bin"])
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info) and info.reason == "SCHEMAS_TOPIC_PROTECTED"
    # Readers still see it; nothing was written, deleted or altered.
    described = api.call("GET", f"/topics/{topic}", accept=V2)
    assert described.status_code == 200 and described.json()["configs"]["cleanup.policy"] == "compact", described.text
    assert api.call("GET", v3 + "/partitions", content_type="application/json").json()["data"].__len__() == 1
    assert end_offset(bootstrap, topic) == before
    assert subject in api.call("GET", "/subjects", content_type=SR).json()
    api.alive()


def test_an_unprotected_schemas_topic_takes_writes_and_the_registry_skips_them(bootstrap, fresh_gregor):
    """schemas_topic_protected=false: Karapace's and Confluent's behaviour;
    a record that is no registry record is skipped, the registry goes on."""
    g = fresh_gregor
    g.env = {**g.env, "GREGOR_SCHEMAS_TOPIC_PROTECTED": "false"}
    g.start()
    api = Api(g.url)
    r = api.call("POST", f"/topics/{g.topic}", {"records": [{"key": "bm90IGEga2V5", "value": "eA=="}]}, content_type=BINARY)
    assert r.status_code == 200 and r.json()["offsets"][0]["error_code"] is None, r.text
    subject = unique("after-junk")
    schema_id = register(api, subject, '"long"')
    assert api.call("GET", f"/schemas/ids/{schema_id}", content_type=SR).json()["schema"] == '"long"'
    api.alive()


def test_deleting_a_consumed_topic_does_not_kill_gregor(bootstrap, server, api):
    from confluent_kafka.admin import AdminClient

    topic = create_topic(bootstrap, "gone")
    produce_raw(bootstrap, topic, [b"a", b"b"])
    base = api.instance(unique("g"), topic, "binary")
    assert len(poll_until(api, base, BINARY, 1).json()) >= 1
    params = [("subscription.group", unique("tail")), ("subscription.topics", topic),
              ("subscription.auto_offset_reset", "OFFSET_RESET_EARLIEST")]
    stream = requests.get(f"{server.url}/gregor/v1/subscribe", params=params, stream=True, timeout=60)
    assert stream.status_code == 200
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.delete_topics([topic]).values():
        f.result(10)
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline:
        r = api.records(base, BINARY, timeout=500)
        assert r.status_code in (200, 404), r.text
        api.alive()
    stream.close()
    assert api.call("DELETE", base).status_code == 204


# --- 10. operations clients call ---------------------------------------------------

def test_latest_with_metadata_as_confluents_client_asks(server, api):
    from confluent_kafka.schema_registry import Metadata, MetadataProperties, Schema, SchemaRegistryClient

    subject = unique("meta")
    client = SchemaRegistryClient({"url": server.url})
    client.set_compatibility(subject_name=subject, level="NONE")
    for owner in ["ann", "bob", "ann"]:
        client.register_schema(subject, Schema(json.dumps({"type": "record", "name": f"R{owner}{time.monotonic_ns()}", "fields": []}),
                                                "AVRO", metadata=Metadata(None, MetadataProperties({"owner": owner}), None)))
    found = client.get_latest_with_metadata(subject, {"owner": "bob"})
    assert found.version == 2
    assert client.get_latest_with_metadata(subject, {"owner": "ann"}).version == 3
    r = api.call("GET", f"/subjects/{subject}/metadata", content_type=SR, params={"key": "owner", "value": "eve"})
    assert r.status_code == 404 and r.json()["error_code"] == 40403, r.text
    r = api.call("GET", f"/subjects/{unique('none')}/metadata", content_type=SR, params={"key": "owner", "value": "ann"})
    assert r.status_code == 404 and r.json()["error_code"] == 40401, r.text


# --- 9. rule sets ------------------------------------------------------------------

def test_invalid_rule_sets_are_refused_and_not_stored(api):
    subject = unique("rules")
    bad = {"enableAt": "EVERYWHERE", "domainRules": []}
    r = api.call("PUT", f"/config/{subject}", {"defaultRuleSet": bad}, content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42210, r.text
    assert api.call("GET", f"/config/{subject}", content_type=SR).status_code == 404
    rule = {"name": "r", "kind": "CONDITION", "mode": "WRITE", "type": "CEL", "params": {"n": 1}}
    r = api.call("POST", f"/subjects/{subject}/versions", {"schema": '"string"', "ruleSet": {"domainRules": [rule]}}, content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42210, r.text
    assert api.call("GET", f"/subjects/{subject}/versions", content_type=SR).status_code == 404
    r = api.call("PUT", "/config", {}, content_type=SR)
    assert r.status_code == 200, r.text


# --- 15. Protobuf: Confluent's known dependencies, references to "latest" ----------

def test_protobuf_known_dependencies_and_latest_references(api):
    known = ["calendar_period", "color", "datetime", "decimal", "expr", "fraction", "interval",
             "phone_number", "postal_address", "quaternion"]
    imports = "".join(f'import "google/type/{name}.proto";\n' for name in known)
    schema = ('syntax = "proto3";\n' + imports + 'import "confluent/type/variant.proto";\n'
              "message M {\n  google.type.Color c = 1;\n  google.type.DateTime t = 2;\n  google.type.PhoneNumber p = 3;\n"
              "  google.type.Quaternion q = 4;\n  google.type.CalendarPeriod period = 5;\n  confluent.type.Variant v = 6;\n}\n")
    register(api, unique("known"), schema, "PROTOBUF")
    # A custom option that names no defined extension is accepted (Confluent
    # parses with Wire and ignores it), on a oneof as anywhere else.
    undefined = ('syntax = "proto3";\nimport "confluent/meta.proto";\noption (file_opt) = true;\n'
                 'message O {\n  option (msg_opt) = 1;\n  oneof choice {\n    option (my.oneof_opt) = "x";\n'
                 '    int32 a = 1 [(field_opt) = 2, (confluent.field_meta).doc = "kept"];\n    string b = 2;\n  }\n}\n')
    register(api, unique("options"), undefined, "PROTOBUF")
    # A name that is not an option and is not defined is still refused.
    r = api.call("POST", f"/subjects/{unique('options')}/versions",
                 {"schemaType": "PROTOBUF", "schema": 'syntax = "proto3";\nmessage O { Missing m = 1; }\n'}, content_type=SR)
    assert r.status_code == 422 and r.json()["error_code"] == 42201, r.text
    dep = unique("dep")
    register(api, dep, 'syntax = "proto3";\npackage d;\nmessage D { int32 a = 1; }\n', "PROTOBUF")
    register(api, dep, 'syntax = "proto3";\npackage d;\nmessage D { int32 a = 1; string b = 2; }\n', "PROTOBUF")
    subject = unique("uses")
    body = {"schemaType": "PROTOBUF", "schema": 'syntax = "proto3";\nimport "d.proto";\nmessage U { d.D d = 1; }\n',
            "references": [{"name": "d.proto", "subject": dep, "version": -1}]}
    r = api.call("POST", f"/subjects/{subject}/versions", body, content_type=SR)
    assert r.status_code == 200, r.text
    stored = api.call("GET", f"/subjects/{subject}/versions/latest", content_type=SR).json()
    assert stored["references"] == [{"name": "d.proto", "subject": dep, "version": 2}]


def test_topic_answers_carry_the_topics_configs(bootstrap, api):
    from confluent_kafka.admin import AdminClient, NewTopic

    topic = unique("configs")
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(topic, 1, 1, config={"cleanup.policy": "compact", "retention.ms": "86400000"})]).values():
        f.result(10)
    r = api.call("GET", f"/topics/{topic}")
    assert r.status_code == 200, r.text
    assert r.json()["configs"]["cleanup.policy"] == "compact"
    assert r.json()["configs"]["retention.ms"] == "86400000"
