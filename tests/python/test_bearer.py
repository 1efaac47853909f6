"""Bearer tokens (issue "Security"): JWTs checked against a JWKS file with
Karapace's `sasl_oauthbearer_*` keys, a roles claim matched against the
`registry_authfile` permissions, a key rotation picked up on an unknown
`kid`, and `buf curl` over TLS with a token. Keys and certificates are
made with the openssl command; tokens are signed with it too."""
import base64
import json
import os
import subprocess
import time

import grpc
import pytest
import requests

from gregor.registry.v1 import registry_pb2 as pb
from gregor.registry.v1 import registry_pb2_grpc as rpc

from conftest import ROOT, Gregor, unique

BUF = os.environ.get("BUF", str(ROOT / "tools" / "node_modules" / ".bin" / "buf"))
ISSUER, AUDIENCE = "https://idp.example", "gregor"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rsa_key(path):
    subprocess.run(["openssl", "genrsa", "-out", str(path), "2048"], check=True, capture_output=True)
    modulus = subprocess.run(["openssl", "rsa", "-in", str(path), "-noout", "-modulus"], check=True,
                             capture_output=True, text=True).stdout.strip().split("=", 1)[1]
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "n": b64url(bytes.fromhex(modulus)), "e": "AQAB"}


def token(key_path, kid, **claims):
    now = int(time.time())
    body = {"iss": ISSUER, "aud": AUDIENCE, "sub": "svc-1", "iat": now, "exp": now + 300,
            "realm_access": {"roles": ["sr-readers"]}, **claims}
    signing_input = f"{b64url(json.dumps({'alg': 'RS256', 'typ': 'JWT', 'kid': kid}).encode())}.{b64url(json.dumps(body).encode())}"
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", str(key_path)], input=signing_input.encode(),
                               check=True, capture_output=True).stdout
    return f"{signing_input}.{b64url(signature)}"


@pytest.fixture(scope="module")
def idp(tmp_path_factory):
    d = tmp_path_factory.mktemp("idp")
    k1, k2, rogue = d / "k1.pem", d / "k2.pem", d / "rogue.pem"
    jwk1 = {**rsa_key(k1), "kid": "k1"}
    jwk2 = {**rsa_key(k2), "kid": "k2"}
    rsa_key(rogue)
    jwks = d / "jwks.json"
    jwks.write_text(json.dumps({"keys": [jwk1]}))
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(d / "tls.key"), "-out", str(d / "tls.pem")],
                   check=True, capture_output=True)
    auth = d / "auth.json"
    auth.write_text(json.dumps({"users": [], "permissions": [
        {"username": "sr-readers", "operation": "Read", "resource": "Subject:.*"},
        {"username": "svc-2", "operation": "Write", "resource": "Subject:svc2-.*"},
    ]}))
    return {"dir": d, "k1": k1, "k2": k2, "jwk2": jwk2, "rogue": rogue, "jwks": jwks, "auth": auth}


@pytest.fixture(scope="module")
def server(bootstrap, idp):
    g = Gregor(bootstrap, env={
        "GREGOR_SASL_OAUTHBEARER_AUTHENTICATION_ENABLED": "true",
        "GREGOR_SASL_OAUTHBEARER_JWKS_ENDPOINT_URL": str(idp["jwks"]),
        "GREGOR_SASL_OAUTHBEARER_EXPECTED_ISSUER": ISSUER,
        "GREGOR_SASL_OAUTHBEARER_EXPECTED_AUDIENCE": AUDIENCE,
        "GREGOR_SASL_OAUTHBEARER_ROLES_CLAIM_PATH": "realm_access.roles",
        "GREGOR_REGISTRY_AUTHFILE": str(idp["auth"]),
        "GREGOR_SERVER_TLS_CERTFILE": str(idp["dir"] / "tls.pem"),
        "GREGOR_SERVER_TLS_KEYFILE": str(idp["dir"] / "tls.key"),
    }).start(wait_ready=False)
    g.https = f"https://127.0.0.1:{g.port}"
    g.ca = str(idp["dir"] / "tls.pem")
    g.started = time.time()
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if requests.get(g.https + "/_health", verify=g.ca, timeout=1).json()["status"]["schema_registry_ready"]:
                break
        except (requests.RequestException, KeyError, ValueError):
            time.sleep(0.1)
    yield g
    g.stop()


