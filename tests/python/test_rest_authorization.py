"""`rest_authorization` (issue #15): the REST Proxy and the native Kafka API
reach Kafka with each caller's HTTP Basic credentials as SASL credentials.

Without credentials a Kafka surface answers 401 with Karapace's REST Proxy
challenge (gRPC: UNAUTHENTICATED) while the registry stays as configured.
Against a SASL/SCRAM broker (tansu with its sqlite engine, built by
`scripts/broker.sh install-sasl`; skipped with a notice when absent) each
user produces and consumes as itself, a wrong password gets nothing from
Kafka, and one user cannot use another's consumer instance."""
import base64
import json
import os
import socket
import subprocess
import time
from pathlib import Path

import grpc
import pytest
import requests

from conftest import Gregor, ROOT, free_port, unique

V2 = "application/vnd.kafka.v2+json"
BINARY = "application/vnd.kafka.binary.v2+json"
SASL_BROKER = Path(os.environ.get("GREGOR_SASL_BROKER_DIR", Path.home() / ".cache" / "gregor" / "tansu-sql")) / "bin" / "tansu"


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_kafka_surfaces_need_credentials(bootstrap, tmp_path):
    g = Gregor(bootstrap, env={"KARAPACE_REST_AUTHORIZATION": "true"})
    try:
        g.start()
        for method, path in [("GET", "/topics"), ("GET", "/brokers"), ("POST", "/topics/t"),
                             ("POST", "/consumers/g"), ("GET", "/consumers/g/instances/i/records")]:
            r = requests.request(method, g.url + path, headers={"Content-Type": V2}, data="{}")
            assert r.status_code == 401, (path, r.status_code, r.text)
            assert r.headers["WWW-Authenticate"] == 'Basic realm="Karapace REST Proxy"'
            assert r.json()["error_code"] == 401
        # A bearer token is not Basic credentials: refused the same way.
        r = requests.get(g.url + "/topics", headers={"Authorization": "Bearer abc"})
        assert r.status_code == 401
        # The registry is not a Kafka surface: open as configured.
        assert requests.get(g.url + "/subjects").status_code == 200
        with grpc.insecure_channel(f"127.0.0.1:{g.port}") as channel:
            produce = channel.unary_unary("/gregor.kafka.v1.KafkaService/Produce",
                                          request_serializer=lambda b: b, response_deserializer=lambda b: b)
            with pytest.raises(grpc.RpcError) as err:
                produce(b"", timeout=10)
            assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED
    finally:
        g.stop()


