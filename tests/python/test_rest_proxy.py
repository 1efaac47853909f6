"""Kafka REST Proxy v2 metadata and produce (binary, json) on the registry's
port, against the real broker; records are read back with an independent
client (confluent-kafka) byte for byte. Shapes from confluentinc/kafka-rest
v2 entities (confluent-api.md §3)."""
import base64
import json

import grpc
import pytest
import requests
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import unique
from test_rest_api import assert_error

V2 = "application/vnd.kafka.v2+json"
BINARY = "application/vnd.kafka.binary.v2+json"
JSON = "application/vnd.kafka.json.v2+json"


def b64(data):
    return base64.b64encode(data).decode()


@pytest.fixture
def topic(bootstrap):
    name = unique("rest")
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(name, 2, 1, config={"retention.ms": "600000"})]).values():
        f.result(10)
    return name


def produce(gregor, path, body, content_type):
    return requests.post(gregor.url + path, data=json.dumps(body), headers={"Content-Type": content_type}, timeout=30)


def read(bootstrap, topic, partition, count):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("g"), "enable.auto.commit": False})
    c.assign([TopicPartition(topic, partition, 0)])
    out = []
    while len(out) < count:
        msg = c.poll(10)
        assert msg is not None, f"only {len(out)} of {count} records"
        assert not msg.error()
        out.append(msg)
    extra = c.poll(1)
    c.close()
    assert extra is None, "more records than produced"
    return out


def test_metadata(gregor, topic):
    r = requests.get(gregor.url + "/brokers")
    assert r.status_code == 200 and r.headers["content-type"] == V2
    assert r.json() == {"brokers": [111]}
    assert topic in requests.get(gregor.url + "/topics").json()
    detail = requests.get(f"{gregor.url}/topics/{topic}").json()
    assert list(detail) == ["name", "configs", "partitions"]
    assert detail["name"] == topic and detail["configs"]["retention.ms"] == "600000"
    replica = [{"broker": 111, "leader": True, "in_sync": True}]
    assert detail["partitions"] == [{"partition": p, "leader": 111, "replicas": replica} for p in (0, 1)]
    assert requests.get(f"{gregor.url}/topics/{topic}/partitions").json() == detail["partitions"]
    assert requests.get(f"{gregor.url}/topics/{topic}/partitions/1").json() == detail["partitions"][1]
    assert requests.get(f"{gregor.url}/topics/{topic}/partitions/0/offsets").json() == {"beginning_offset": 0, "end_offset": 0}
    assert_error(requests.get(f"{gregor.url}/topics/{topic}/partitions/7"), 404, 40402)
    missing = unique("missing")
    assert_error(requests.get(f"{gregor.url}/topics/{missing}"), 404, 40401)
    assert_error(requests.get(f"{gregor.url}/topics/{missing}/partitions"), 404, 40401)
    # asking about a topic does not create it
    assert missing not in requests.get(gregor.url + "/topics").json()


def test_produce_binary_and_read_back(bootstrap, gregor, topic):
    body = {"records": [
        {"key": b64(b"k1"), "value": b64(b"\x00\x01binary\xff")},
        {"value": b64(b"no key"), "partition": 1},
        {"key": b64(b"tomb"), "value": None, "partition": 1},
        {"value": b64(b"with headers"), "partition": 0, "headers": [{"key": "h", "value": b64(b"hv")}]},
    ]}
    r = produce(gregor, f"/topics/{topic}", body, BINARY)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == V2
    result = r.json()
    assert list(result) == ["key_schema_id", "value_schema_id", "offsets"]
    assert result["key_schema_id"] is None and result["value_schema_id"] is None
    for o in result["offsets"]:
        assert list(o) == ["partition", "offset", "error_code", "error"]
        assert o["error_code"] is None and o["error"] is None
    assert [o["partition"] for o in result["offsets"][1:]] == [1, 1, 0]

    # Every record is where the response says, byte for byte, in request order.
    where = [(o["partition"], o["offset"]) for o in result["offsets"]]
    counts = {p: sum(1 for q, _ in where if q == p) for p in (0, 1)}
    stored = {(m.partition(), m.offset()): m for p in (0, 1) for m in read(bootstrap, topic, p, counts[p])}
    expected = [(b"k1", b"\x00\x01binary\xff"), (None, b"no key"), (b"tomb", None), (None, b"with headers")]
    assert [(stored[w].key(), stored[w].value()) for w in where] == expected
    assert stored[where[3]].headers() == [("h", b"hv")]
    for p in (0, 1):
        offsets = [o for q, o in where if q == p]
        assert offsets == sorted(offsets) == list(range(len(offsets)))