def get(server, path, bearer=None, **kw):
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    return requests.get(server.https + path, headers=headers, verify=server.ca, timeout=10, **kw)


def test_good_tokens_and_their_roles(server, idp):
    good = token(idp["k1"], "k1")
    assert get(server, "/subjects", good).status_code == 200
    # The role may read but not write: a write is answered as a missing subject.
    r = requests.post(f"{server.https}/subjects/{unique('ro')}/versions", json={"schema": '"int"'}, verify=server.ca,
                      headers={"Authorization": f"Bearer {good}", "Content-Type": "application/vnd.schemaregistry.v1+json"}, timeout=10)
    assert r.status_code == 404 and r.json()["error_code"] == 40401
    # The subject claim is a name permissions match too.
    svc2 = token(idp["k1"], "k1", sub="svc-2", realm_access={"roles": []})
    r = requests.post(f"{server.https}/subjects/svc2-{unique('w')}/versions", json={"schema": '"int"'}, verify=server.ca,
                      headers={"Authorization": f"Bearer {svc2}", "Content-Type": "application/vnd.schemaregistry.v1+json"}, timeout=10)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("case", ["expired", "not_yet", "audience", "issuer", "signature", "garbage", "no_token"])
def test_bad_tokens_are_401(server, idp, case):
    now = int(time.time())
    bad = {
        "expired": lambda: token(idp["k1"], "k1", exp=now - 120),
        "not_yet": lambda: token(idp["k1"], "k1", nbf=now + 600),
        "audience": lambda: token(idp["k1"], "k1", aud="someone-else"),
        "issuer": lambda: token(idp["k1"], "k1", iss="https://evil.example"),
        "signature": lambda: token(idp["rogue"], "k1"),
        "garbage": lambda: "not.a.jwt",
        "no_token": lambda: None,
    }[case]()
    r = get(server, "/subjects", bad)
    assert r.status_code == 401 and r.json() == {"error_code": 401, "message": "Unauthorized"}, (case, r.text)


def test_grpc_and_buf_curl_with_a_token_over_tls(server, idp):
    good = token(idp["k1"], "k1")
    channel = grpc.secure_channel(f"127.0.0.1:{server.port}", grpc.ssl_channel_credentials(root_certificates=open(server.ca, "rb").read()))
    try:
        stub = rpc.SchemaRegistryServiceStub(channel)
        stub.ListSubjects(pb.ListSubjectsRequest(), metadata=[("authorization", f"Bearer {good}")], timeout=10)
        with pytest.raises(grpc.RpcError) as err:
            stub.ListSubjects(pb.ListSubjectsRequest(), metadata=[("authorization", "Bearer nope")], timeout=10)
        assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED
    finally:
        channel.close()
    if not os.path.exists(BUF):
        pytest.skip("notice: buf is not installed (scripts/setup.sh test installs it); buf curl part skipped")
    # Reflection is behind the same credentials (`--reflect-header`).
    out = subprocess.run([BUF, "curl", "--protocol", "grpc", "--cacert", server.ca, "-H", f"Authorization: Bearer {good}",
                          "--reflect-header", f"Authorization: Bearer {good}",
                          "--data", "{}", f"{server.https}/gregor.registry.v1.SchemaRegistryService/ListSubjects"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "subjects" in out.stdout or out.stdout.strip() == "{}", out.stdout


def test_a_rotated_key_is_fetched_on_an_unknown_kid(server, idp):
    rotated = token(idp["k2"], "k2")
    assert get(server, "/subjects", rotated).status_code == 401
    idp["jwks"].write_text(json.dumps({"keys": [idp["jwk2"]]}))
    # The JWKS is fetched again at most every 10 s.
    time.sleep(max(0.0, server.started + 11 - time.time()))
    deadline = time.time() + 15
    while time.time() < deadline and get(server, "/subjects", rotated).status_code != 200:
        time.sleep(1)
    assert get(server, "/subjects", rotated).status_code == 200
