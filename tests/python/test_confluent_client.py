"""Confluent's own Python client (confluent-kafka[avro,json] 2.16) against
Gregor, end to end: serializers register and fetch schemas, records go
through a real topic on the real broker and come back deserialized."""
import json

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.schema_registry.error import SchemaRegistryError
from confluent_kafka.schema_registry.json_schema import JSONDeserializer, JSONSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from conftest import unique

AVRO = json.dumps({
    "type": "record", "name": "Payment", "namespace": "shop",
    "fields": [
        {"name": "id", "type": "string"},
        {"name": "amount", "type": "double"},
        {"name": "note", "type": ["null", "string"], "default": None},
    ],
})
JSON_SCHEMA = json.dumps({
    "$schema": "http://json-schema.org/draft-07/schema#", "title": "Order", "type": "object",
    "properties": {"id": {"type": "integer"}, "item": {"type": "string"}}, "required": ["id"],
})


@pytest.fixture
def client(gregor):
    return SchemaRegistryClient({"url": gregor.url})


def round_trip(bootstrap, topic, serializer, deserializer, records):
    """Produces serialized records to a real topic and reads them back."""
    producer = Producer({"bootstrap.servers": bootstrap})
    for record in records:
        value = serializer(record, SerializationContext(topic, MessageField.VALUE))
        assert value[0] == 0, "Confluent wire format starts with magic byte 0"
        producer.produce(topic, value=value, partition=0)
    producer.flush(10)
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("g"), "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, 0, 0)])
    out = []
    while len(out) < len(records):
        msg = consumer.poll(10)
        assert msg is not None and not msg.error()
        out.append((msg.value(), deserializer(msg.value(), SerializationContext(topic, MessageField.VALUE))))
    consumer.close()
    return out


def test_avro_serializer_round_trip(bootstrap, gregor, client):
    topic = unique("payments")
    records = [{"id": "p1", "amount": 9.5, "note": None}, {"id": "p2", "amount": 1.25, "note": "gift"}]
    ser = AvroSerializer(client, AVRO)
    got = round_trip(bootstrap, topic, ser, AvroDeserializer(client), records)
    assert [r for _, r in got] == records
    schema_id = int.from_bytes(got[0][0][1:5], "big")
    registered = client.get_latest_version(f"{topic}-value")
    assert registered.schema_id == schema_id and registered.version == 1
    assert json.loads(client.get_schema(schema_id).schema_str) == json.loads(AVRO)


def test_json_serializer_round_trip(bootstrap, gregor, client):
    topic = unique("orders")
    records = [{"id": 1, "item": "book"}, {"id": 2}]
    ser = JSONSerializer(JSON_SCHEMA, client)
    got = round_trip(bootstrap, topic, ser, JSONDeserializer(None, schema_registry_client=client), records)
    assert [r for _, r in got] == records
    latest = client.get_latest_version(f"{topic}-value")
    assert latest.schema.schema_type == "JSON"
    assert int.from_bytes(got[0][0][1:5], "big") == latest.schema_id


def test_admin_calls(gregor, client):
    subject = unique("a") + "/b-value"
    schema = Schema(AVRO, "AVRO")
    schema_id = client.register_schema(subject, schema)
    assert client.register_schema(subject, schema) == schema_id
    found = client.lookup_schema(subject, schema)
    assert (found.schema_id, found.version, found.subject) == (schema_id, 1, subject)
    assert subject in client.get_subjects()
    assert client.get_versions(subject) == [1]
    assert client.get_version(subject, 1).schema_id == schema_id
    assert client.get_compatibility() == "BACKWARD"
    assert client.set_compatibility(subject, "FULL")["compatibility"] == "FULL"
    assert client.get_compatibility(subject) == "FULL"

    compatible = json.loads(AVRO)
    compatible["fields"].append({"name": "currency", "type": "string", "default": "EUR"})
    assert client.test_compatibility(subject, Schema(json.dumps(compatible), "AVRO")) is True
    incompatible = json.loads(AVRO)
    incompatible["fields"].append({"name": "currency", "type": "string"})
    assert client.test_compatibility(subject, Schema(json.dumps(incompatible), "AVRO")) is False
    with pytest.raises(SchemaRegistryError) as err:
        client.register_schema(subject, Schema(json.dumps(incompatible), "AVRO"))
    assert err.value.http_status_code == 409 and err.value.error_code == 40901

    with pytest.raises(SchemaRegistryError) as err:
        client.lookup_schema(unique("missing"), schema)
    assert err.value.error_code == 40401

    assert client.delete_subject(subject) == [1]
    assert client.delete_subject(subject, permanent=True) == [1]
    assert subject not in client.get_subjects()
    with pytest.raises(SchemaRegistryError) as err:
        client.get_versions(subject)
    assert err.value.error_code == 40401
