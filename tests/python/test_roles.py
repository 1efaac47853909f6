"""Registry-only and proxy-only processes (Karapace's `karapace_registry` /
`karapace_rest`), the proxy using an external registry through
`registry_url`: schemas registered on the fly land in the other process,
records are encoded and decoded with its ids, and a missing or unreachable
registry answers 40801."""
import json

import grpc
import pytest
import requests

from gregor.kafka.v1 import kafka_pb2 as pb
from gregor.kafka.v1 import kafka_pb2_grpc as rpc

from conftest import FAST_GROUPS, Gregor, create_topic, free_port, unique

V2 = "application/vnd.kafka.v2+json"
AVRO = "application/vnd.kafka.avro.v2+json"
SCHEMA = json.dumps({"type": "record", "name": "Order", "fields": [{"name": "id", "type": "int"}]})


@pytest.fixture(scope="module")
def pair(bootstrap):
    registry = Gregor(bootstrap, env={"GREGOR_KARAPACE_REGISTRY": "true"}).start()
    proxy = Gregor(bootstrap, env={**FAST_GROUPS, "KARAPACE_KARAPACE_REST": "true", "GREGOR_REGISTRY_URL": registry.url}).start()
    yield registry, proxy
    proxy.stop()
    registry.stop()


def test_each_process_serves_its_role(pair):
    registry, proxy = pair
    assert requests.get(f"{registry.url}/topics", timeout=10).status_code == 404
    assert requests.get(f"{registry.url}/subjects", timeout=10).json() == []
    r = requests.get(f"{proxy.url}/", timeout=10)
    assert (r.status_code, r.json(), r.headers["content-type"]) == (200, {}, V2)
    r = requests.post(f"{proxy.url}/", json={"a": 1}, timeout=10)
    assert (r.status_code, r.json()) == (200, {})
    assert requests.get(f"{proxy.url}/subjects", timeout=10).status_code == 404
    assert isinstance(requests.get(f"{proxy.url}/topics", timeout=10).json(), list)


def test_proxy_registers_and_decodes_through_registry_url(bootstrap, pair):
    registry, proxy = pair
    topic = create_topic(bootstrap, "roles")
    body = {"value_schema": SCHEMA, "records": [{"value": {"id": 7}, "partition": 0}]}
    r = requests.post(f"{proxy.url}/topics/{topic}", json=body, headers={"Content-Type": AVRO}, timeout=30)
    assert r.status_code == 200, r.text
    schema_id = r.json()["value_schema_id"]
    # The schema was registered in the registry process, under the topic's subject.
    assert requests.get(f"{registry.url}/subjects/{topic}-value/versions/1", timeout=10).json()["id"] == schema_id
    # A second request by id, then both read back as Avro through the proxy.
    body = {"value_schema_id": schema_id, "records": [{"value": {"id": 8}, "partition": 0}]}
    assert requests.post(f"{proxy.url}/topics/{topic}", json=body, headers={"Content-Type": AVRO}, timeout=30).status_code == 200

    group, base = unique("roles"), f"{proxy.url}/consumers"
    r = requests.post(f"{base}/{group}", json={"name": "c", "format": "avro", "auto.offset.reset": "earliest"},
                      headers={"Content-Type": V2}, timeout=30)
    instance = r.json()["base_uri"]
    requests.post(f"{instance}/subscription", json={"topics": [topic]}, headers={"Content-Type": V2}, timeout=30)
    values = []
    for _ in range(20):
        r = requests.get(f"{instance}/records", params={"timeout": 1000}, headers={"Accept": AVRO}, timeout=30)
        assert r.status_code == 200, r.text
        values += [rec["value"] for rec in r.json()]
        if len(values) >= 2:
            break
    requests.delete(instance, headers={"Content-Type": V2}, timeout=30)
    assert values == [{"id": 7}, {"id": 8}]

    # The native API decodes with the remote registry too.
    with grpc.insecure_channel(f"127.0.0.1:{proxy.port}") as channel:
        stub = rpc.KafkaServiceStub(channel)
        call = stub.Subscribe(pb.SubscribeRequest(subscription=pb.GroupSubscription(
            group=unique("roles-grpc"), topics=[topic], decoding=pb.DECODING_SCHEMA_REGISTRY)), timeout=60)
        records = []
        for event in call:
            records += event.batch.records
            if len(records) >= 2:
                break
        call.cancel()
    assert [json.loads(r.value_json) for r in records] == [{"id": 7}, {"id": 8}]
    assert {r.value_schema_id for r in records} == {schema_id}


@pytest.mark.parametrize("registry_url", [None, "dead"])
def test_no_registry_or_an_unreachable_one_is_40801(bootstrap, registry_url):
    env = {"GREGOR_KARAPACE_REST": "true"}
    if registry_url:
        env["GREGOR_REGISTRY_URL"] = f"http://127.0.0.1:{free_port()}"
    proxy = Gregor(bootstrap, env=env).start()
    try:
        topic = create_topic(bootstrap, "roles-none")
        body = {"value_schema": SCHEMA, "records": [{"value": {"id": 1}}]}
        r = requests.post(f"{proxy.url}/topics/{topic}", json=body, headers={"Content-Type": AVRO}, timeout=30)
        assert r.status_code == 408 and r.json()["error_code"] == 40801, r.text
        # Nothing was produced; binary still works.
        r = requests.get(f"{proxy.url}/topics/{topic}/partitions/0/offsets", timeout=10)
        assert r.json()["end_offset"] == 0
        r = requests.post(f"{proxy.url}/topics/{topic}", json={"records": [{"value": "aGk="}]},
                          headers={"Content-Type": "application/vnd.kafka.binary.v2+json"}, timeout=30)
        assert r.status_code == 200
    finally:
        proxy.stop()
