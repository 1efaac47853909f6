"""TLS on the listener (issue "Security"): Karapace's `server_tls_*` keys,
REST and gRPC (h2 by ALPN) on the same port, client certificates
(`server_tls_client_auth`), and a certificate replaced while running. The
certificates are made here with the openssl command."""
import socket
import ssl
import subprocess
import time

import grpc
import pytest
import requests
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient

from gregor.registry.v1 import registry_pb2 as pb
from gregor.registry.v1 import registry_pb2_grpc as rpc

from conftest import Gregor, unique


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_ca(d, name):
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-keyout", str(d / f"{name}.key"), "-out", str(d / f"{name}.pem"))
    return d / f"{name}.pem", d / f"{name}.key"


def make_cert(d, name, ca, san=None):
    key, csr, cert = d / f"{name}.key", d / f"{name}.csr", d / f"{name}.pem"
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(csr))
    ext = d / f"{name}.ext"
    ext.write_text(f"subjectAltName={san}\n" if san else "basicConstraints=CA:FALSE\n")
    openssl("x509", "-req", "-in", str(csr), "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial",
            "-days", "2", "-extfile", str(ext), "-out", str(cert))
    return cert, key


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    ca = make_ca(d, "ca")
    other_ca = make_ca(d, "other-ca")
    return {
        "dir": d,
        "ca": ca,
        "server": make_cert(d, "server", ca, "IP:127.0.0.1,DNS:localhost"),
        "client": make_cert(d, "client", ca),
        "stranger": make_cert(d, "stranger", other_ca),
    }


def start_tls(bootstrap, pki, client_auth="none"):
    cert, key = pki["server"]
    g = Gregor(bootstrap, env={
        "GREGOR_SERVER_TLS_CERTFILE": str(cert), "GREGOR_SERVER_TLS_KEYFILE": str(key),
        "GREGOR_SERVER_TLS_CAFILE": str(pki["ca"][0]), "GREGOR_SERVER_TLS_CLIENT_AUTH": client_auth,
    }).start(wait_ready=False)
    url = f"https://127.0.0.1:{g.port}"
    client = (str(pki["client"][0]), str(pki["client"][1])) if client_auth == "required" else None
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if requests.get(url + "/_health", verify=str(pki["ca"][0]), cert=client, timeout=1).json()["status"]["schema_registry_ready"]:
                return g, url
        except (requests.RequestException, KeyError, ValueError):
            pass
        time.sleep(0.1)
    g.stop()
    raise TimeoutError("gregor over TLS did not become ready")


def peer_common_name(port, ca):
    context = ssl.create_default_context(cafile=str(ca))
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            subject = dict(x[0] for x in tls.getpeercert()["subject"])
            return subject["commonName"], tls.selected_alpn_protocol()


def test_rest_and_grpc_over_tls_on_one_port(bootstrap, pki):
    g, url = start_tls(bootstrap, pki)
    ca = str(pki["ca"][0])
    try:
        subject = unique("tls")
        r = requests.post(f"{url}/subjects/{subject}/versions", json={"schema": '"string"'}, verify=ca, timeout=10,
                          headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
        assert r.status_code == 200, r.text
        # Plain HTTP to the TLS port gets no answer.
        with pytest.raises(requests.RequestException):
            requests.get(f"http://127.0.0.1:{g.port}/subjects", timeout=3)
        # gRPC over TLS: h2 chosen by ALPN.
        channel = grpc.secure_channel(f"127.0.0.1:{g.port}", grpc.ssl_channel_credentials(root_certificates=pki["ca"][0].read_bytes()))
        try:
            assert subject in rpc.SchemaRegistryServiceStub(channel).ListSubjects(pb.ListSubjectsRequest(), timeout=10).subjects
        finally:
            channel.close()
        # Confluent's Python client with the CA.
        client = SchemaRegistryClient({"url": url, "ssl.ca.location": ca})
        assert client.get_latest_version(subject).schema.schema_str == '"string"'
        assert peer_common_name(g.port, pki["ca"][0]) == ("server", None)
    finally:
        g.stop()


def test_client_certificates_required(bootstrap, pki):
    g, url = start_tls(bootstrap, pki, "required")
    ca = str(pki["ca"][0])
    try:
        good = (str(pki["client"][0]), str(pki["client"][1]))
        assert requests.get(url + "/subjects", verify=ca, cert=good, timeout=10).status_code == 200
        for cert in (None, (str(pki["stranger"][0]), str(pki["stranger"][1]))):
            with pytest.raises(requests.RequestException):
                requests.get(url + "/subjects", verify=ca, cert=cert, timeout=5)
    finally:
        g.stop()


def test_certificate_is_reloaded_without_a_restart(bootstrap, pki, tmp_path):
    # A copy of the server files this test may overwrite.
    cert, key = tmp_path / "server.pem", tmp_path / "server.key"
    cert.write_bytes(pki["server"][0].read_bytes())
    key.write_bytes(pki["server"][1].read_bytes())
    own = {**pki, "server": (cert, key)}
    g, url = start_tls(bootstrap, own)
    try:
        assert peer_common_name(g.port, pki["ca"][0])[0] == "server"
        session = requests.Session()
        assert session.get(url + "/subjects", verify=str(pki["ca"][0]), timeout=10).status_code == 200
        new_cert, new_key = make_cert(pki["dir"], "renewed", pki["ca"], "IP:127.0.0.1")
        key.write_bytes(new_key.read_bytes())
        cert.write_bytes(new_cert.read_bytes())
        deadline = time.time() + 15
        while time.time() < deadline and peer_common_name(g.port, pki["ca"][0])[0] != "renewed":
            time.sleep(0.5)
        assert peer_common_name(g.port, pki["ca"][0])[0] == "renewed"
        # The connection made before the reload still works.
        assert session.get(url + "/subjects", verify=str(pki["ca"][0]), timeout=10).status_code == 200
    finally:
        g.stop()


def test_a_replica_forwards_writes_to_a_primary_over_https(bootstrap, pki):
    """Both nodes serve TLS; the replica reaches the primary at its
    advertised https:// address, trusting `registry_ca`."""
    cert, key = pki["server"]
    tls_env = {"GREGOR_SERVER_TLS_CERTFILE": str(cert), "GREGOR_SERVER_TLS_KEYFILE": str(key),
               "GREGOR_ADVERTISED_PROTOCOL": "https", "GREGOR_REGISTRY_CA": str(pki["ca"][0])}
    primary = Gregor(bootstrap, env=tls_env).start(wait_ready=False)
    replica = Gregor(bootstrap, topic=primary.topic, env={**tls_env, "GREGOR_MASTER_ELIGIBILITY": "false"}).start(wait_ready=False)
    ca = str(pki["ca"][0])
    try:
        url = f"https://127.0.0.1:{replica.port}"
        deadline = time.time() + 30
        r = None
        while time.time() < deadline:
            try:
                r = requests.post(f"{url}/subjects/{unique('fwd')}/versions", json={"schema": '"int"'}, verify=ca, timeout=5,
                                  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
                if r.status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.3)
        assert r is not None and r.status_code == 200, r.text if r is not None else "no answer"
        health = requests.get(f"{url}/_health", verify=ca, timeout=5).json()
        assert health["status"]["schema_registry_is_primary"] is False, health
    finally:
        replica.stop()
        primary.stop()