def murmur2(key: bytes) -> int:
    """Kafka's `Utils.murmur2`, as an unsigned 32-bit value."""
    m, r, length = 0x5BD1E995, 24, len(key)
    h = (0x9747B28C ^ length) & 0xFFFFFFFF
    for i in range(0, length - length % 4, 4):
        k = int.from_bytes(key[i:i + 4], "little")
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> r
        k = (k * m) & 0xFFFFFFFF
        h = ((h * m) & 0xFFFFFFFF) ^ k
    tail = key[length - length % 4:]
    if len(tail) >= 3:
        h ^= tail[2] << 16
    if len(tail) >= 2:
        h ^= tail[1] << 8
    if tail:
        h ^= tail[0]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h


def java_partition(key: bytes, partitions: int) -> int:
    """`toPositive(murmur2(key)) % partitions`: where Java's producer (and
    so Confluent's REST Proxy) sends a keyed record."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def test_keyed_records_go_where_java_producers_send_them(gregor):
    # Values from Kafka's `UtilsTest.testMurmur2` check the port.
    for key, expected in [(b"21", -973932308), (b"foobar", -790332482), (b"abc", 479470107)]:
        assert murmur2(key) == expected & 0xFFFFFFFF, key
    name = unique("keys")
    admin = AdminClient({"bootstrap.servers": gregor.bootstrap})
    for f in admin.create_topics([NewTopic(name, 6, 1)]).values():
        f.result(10)
    keys = [f"customer-{i}".encode() for i in range(40)]
    records = [{"key": base64.b64encode(k).decode(), "value": "AA=="} for k in keys]
    reply = produce(gregor, f"/topics/{name}", {"records": records}, BINARY)
    assert reply.status_code == 200, reply.text
    got = [o["partition"] for o in reply.json()["offsets"]]
    assert got == [java_partition(k, 6) for k in keys]
    assert len(set(got)) > 1


def test_produce_json_to_partition(bootstrap, gregor, topic):
    values = [{"a": 1, "b": [True, None, "x"]}, "text", 42, None]
    body = {"records": [{"key": {"id": i}, "value": v} for i, v in enumerate(values)]}
    r = produce(gregor, f"/topics/{topic}/partitions/1", body, JSON)
    assert r.status_code == 200, r.text
    assert [(o["partition"], o["offset"]) for o in r.json()["offsets"]] == [(1, i) for i in range(4)]
    got = read(bootstrap, topic, 1, 4)
    assert [json.loads(m.key()) for m in got] == [{"id": i} for i in range(4)]
    assert [None if m.value() is None else json.loads(m.value()) for m in got] == values
    assert got[0].value() == b'{"a":1,"b":[true,null,"x"]}'


def test_bad_input_produces_nothing(bootstrap, gregor, topic):
    bad = {"records": [{"value": b64(b"fine")}, {"value": "not base64!"}]}
    # Binary that is not a base64 string is a malformed request in Confluent (400).
    assert_error(produce(gregor, f"/topics/{topic}", bad, BINARY), 400, 400)
    assert_error(produce(gregor, f"/topics/{topic}", {"records": [{"value": 5}]}, BINARY), 400, 400)
    assert_error(produce(gregor, f"/topics/{topic}", {"records": [{"value": b64(b"x"), "partition": 9}]}, BINARY), 404, 40402)
    assert_error(produce(gregor, f"/topics/{topic}/partitions/9", {"records": [{"value": b64(b"x")}]}, BINARY), 404, 40402)
    missing = unique("missing")
    assert_error(produce(gregor, f"/topics/{missing}", {"records": [{"value": b64(b"x")}]}, BINARY), 404, 40401)
    assert missing not in requests.get(gregor.url + "/topics").json()
    r = requests.post(f"{gregor.url}/topics/{topic}", data="{nope", headers={"Content-Type": BINARY})
    assert_error(r, 400, 400)
    r = requests.post(f"{gregor.url}/topics/{topic}", data="{}", headers={"Content-Type": "text/plain"})
    assert_error(r, 415, 415)
    # Protobuf values need a value_schema or value_schema_id (Confluent 42202).
    r = produce(gregor, f"/topics/{topic}", {"records": [{"value": 1}]}, "application/vnd.kafka.protobuf.v2+json")
    assert_error(r, 422, 42202)
    r = produce(gregor, f"/topics/{topic}", {"records": [{"value": 1}]}, "application/vnd.kafka.xml.v2+json")
    assert_error(r, 415, 415)
    r = requests.get(f"{gregor.url}/brokers", headers={"Accept": "text/html"})
    assert_error(r, 406, 406)
    for partition in (0, 1):
        assert requests.get(f"{gregor.url}/topics/{topic}/partitions/{partition}/offsets").json()["end_offset"] == 0


def test_produce_over_grpc(bootstrap, gregor, topic):
    from google.protobuf import struct_pb2
    from gregor.kafka.v1 import rest_proxy_pb2 as pb
    from gregor.kafka.v1 import rest_proxy_pb2_grpc as rpc
    channel = grpc.insecure_channel(f"127.0.0.1:{gregor.port}")
    stub = rpc.KafkaRestServiceStub(channel)
    value = struct_pb2.Value(string_value=b64(b"over grpc"))
    reply = stub.ProduceToPartition(pb.ProduceToPartitionRequest(
        topic=topic, partition=0, format="BINARY", batch=pb.ProduceBatch(records=[pb.ProduceRecord(value=value)])))
    assert reply.result.offsets[0].offset == 0 and not reply.result.offsets[0].HasField("error_code")
    assert read(bootstrap, topic, 0, 1)[0].value() == b"over grpc"
    assert stub.ListBrokers(pb.ListBrokersRequest()).brokers == [111]
    channel.close()


AVRO = "application/vnd.kafka.avro.v2+json"
JSONSCHEMA = "application/vnd.kafka.jsonschema.v2+json"
PAYMENT = {"type": "record", "name": "Payment", "namespace": "shop", "fields": [
    {"name": "id", "type": "string"},
    {"name": "amount", "type": "double"},
    {"name": "note", "type": ["null", "string"], "default": None},
]}


def deserialize(gregor, topic, messages, kind):
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.avro import AvroDeserializer
    from confluent_kafka.schema_registry.json_schema import JSONDeserializer
    from confluent_kafka.serialization import MessageField, SerializationContext
    client = SchemaRegistryClient({"url": gregor.url})
    de = AvroDeserializer(client) if kind == "avro" else JSONDeserializer(None, schema_registry_client=client)
    return [de(m.value(), SerializationContext(topic, MessageField.VALUE)) for m in messages]


def test_produce_avro_registers_and_writes_wire_format(bootstrap, gregor, sr, topic):
    body = {
        "key_schema": json.dumps({"type": "string"}),
        "value_schema": json.dumps(PAYMENT),
        "records": [
            {"key": "p1", "value": {"id": "p1", "amount": 9.5, "note": {"string": "gift"}}, "partition": 0},
            {"key": "p2", "value": {"id": "p2", "amount": 1.0}, "partition": 0},
        ],
    }
    r = produce(gregor, f"/topics/{topic}", body, AVRO)
    assert r.status_code == 200, r.text
    result = r.json()
    value_id = sr.get(f"/subjects/{topic}-value/versions/latest").json()["id"]
    key_id = sr.get(f"/subjects/{topic}-key/versions/latest").json()["id"]
    assert (result["key_schema_id"], result["value_schema_id"]) == (key_id, value_id)
    messages = read(bootstrap, topic, 0, 2)
    for m in messages:
        assert m.value()[0] == 0 and int.from_bytes(m.value()[1:5], "big") == value_id
        assert m.key()[:5] == b"\x00" + key_id.to_bytes(4, "big")
    assert deserialize(gregor, topic, messages, "avro") == [
        {"id": "p1", "amount": 9.5, "note": "gift"}, {"id": "p2", "amount": 1.0, "note": None}]

    # by id, no key
    again = produce(gregor, f"/topics/{topic}/partitions/1", {"value_schema_id": value_id, "records": [{"value": {"id": "p3", "amount": 2.5}}]}, AVRO)
    assert again.status_code == 200 and again.json()["value_schema_id"] == value_id and again.json()["key_schema_id"] is None
    assert deserialize(gregor, topic, read(bootstrap, topic, 1, 1), "avro") == [{"id": "p3", "amount": 2.5, "note": None}]


def test_produce_avro_rejects_bad_records_whole(gregor, sr, topic):
    value_id = sr.register(f"{topic}-value", PAYMENT).json()["id"]
    bad = {"value_schema_id": value_id, "records": [{"value": {"id": "ok", "amount": 1.0}}, {"value": {"id": "x", "amount": "lots"}}]}
    assert_error(produce(gregor, f"/topics/{topic}", bad, AVRO), 422, 42205)
    assert_error(produce(gregor, f"/topics/{topic}", {"records": [{"value": {"id": "x", "amount": 1}}]}, AVRO), 422, 42202)
    assert_error(produce(gregor, f"/topics/{topic}", {"value_schema_id": value_id, "records": [{"key": "k", "value": {"id": "x", "amount": 1}}]}, AVRO), 422, 42201)
    assert_error(produce(gregor, f"/topics/{topic}", {"value_schema": "{not a schema", "records": [{"value": 1}]}, AVRO), 422, 42205)
    assert_error(produce(gregor, f"/topics/{topic}", {"value_schema_id": 999999, "records": [{"value": 1}]}, AVRO), 422, 42205)
    for partition in (0, 1):
        assert requests.get(f"{gregor.url}/topics/{topic}/partitions/{partition}/offsets").json()["end_offset"] == 0


def test_produce_jsonschema(bootstrap, gregor, sr, topic):
    schema = {"type": "object", "properties": {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}}, "required": ["id"]}
    body = {"value_schema": json.dumps(schema), "records": [{"value": {"id": 1, "tags": ["a"]}, "partition": 1}]}
    r = produce(gregor, f"/topics/{topic}", body, JSONSCHEMA)
    assert r.status_code == 200, r.text
    registered = sr.get(f"/subjects/{topic}-value/versions/latest").json()
    assert registered["schemaType"] == "JSON" and r.json()["value_schema_id"] == registered["id"]
    messages = read(bootstrap, topic, 1, 1)
    assert messages[0].value()[5:] == b'{"id":1,"tags":["a"]}'
    assert deserialize(gregor, topic, messages, "json") == [{"id": 1, "tags": ["a"]}]
    bad = {"value_schema_id": registered["id"], "records": [{"value": {"tags": ["no id"]}}]}
    assert_error(produce(gregor, f"/topics/{topic}", bad, JSONSCHEMA), 422, 42205)
