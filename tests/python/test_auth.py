"""HTTP Basic users and permissions from Karapace's `registry_authfile`
(issue "Security"), on REST, gRPC and the REST proxy, against a real Gregor
and broker: the 401/403 answers, what each user may read and write, lists
filtered to what a user may read, Confluent's Python client with
`basic.auth.user.info`, `gregor passwd`, and a reload of the file."""
import base64
import hashlib
import json
import subprocess
import time

import grpc
import pytest
import requests
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.error import SchemaRegistryError

from gregor.registry.v1 import registry_pb2 as pb
from gregor.registry.v1 import registry_pb2_grpc as rpc

from conftest import GREGOR_BIN, Gregor, create_topic, unique

SR = "application/vnd.schemaregistry.v1+json"
JSON = "application/vnd.kafka.json.v2+json"
PREFIX = unique("orders")


def pbkdf2(algorithm, salt, password):
    return base64.b64encode(hashlib.pbkdf2_hmac(algorithm, password.encode(), salt.encode(), 5000)).decode()


def scrypt(salt, password):
    return base64.b64encode(hashlib.scrypt(password.encode(), salt=salt.encode(), n=16384, r=8, p=1)).decode()


def auth_file(path, extra_permissions=()):
    admin = json.loads(subprocess.run([GREGOR_BIN, "passwd", "-u", "admin", "admin-pw"], check=True,
                                      capture_output=True, text=True).stdout)
    users = [
        admin,
        {"username": "reader", "algorithm": "scrypt", "salt": "r-salt", "password_hash": scrypt("r-salt", "reader-pw")},
        {"username": "writer", "algorithm": "sha256", "salt": "w-salt", "password_hash": pbkdf2("sha256", "w-salt", "writer-pw")},
        {"username": "legacy", "algorithm": "sha1", "salt": "l", "password_hash": pbkdf2("sha1", "l", "legacy-pw")},
    ]
    permissions = [
        {"username": "admin", "operation": "Write", "resource": ".*"},
        {"username": "reader", "operation": "Read", "resource": f"Subject:{PREFIX}-.*"},
        {"username": "reader", "operation": "Read", "resource": f"Topic:{PREFIX}.*"},
        {"username": "writer", "operation": "Write", "resource": f"Subject:{PREFIX}-.*"},
        {"username": "writer", "operation": "Write", "resource": f"Topic:{PREFIX}.*"},
        *extra_permissions,
    ]
    path.write_text(json.dumps({"users": users, "permissions": permissions}))
    return admin


@pytest.fixture(scope="module")
def secured(bootstrap, tmp_path_factory):
    path = tmp_path_factory.mktemp("auth") / "auth.json"
    admin = auth_file(path)
    g = Gregor(bootstrap, env={"GREGOR_REGISTRY_AUTHFILE": str(path),
                               "GREGOR_ACCESS_CONTROL_ALLOW_ORIGIN": "https://ui.example"}).start()
    g.auth_path = path
    g.admin_entry = admin
    yield g
    g.stop()


def call(g, method, path, user=None, body=None, content_type=SR):
    auth = (user, f"{user}-pw") if user else None
    headers = {"Content-Type": content_type} if body is not None else {}
    data = body if isinstance(body, str) or body is None else json.dumps(body)
    return requests.request(method, g.url + path, auth=auth, data=data, headers=headers, timeout=30)


def register(g, user, subject, schema):
    return call(g, "POST", f"/subjects/{subject}/versions", user, {"schema": json.dumps(schema)})


def test_passwd_makes_karapace_entries(secured):
    entry = secured.admin_entry
    assert set(entry) == {"username", "algorithm", "salt", "password_hash"}
    assert entry["algorithm"] == "sha512" and len(entry["salt"]) >= 16
    assert entry["password_hash"] == pbkdf2("sha512", entry["salt"], "admin-pw")
    # A given salt and algorithm, as karapace_mkpasswd takes them.
    out = json.loads(subprocess.run([GREGOR_BIN, "passwd", "-a", "scrypt", "pw", "salty"], check=True,
                                    capture_output=True, text=True).stdout)
    assert out == {"algorithm": "scrypt", "salt": "salty", "password_hash": scrypt("salty", "pw")}