class SaslBroker:
    """tansu on its sqlite engine with SCRAM users, on a free port."""

    def __init__(self, directory):
        self.dir = directory
        self.port = free_port()
        self.url = f"tcp://127.0.0.1:{self.port}"
        self.proc = None

    def _start(self, authentication):
        log = open(self.dir / "broker.log", "a")
        args = [str(SASL_BROKER), "broker", "--listener-url", self.url, "--advertised-listener-url", self.url,
                "--storage-engine", "sqlite://tansu.db"]
        if authentication:
            args.append("--authentication")
        self.proc = subprocess.Popen(args, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the SASL broker did not start")

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None

    def start(self, users, topics):
        self._start(authentication=False)
        try:
            for user, password in users:
                subprocess.run([str(SASL_BROKER), "user", "create", "--broker", self.url, user, password,
                                "--mechanism", "scram256"], check=True, capture_output=True, timeout=30)
            for topic in topics:
                subprocess.run([str(SASL_BROKER), "topic", "create", topic, "--partitions", "1", "--broker", self.url],
                               check=True, capture_output=True, timeout=30)
        finally:
            self.stop()
        self._start(authentication=True)
        return self


@pytest.fixture
def sasl_broker(tmp_path):
    if not SASL_BROKER.exists():
        pytest.skip(f"no SASL-capable broker at {SASL_BROKER} (scripts/broker.sh install-sasl builds it)")
    broker = SaslBroker(tmp_path)
    yield broker
    broker.stop()


def test_each_caller_reaches_kafka_as_itself(sasl_broker):
    topic = unique("sasl")
    broker = sasl_broker.start([("admin", "admin-pw"), ("alice", "alice-pw"), ("bob", "bob-pw")], [topic])
    g = Gregor(f"127.0.0.1:{broker.port}", env={
        # A REST-only node; its own clients log in as admin.
        "KARAPACE_KARAPACE_REST": "true", "KARAPACE_KARAPACE_REGISTRY": "false",
        "KARAPACE_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KARAPACE_SASL_MECHANISM": "SCRAM-SHA-256",
        "KARAPACE_SASL_PLAIN_USERNAME": "admin", "KARAPACE_SASL_PLAIN_PASSWORD": "admin-pw",
        "KARAPACE_REST_AUTHORIZATION": "true", "GREGOR_KAFKA_REQUEST_TIMEOUT_MS": "5000",
        "GREGOR_SESSION_TIMEOUT_MS": "6000",
    })
    alice = {"Authorization": basic("alice", "alice-pw")}
    bob = {"Authorization": basic("bob", "bob-pw")}
    try:
        g.start()
        body = json.dumps({"records": [{"value": base64.b64encode(b"from alice").decode()}]})
        r = requests.post(f"{g.url}/topics/{topic}", data=body, headers={"Content-Type": BINARY, **alice}, timeout=30)
        assert r.status_code == 200, r.text
        assert r.json()["offsets"][0]["offset"] == 0, r.text
        assert topic in requests.get(f"{g.url}/topics", headers=bob, timeout=30).json()
        # A wrong password gets nothing from Kafka.
        wrong = {"Authorization": basic("alice", "not-her-password")}
        r = requests.post(f"{g.url}/topics/{topic}", data=body, headers={"Content-Type": BINARY, **wrong}, timeout=60)
        # (Karapace: 403 "Forbidden".)
        assert (r.status_code, r.json()["error_code"]) == (403, 40301), r.text
        # Alice's consumer instance is hers: Bob cannot read through it.
        group = unique("sasl-group")
        base = f"{g.url}/consumers/{group}"
        r = requests.post(base, json={"name": "a", "format": "binary", "auto.offset.reset": "earliest"},
                          headers={"Content-Type": V2, **alice}, timeout=30)
        assert r.status_code == 200, r.text
        instance = f"{base}/instances/a"
        r = requests.post(f"{instance}/subscription", json={"topics": [topic]}, headers={"Content-Type": V2, **bob})
        assert (r.status_code, r.json()["error_code"]) == (404, 40403), r.text
        assert requests.post(f"{instance}/subscription", json={"topics": [topic]},
                             headers={"Content-Type": V2, **alice}).status_code == 204
        got, deadline = [], time.monotonic() + 60
        while not got and time.monotonic() < deadline:
            r = requests.get(f"{instance}/records", headers={"Accept": BINARY, **alice}, params={"timeout": 2000}, timeout=30)
            assert r.status_code == 200, r.text
            got = r.json()
        assert [base64.b64decode(x["value"]) for x in got] == [b"from alice"]
        assert requests.delete(instance, headers={"Content-Type": V2, **bob}).status_code == 404
        assert requests.delete(instance, headers={"Content-Type": V2, **alice}).status_code == 204
        # Kafka REST v3 runs as the caller too: admin and produce.
        clusters = requests.get(f"{g.url}/v3/clusters", headers=alice, timeout=60)
        assert clusters.status_code == 200, clusters.text
        v3 = clusters.json()["data"][0]["metadata"]["self"]
        topics = requests.get(f"{v3}/topics", headers=bob, timeout=60).json()
        assert topic in [t["topic_name"] for t in topics["data"]]
        produced = requests.post(f"{v3}/topics/{topic}/records", headers=alice, timeout=60,
                                 json={"value": {"type": "STRING", "data": "v3 from alice"}})
        assert produced.status_code == 200 and json.loads(produced.text)["error_code"] == 200, produced.text
        # ListPartitionReassignments, on Gregor's own connection, logs in
        # as the caller (SCRAM) too.
        moving = requests.get(f"{v3}/topics/{topic}/partitions/-/reassignment", headers=alice, timeout=60)
        assert moving.status_code == 200 and moving.json()["kind"] == "KafkaReassignmentList", moving.text
        assert requests.get(f"{g.url}/v3/clusters", timeout=30).status_code == 401
        refused = requests.get(f"{v3}/topics", headers=wrong, timeout=60)
        assert (refused.status_code, refused.json()["error_code"]) == (403, 40301), refused.text
        # The native gRPC API: credentials in the `authorization` metadata.
        from gregor.kafka.v1 import kafka_pb2 as pb
        from gregor.kafka.v1 import kafka_pb2_grpc as rpc
        with grpc.insecure_channel(f"127.0.0.1:{g.port}") as channel:
            stub = rpc.KafkaServiceStub(channel)
            request = pb.ProduceRequest(topic=topic, records=[pb.Record(value=b"from bob")])
            reply = stub.Produce(request, metadata=[("authorization", basic("bob", "bob-pw"))], timeout=30)
            assert reply.results[0].offset == 2, reply
            with pytest.raises(grpc.RpcError) as err:
                stub.Produce(request, metadata=[("authorization", basic("bob", "wrong"))], timeout=60)
            assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED, err.value
    finally:
        g.stop()
