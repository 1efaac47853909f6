"""Primary election over TLS (issue #4, confluent-api.md §4.1-§4.2): with
`security_protocol=SSL` and `ssl_cafile`, two Gregor nodes reach the broker
through TLS only (socat terminates TLS in front of tansu, which advertises
the TLS port), elect one primary through the group protocol on their own
TLS connections, and the replica forwards writes to it. A node whose CA does
not trust the broker's certificate stops with a clear error."""
import json
import shutil
import socket
import subprocess
import time

import pytest
import requests

from conftest import LOG_DIR, ROOT, Client, Gregor, OwnBroker, free_port, unique
from test_failover import ELECTION, health, wait_for

SCHEMA = json.dumps({"type": "record", "name": "Tls", "fields": [{"name": "f", "type": "int"}]})


def self_signed(directory, name):
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def wait_port(port, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"port {port} did not open")


@pytest.fixture
def tls_broker(tmp_path):
    """tansu on a plain port, advertising a TLS port that socat serves."""
    if not shutil.which("socat"):
        pytest.fail("socat is missing: scripts/setup.sh test installs it")
    broker = OwnBroker(tmp_path / "broker")
    if not (tmp_path / "broker" / "tansu").exists():
        subprocess.run([str(ROOT / "scripts" / "broker.sh"), "install"], env=broker.env, check=True)
    plain, tls = free_port(), free_port()
    cert, key = self_signed(tmp_path, "broker")
    tansu = subprocess.Popen([str(tmp_path / "broker" / "tansu"), "broker", "--listener-url", f"tcp://127.0.0.1:{plain}",
                              "--advertised-listener-url", f"tcp://127.0.0.1:{tls}", "--storage-engine", "memory://tansu/"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    socat = subprocess.Popen(["socat", f"OPENSSL-LISTEN:{tls},bind=127.0.0.1,reuseaddr,fork,cert={cert},key={key},verify=0",
                              f"TCP:127.0.0.1:{plain}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(plain)
        wait_port(tls)
        yield f"127.0.0.1:{tls}", cert, tmp_path
    finally:
        socat.kill()
        tansu.kill()
        socat.wait()
        tansu.wait()


def test_two_nodes_elect_a_primary_over_tls(tls_broker):
    bootstrap, cert, directory = tls_broker
    env = {**ELECTION, "KARAPACE_SECURITY_PROTOCOL": "SSL", "KARAPACE_SSL_CAFILE": str(cert)}
    a = Gregor(bootstrap, env=env)
    b = Gregor(bootstrap, topic=a.topic, env=env)
    nodes = [a, b]
    try:
        for node in nodes:
            node.start(wait_ready=False)
        wait_for(lambda: sum(health(n)["schema_registry_is_primary"] for n in nodes) == 1, 60, "one primary over TLS")
        primary = next(n for n in nodes if health(n)["schema_registry_is_primary"])
        replica = next(n for n in nodes if n is not primary)
        wait_for(lambda: health(replica)["schema_registry_primary_url"] == primary.url, 30, "the replica to know the primary")
        # A write to the replica is forwarded to the primary and seen by both.
        subject = unique("tls")
        r = Client(replica.url).register(subject, SCHEMA)
        assert r.status_code == 200, r.text
        schema_id = r.json()["id"]
        for node in nodes:
            wait_for(lambda n=node: Client(n.url).get(f"/subjects/{subject}/versions/1").json()["id"] == schema_id, 15,
                     "the schema on every node")
    finally:
        for node in nodes:
            node.stop()
    logs = "".join((LOG_DIR / f"gregor-{n.topic}-{n.port}-1.log").read_text() for n in nodes)
    assert "TLS handshake" not in logs and "SASL" not in logs, logs


def test_an_untrusted_broker_certificate_is_a_clear_startup_error(tls_broker):
    """A CA that does not trust the broker: Gregor says so and exits within
    the write timeout, rather than waiting silently."""
    bootstrap, _, directory = tls_broker
    other_ca, _ = self_signed(directory, "other")
    node = Gregor(bootstrap, env={**ELECTION, "KARAPACE_SECURITY_PROTOCOL": "SSL", "KARAPACE_SSL_CAFILE": str(other_ca),
                                  "GREGOR_SCHEMA_WRITE_TIMEOUT_MS": "3000"})
    try:
        node.start(wait_ready=False)
        assert node.proc.wait(timeout=30) != 0
        log = (LOG_DIR / f"gregor-{node.topic}-{node.port}-1.log").read_text()
        assert "certificate verify failed" in log, log
        assert f"cannot reach Kafka at {bootstrap}" in log, log
    finally:
        node.stop()