def test_no_or_wrong_credentials_are_401(secured):
    for user, password in [(None, None), ("admin", "wrong"), ("nobody", "admin-pw")]:
        auth = (user, password) if user else None
        r = requests.get(secured.url + "/subjects", auth=auth, timeout=10)
        assert r.status_code == 401, (user, r.text)
        assert r.json() == {"error_code": 401, "message": "Unauthorized"}
        assert r.headers["WWW-Authenticate"] == 'Basic realm="Karapace Schema Registry"'
    r = requests.get(secured.url + "/subjects", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r.status_code == 401
    # Probes and peers stay open.
    assert requests.get(secured.url + "/_health", timeout=10).status_code == 200
    assert requests.get(secured.url + "/master_available", timeout=10).status_code == 200
    # Every algorithm of the file logs in.
    for user in ("admin", "reader", "writer"):
        assert call(secured, "GET", "/subjects", user).status_code == 200, user
    assert call(secured, "GET", "/schemas/types", "legacy").status_code == 200


def test_the_console_is_behind_the_same_authentication(secured):
    for path in ("/ui", "/ui/app.js", "/openapi.json"):
        r = requests.get(secured.url + path, timeout=10)
        assert r.status_code == 401 and r.headers["WWW-Authenticate"] == 'Basic realm="Karapace Schema Registry"', path
        assert call(secured, "GET", path, "reader").status_code == 200, path


def test_subject_permissions(secured):
    mine, other = f"{PREFIX}-value", unique("other")
    schema = {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "long"}]}
    assert register(secured, "writer", mine, schema).status_code == 200
    other_id = register(secured, "admin", other, {"type": "enum", "name": "E", "symbols": ["A"]}).json()["id"]
    mine_id = call(secured, "GET", f"/subjects/{mine}/versions/1", "reader").json()["id"]

    # Outside a user's subjects: answered as a missing subject (Karapace).
    r = register(secured, "writer", other, schema)
    assert (r.status_code, r.json()) == (404, {"error_code": 40401, "message": f"Subject '{other}' not found."})
    assert call(secured, "GET", f"/subjects/{other}/versions", "reader").json()["error_code"] == 40401
    # Read is not Write.
    r = register(secured, "reader", mine, {**schema, "fields": schema["fields"] + [{"name": "n", "type": ["null", "int"], "default": None}]})
    assert r.status_code == 404 and r.json()["error_code"] == 40401
    assert call(secured, "DELETE", f"/subjects/{mine}", "reader").status_code == 404
    # Lists hold only what the user may read.
    assert mine in call(secured, "GET", "/subjects", "reader").json()
    assert other not in call(secured, "GET", "/subjects", "reader").json()
    assert other in call(secured, "GET", "/subjects", "admin").json()
    listed = {s["subject"] for s in call(secured, "GET", "/schemas", "reader").json()}
    assert mine in listed and other not in listed
    # A schema by id: through a subject the user may read, else 40403.
    assert call(secured, "GET", f"/schemas/ids/{mine_id}", "reader").status_code == 200
    r = call(secured, "GET", f"/schemas/ids/{other_id}", "reader")
    assert (r.status_code, r.json()["error_code"]) == (404, 40403)
    # Global config and mode need Config: (403 otherwise).
    r = call(secured, "GET", "/config", "reader")
    assert (r.status_code, r.json()) == (403, {"error_code": 40301, "message": "Forbidden"})
    assert call(secured, "PUT", "/mode", "writer", {"mode": "READONLY"}).status_code == 403
    assert call(secured, "GET", "/config", "admin").status_code == 200
    # Subject config: the subject's own permission.
    assert call(secured, "PUT", f"/config/{mine}", "writer", {"compatibility": "NONE"}).status_code == 200
    assert call(secured, "PUT", f"/config/{mine}", "reader", {"compatibility": "FULL"}).status_code == 404
    # Nothing was changed by the refusals.
    assert call(secured, "GET", f"/subjects/{mine}/versions", "admin").json() == [1]
    assert call(secured, "GET", "/mode", "admin").json() == {"mode": "READWRITE"}


def test_grpc_uses_the_authorization_metadata(secured):
    channel = grpc.insecure_channel(f"127.0.0.1:{secured.port}")
    stub = rpc.SchemaRegistryServiceStub(channel)
    try:
        with pytest.raises(grpc.RpcError) as err:
            stub.ListSubjects(pb.ListSubjectsRequest())
        assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED
        reader = [("authorization", "Basic " + base64.b64encode(b"reader:reader-pw").decode())]
        subjects = stub.ListSubjects(pb.ListSubjectsRequest(), metadata=reader).subjects
        assert all(s.startswith(PREFIX) for s in subjects)
        with pytest.raises(grpc.RpcError) as err:
            stub.GetGlobalConfig(pb.GetGlobalConfigRequest(), metadata=reader)
        assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED
    finally:
        channel.close()


