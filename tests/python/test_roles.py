"""Registry-only and proxy-only processes (Karapace's `karapace_registry` /
`karapace_rest`), the proxy using an external registry through
`registry_url`: schemas registered on the fly land in the other process,
records are encoded and decoded with its ids, and a missing or unreachable
registry answers 40801."""
import json
import shutil
import subprocess

import grpc
import pytest
import requests

from gregor.kafka.v1 import kafka_pb2 as pb
from gregor.kafka.v1 import kafka_pb2_grpc as rpc

from conftest import FAST_GROUPS, LOG_DIR, Gregor, create_topic, free_port, unique

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


def produce_registering(bootstrap, proxy, registry, prefix, order_id):
    """Produces one Avro record with `SCHEMA` inline through `proxy` to a
    new topic's partition 0; checks the schema was registered in the
    `registry` process under the topic's subject. Returns (topic, id)."""
    topic = create_topic(bootstrap, prefix)
    body = {"value_schema": SCHEMA, "records": [{"value": {"id": order_id}, "partition": 0}]}
    r = requests.post(f"{proxy.url}/topics/{topic}", json=body, headers={"Content-Type": AVRO}, timeout=30)
    assert r.status_code == 200, r.text
    schema_id = r.json()["value_schema_id"]
    assert requests.get(f"{registry.url}/subjects/{topic}-value/versions/1", timeout=10).json()["id"] == schema_id
    return topic, schema_id


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
    topic, schema_id = produce_registering(bootstrap, proxy, registry, "roles", 7)
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


@pytest.fixture
def tls_registry(bootstrap, tmp_path):
    """A registry-only process behind TLS (socat terminates it with a
    self-signed certificate for 127.0.0.1 and localhost)."""
    from test_secure_election import self_signed, wait_port
    if not shutil.which("socat"):
        pytest.fail("socat is missing: scripts/setup.sh test installs it")
    registry = Gregor(bootstrap, env={"GREGOR_KARAPACE_REGISTRY": "true"}).start()
    cert, key = self_signed(tmp_path, "registry")
    port = free_port()
    socat = subprocess.Popen(["socat", f"OPENSSL-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork,cert={cert},key={key},verify=0",
                              f"TCP:127.0.0.1:{registry.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        yield registry, f"https://127.0.0.1:{port}", cert, tmp_path
    finally:
        socat.kill()
        socat.wait()
        registry.stop()


def test_registry_url_over_https_with_registry_ca(bootstrap, tls_registry):
    """`registry_url=https://…` with Karapace's `registry_ca`: the proxy
    registers and decodes through TLS; a CA that does not sign the
    registry's certificate gives 40801 with OpenSSL's reason, and nothing
    is produced; an unreadable `registry_ca` stops the start."""
    from test_secure_election import self_signed
    registry, https_url, cert, directory = tls_registry
    proxy = Gregor(bootstrap, env={"GREGOR_KARAPACE_REST": "true", "GREGOR_REGISTRY_URL": https_url,
                                   "KARAPACE_REGISTRY_CA": str(cert)}).start()
    try:
        topic, _ = produce_registering(bootstrap, proxy, registry, "roles-tls", 5)
        with grpc.insecure_channel(f"127.0.0.1:{proxy.port}") as channel:
            reply = rpc.KafkaServiceStub(channel).Fetch(pb.FetchRequest(topic=topic, partition=0, offset=0,
                                                                        decoding=pb.DECODING_SCHEMA_REGISTRY), timeout=30)
        assert [json.loads(r.value_json) for r in reply.records] == [{"id": 5}]
    finally:
        proxy.stop()

    other_ca, _ = self_signed(directory, "other")
    proxy = Gregor(bootstrap, env={"GREGOR_KARAPACE_REST": "true", "GREGOR_REGISTRY_URL": https_url,
                                   "KARAPACE_REGISTRY_CA": str(other_ca)}).start()
    try:
        topic = create_topic(bootstrap, "roles-tls-untrusted")
        body = {"value_schema": SCHEMA, "records": [{"value": {"id": 6}}]}
        r = requests.post(f"{proxy.url}/topics/{topic}", json=body, headers={"Content-Type": AVRO}, timeout=30)
        assert r.status_code == 408 and r.json()["error_code"] == 40801, r.text
        assert "certificate verify failed" in r.json()["message"], r.text
        assert requests.get(f"{proxy.url}/topics/{topic}/partitions/0/offsets", timeout=10).json()["end_offset"] == 0
    finally:
        proxy.stop()

    proxy = Gregor(bootstrap, env={"GREGOR_KARAPACE_REST": "true", "GREGOR_REGISTRY_URL": https_url,
                                   "KARAPACE_REGISTRY_CA": str(directory / "missing.pem")})
    try:
        proxy.start(wait_ready=False)
        assert proxy.proc.wait(timeout=30) != 0
        log = (LOG_DIR / f"gregor-{proxy.topic}-{proxy.port}-1.log").read_text()
        assert "missing.pem" in log, log
    finally:
        proxy.stop()