def test_connect_uses_the_authorization_header(secured):
    url = f"{secured.url}/gregor.registry.v1.SchemaRegistryService"
    headers = {"Content-Type": "application/json"}
    refused = requests.post(f"{url}/ListSubjects", data="{}", headers=headers, timeout=30)
    assert refused.status_code == 401 and refused.json()["code"] == "unauthenticated", refused.text
    assert refused.json()["details"][0]["debug"]["metadata"]["error_code"] == "401"
    listed = requests.post(f"{url}/ListSubjects", data="{}", headers=headers, auth=("reader", "reader-pw"), timeout=30)
    assert listed.status_code == 200 and all(s.startswith(PREFIX) for s in listed.json().get("subjects", [])), listed.text
    forbidden = requests.post(f"{url}/GetGlobalConfig", data="{}", headers=headers, auth=("reader", "reader-pw"), timeout=30)
    assert (forbidden.status_code, forbidden.json()["code"]) == (403, "permission_denied"), forbidden.text


def test_confluent_client_with_basic_auth(secured):
    good = SchemaRegistryClient({"url": secured.url, "basic.auth.user.info": "writer:writer-pw"})
    subject = f"{PREFIX}-client"
    schema_id = good.register_schema(subject, Schema('{"type":"string","c":1}', "AVRO"))
    assert good.get_schema(schema_id).schema_str == '{"type":"string","c":1}'
    bad = SchemaRegistryClient({"url": secured.url, "basic.auth.user.info": "writer:nope"})
    with pytest.raises(SchemaRegistryError) as err:
        bad.get_subjects()
    assert err.value.http_status_code == 401


def test_rest_proxy_topics(secured, bootstrap):
    mine = create_topic(bootstrap, PREFIX)
    other = create_topic(bootstrap, "elsewhere")
    body = '{"records":[{"value":{"a":1}}]}'
    assert call(secured, "POST", f"/topics/{mine}", "writer", body, JSON).status_code == 200
    r = call(secured, "POST", f"/topics/{mine}", "reader", body, JSON)
    assert (r.status_code, r.json()["error_code"]) == (403, 40301)
    assert call(secured, "POST", f"/topics/{other}", "writer", body, JSON).status_code == 403
    topics = call(secured, "GET", "/topics", "reader").json()
    assert mine in topics and other not in topics
    assert call(secured, "GET", f"/topics/{other}", "reader").status_code == 403
    assert call(secured, "GET", f"/topics/{mine}", "reader").status_code == 200


def test_the_file_is_reloaded(secured):
    subject = unique("later")
    assert register(secured, "writer", subject, {"type": "int"}).status_code == 404
    auth_file(secured.auth_path, [{"username": "writer", "operation": "Write", "resource": f"Subject:{subject}"}])
    deadline = time.time() + 15
    while time.time() < deadline:
        r = register(secured, "writer", subject, {"type": "int"})
        if r.status_code == 200:
            break
        time.sleep(0.5)
    assert r.status_code == 200, r.text
    # `admin` got a new salt from `gregor passwd`: the new file is in force.
    assert call(secured, "GET", "/subjects", "admin").status_code == 200


def test_a_replica_forwards_the_callers_credentials(secured, bootstrap):
    """A write sent to a node that is not the primary is forwarded with the
    caller's credentials, so the primary's checks apply to it."""
    replica = Gregor(bootstrap, topic=secured.topic, env={
        "GREGOR_REGISTRY_AUTHFILE": str(secured.auth_path), "GREGOR_MASTER_ELIGIBILITY": "false"}).start()
    try:
        subject = f"{PREFIX}-forwarded"
        r = register(replica, "writer", subject, {"type": "long", "f": 1})
        assert r.status_code == 200, r.text
        assert call(secured, "GET", f"/subjects/{subject}/versions", "admin").json() == [1]
        # Refused by the same rules, whichever node is asked.
        r = register(replica, "reader", subject, {"type": "long", "f": 2})
        assert r.status_code == 404 and r.json()["error_code"] == 40401
    finally:
        replica.stop()


def test_cors_is_off_unless_origins_are_configured(secured, gregor):
    origin = {"Origin": "https://ui.example"}
    # Default (Confluent's empty access.control.allow.origin): no CORS.
    r = requests.get(gregor.url + "/subjects", headers=origin, timeout=10)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    # Configured: the origin is allowed, others are not, and a preflight
    # needs no credentials.
    r = requests.options(secured.url + "/subjects", timeout=10, headers={
        **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"})
    assert r.status_code == 200, r.text
    assert r.headers["access-control-allow-origin"] == "https://ui.example"
    r = requests.get(secured.url + "/subjects", auth=("admin", "admin-pw"), headers=origin, timeout=10)
    assert r.headers["access-control-allow-origin"] == "https://ui.example"
    assert "grpc-status" in r.headers["access-control-expose-headers"]
    other = requests.get(secured.url + "/subjects", auth=("admin", "admin-pw"), headers={"Origin": "https://evil.example"}, timeout=10)
    assert "access-control-allow-origin" not in other.headers


def test_failed_logins_are_limited_per_address(secured, bootstrap):
    """Ten wrong passwords from one address within a minute: the next try
    gets 429 with Retry-After, even with the right password (a separate
    Gregor, so the other tests' address is not held back)."""
    g = Gregor(bootstrap, env={"GREGOR_REGISTRY_AUTHFILE": str(secured.auth_path)}).start()
    try:
        for _ in range(10):
            assert requests.get(g.url + "/subjects", auth=("admin", "wrong"), timeout=10).status_code == 401
        r = requests.get(g.url + "/subjects", auth=("admin", "admin-pw"), timeout=10)
        assert r.status_code == 429 and r.json() == {"error_code": 429, "message": "Too many failed logins"}
        assert 1 <= int(r.headers["Retry-After"]) <= 60
        # Probes stay open.
        assert requests.get(g.url + "/_health", timeout=10).status_code == 200
        # Requests without credentials do not count (they are only asked).
        assert requests.get(secured.url + "/subjects", timeout=10).status_code == 401
    finally:
        g.stop()


def test_karapace_integration_auth_file_users_log_in(bootstrap, tmp_path):
    """Karapace's own `tests/integration/config/karapace.auth.json`, read from
    a Karapace checkout named by KARAPACE_SRC, with the passwords Karapace's
    `test_schema_registry_auth.py` documents."""
    import os
    from pathlib import Path
    source = os.environ.get("KARAPACE_SRC")
    path = Path(source or "/nonexistent") / "tests" / "integration" / "config" / "karapace.auth.json"
    if not path.exists():
        pytest.skip("set KARAPACE_SRC to a Karapace checkout to log in with its integration-test users")
    g = Gregor(bootstrap, env={"GREGOR_REGISTRY_AUTHFILE": str(path)}).start()
    try:
        def get(user, password, route="/subjects"):
            return requests.get(g.url + route, auth=(user, password), timeout=30)

        for user, password in [("admin", "admin"), ("aladdin", "opensesame"), ("reader", "secret")]:
            assert get(user, password).status_code == 200, user
            assert get(user, password + "x").status_code == 401, user
        cave, carpet = unique("cave"), unique("carpet")
        body = json.dumps({"schema": '"string"'})
        post = lambda user, password, subject: requests.post(  # noqa: E731
            f"{g.url}/subjects/{subject}/versions", data=body, auth=(user, password),
            headers={"Content-Type": SR}, timeout=30)
        assert post("aladdin", "opensesame", cave).status_code == 200
        # A subject the user may not read is hidden (Karapace: 404, 40401).
        r = post("aladdin", "opensesame", carpet)
        assert (r.status_code, r.json()["error_code"]) == (404, 40401), r.text
        assert post("admin", "admin", carpet).status_code == 200
        # One the user may read but not write: also 404 (Karapace
        # `subjects_subject_versions_post` checks Write only).
        r = post("reader", "secret", carpet)
        assert (r.status_code, r.json()["error_code"]) == (404, 40401), r.text
        assert get("reader", "secret", f"/subjects/{carpet}/versions").json() == [1]
        assert get("reader", "secret", f"/subjects/{cave}/versions").status_code == 404
    finally:
        g.stop()


def test_open_paths_are_configurable(bootstrap, tmp_path):
    path = tmp_path / "auth.json"
    auth_file(path)
    g = Gregor(bootstrap, env={"GREGOR_REGISTRY_AUTHFILE": str(path), "GREGOR_AUTH_OPEN_PATHS": "/master_available"})
    try:
        g.start(wait_ready=False)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(g.url + "/master_available", timeout=1).json().get("master_available"):
                    break
            except (requests.ConnectionError, ValueError):
                pass
            time.sleep(0.1)
        # `/_health` is no longer open; `/master_available` and the probes are.
        r = requests.get(g.url + "/_health", timeout=10)
        assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Basic"), r.text
        assert call(g, "GET", "/_health", "admin").json()["healthy"] is True
        assert requests.get(g.url + "/master_available", timeout=10).status_code == 200
        assert requests.get(g.url + "/livez", timeout=10).status_code == 204
        assert requests.get(g.url + "/metrics", timeout=10).status_code == 200
    finally:
        g.stop()
