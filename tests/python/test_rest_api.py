"""Every Schema Registry endpoint of issue #2 over plain HTTP, against a real
broker: status codes, bodies, Confluent error codes, media types and `%2F`
subjects. Expected values come from Confluent's resources and Errors.java
(shared/reference/confluent-api.md §1)."""
import itertools
import json
import socket
import time
from urllib.parse import urlparse

import pytest
import requests

from conftest import SR_JSON, Gregor, unique

USER_V1 = {"type": "record", "name": "User", "namespace": "t", "fields": [{"name": "id", "type": "int"}]}
USER_V2 = {
    "type": "record", "name": "User", "namespace": "t",
    "fields": [{"name": "id", "type": "int"}, {"name": "email", "type": "string", "default": ""}],
}
USER_BAD = {
    "type": "record", "name": "User", "namespace": "t",
    "fields": [{"name": "id", "type": "int"}, {"name": "email", "type": "string"}],
}


def compact(schema):
    return json.dumps(schema, separators=(",", ":"))


def assert_error(resp, status, code):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["error_code"] == code, body
    assert isinstance(body["message"], str) and body["message"]
    assert list(body) == ["error_code", "message"]


def test_root_and_server_metadata(sr, gregor):
    r = sr.get("/")
    assert r.status_code == 200 and r.text == "{}"
    assert r.headers["content-type"] == SR_JSON
    meta = sr.get("/v1/metadata/id").json()
    assert meta["id"] == "" and meta["scope"]["path"] == []
    assert set(meta["scope"]["clusters"]) == {"kafka-cluster", "schema-registry-cluster"}
    # The registry's group id (conftest gives each test registry its own).
    assert meta["scope"]["clusters"]["schema-registry-cluster"] == f"sr-{gregor.topic}"
    assert sr.get("/v1/metadata/version").json()["version"]
    assert sr.get("/master_available").json() == {"master_available": True}
    health = sr.get("/_health").json()
    assert health["healthy"] is True
    assert health["status"]["schema_registry_ready"] is True
    assert health["status"]["schema_registry_reader_current_offset"] >= 0
    assert sr.get("/schemas/types").json() == ["JSON", "PROTOBUF", "AVRO"]
    # Confluent's default when schema.registry.metadata.deployment.attributes is unset.
    assert sr.get("/v1/metadata/deployment").json() == {"attributes": []}


def test_deployment_attributes_setting(bootstrap):
    g = Gregor(bootstrap, env={"KARAPACE_METADATA_DEPLOYMENT_ATTRIBUTES": " OpenSource , deploymentScope:X"}).start()
    try:
        r = requests.get(f"{g.url}/v1/metadata/deployment")
        assert r.status_code == 200 and r.headers["content-type"] == SR_JSON
        assert r.json() == {"attributes": ["opensource", "deploymentscope:x"]}
    finally:
        g.stop()


def test_register_fetch_and_lookup(sr):
    subject = unique("users") + "-value"
    r = sr.register(subject, USER_V1)
    assert r.status_code == 200, r.text
    first = r.json()
    sid = first["id"]
    assert first["version"] == 1 and "schemaType" not in first
    assert json.loads(first["schema"]) == USER_V1

    # Same schema, other formatting: same id and version, no new version.
    again = sr.register(subject, json.dumps(USER_V1, indent=2)).json()
    assert (again["id"], again["version"]) == (sid, 1)
    assert sr.get(f"/subjects/{subject}/versions").json() == [1]

    # Same schema in another subject shares the id.
    other = unique("other")
    assert sr.register(other, USER_V1).json()["id"] == sid

    # A second version.
    v2 = sr.register(subject, USER_V2).json()
    assert v2["version"] == 2 and v2["id"] > sid
    assert sr.get(f"/subjects/{subject}/versions").json() == [1, 2]

    got = sr.get(f"/subjects/{subject}/versions/1").json()
    # Confluent's `Schema` property order, `guid` (CP 8.0) after `id`.
    assert list(got) == ["subject", "version", "id", "guid", "schema"]
    assert got == {"subject": subject, "version": 1, "id": sid, "guid": got["guid"], "schema": first["schema"]}
    assert sr.get(f"/subjects/{subject}/versions/latest").json()["version"] == 2
    assert sr.get(f"/subjects/{subject}/versions/-1").json()["version"] == 2

    raw = sr.get(f"/subjects/{subject}/versions/1/schema")
    assert raw.status_code == 200 and raw.text == first["schema"]
    assert raw.headers["content-type"] == SR_JSON

    by_id = sr.get(f"/schemas/ids/{sid}")
    assert by_id.json() == {"guid": first["guid"], "schema": first["schema"]}
    with_max = sr.get(f"/schemas/ids/{sid}", params={"fetchMaxId": "true", "subject": "ignored"}).json()
    assert with_max["maxId"] >= v2["id"]
    assert sr.get(f"/schemas/ids/{sid}/schema").text == first["schema"]
    assert sr.get(f"/schemas/ids/{sid}/subjects").json() == sorted([subject, other])
    assert sr.get(f"/schemas/ids/{sid}/versions").json() == sorted(
        [{"subject": subject, "version": 1}, {"subject": other, "version": 1}], key=lambda x: x["subject"]
    )

    found = sr.post(f"/subjects/{subject}", {"schema": compact(USER_V2)}).json()
    assert found == {"subject": subject, "version": 2, "id": v2["id"], "guid": v2["guid"], "schema": v2["schema"]}
    assert_error(sr.post(f"/subjects/{subject}", {"schema": compact({"type": "string"})}), 404, 40403)
    assert_error(sr.post(f"/subjects/{unique('nope')}", {"schema": compact(USER_V1)}), 404, 40401)

    subjects = sr.get("/subjects").json()
    assert subject in subjects and other in subjects and subjects == sorted(subjects)
    listed = sr.get("/schemas", params={"subjectPrefix": subject}).json()
    assert [(s["subject"], s["version"]) for s in listed] == [(subject, 1), (subject, 2)]
    latest = sr.get("/schemas", params={"subjectPrefix": subject, "latestOnly": "true"}).json()
    assert [s["version"] for s in latest] == [2]


def test_client_errors_get_confluent_codes(sr):
    subject = unique("errors")
    assert_error(sr.register(subject, '{"type":"nope"}'), 422, 42201)
    assert_error(sr.register(subject, "not json"), 422, 42201)
    assert_error(sr.register(subject, ""), 422, 42201)
    assert_error(sr.post(f"/subjects/{subject}/versions", {}), 422, 42201)
    assert_error(sr.register(subject, 'syntax = "proto3"; message M { int32 x = 1 }', schema_type="PROTOBUF"), 422, 42201)
    assert_error(sr.register(subject, "{}", schema_type="XML"), 422, 42201)
    assert_error(sr.get(f"/subjects/{subject}/versions"), 404, 40401)
    assert_error(sr.get(f"/subjects/{subject}/versions/1"), 404, 40401)
    sr.register(subject, USER_V1)
    assert_error(sr.get(f"/subjects/{subject}/versions/2"), 404, 40402)
    for bad in ["abc", "0", "-2", "2147483648"]:
        assert_error(sr.get(f"/subjects/{subject}/versions/{bad}"), 422, 42202)
    assert_error(sr.get("/schemas/ids/999999"), 404, 40403)
    assert_error(sr.get("/schemas/ids/999999/subjects"), 404, 40403)
    assert_error(sr.get("/schemas/ids/abc"), 404, 404)
    assert_error(sr.post(f"/subjects/{subject}/versions", "{not json"), 400, 400)
    # A body field of the wrong JSON type: 400, as rest-utils maps Jackson's mapping errors.
    assert_error(sr.post(f"/subjects/{subject}/versions", {"schema": 12}), 400, 400)
    assert_error(sr.get("/no/such/path"), 404, 404)
    assert_error(sr.request("PATCH", "/subjects"), 405, 405)
    # JAX-RS reads a boolean query parameter as true only for "true".
    assert sr.get(f"/subjects/{subject}/versions", params={"deleted": "maybe"}).json() == [1]
    # An int query parameter that does not convert is JAX-RS's 404.
    assert_error(sr.get("/subjects", params={"offset": "x"}), 404, 404)
    # So is a `lifecycle` that is not a LifecyclePolicyFilter name.
    r = sr.get("/schemas", params={"lifecycle": "SOFT"})
    assert_error(r, 404, 404)
    assert r.json()["message"] == "HTTP 404 Not Found"
    assert_error(sr.get("/schemas", params=[("lifecycle", "NONE"), ("lifecycle", "strong")]), 404, 404)
    # nothing was stored by the failures
    assert sr.get(f"/subjects/{subject}/versions").json() == [1]


def test_list_schemas_filters(sr):
    """`GET /schemas` filters as Confluent's `getSchemas`: `ruleType` keeps
    schemas with such a rule; an association filter keeps only subjects with
    no associations, and those only for `lifecycle=NONE` (Gregor has none)."""
    prefix = unique("filters")
    plain = sr.register(f"{prefix}-plain", {"type": "string", "p": 1}).json()["id"]
    rules = {"domainRules": [{"name": "r", "kind": "CONDITION", "mode": "WRITE", "type": "CEL", "expr": "true"}]}
    ruled = sr.post(f"/subjects/{prefix}-ruled/versions",
                    {"schema": '{"type":"string","p":2}', "ruleSet": rules}).json()["id"]

    def ids(**params):
        r = sr.get("/schemas", params={"subjectPrefix": prefix, **params})
        assert r.status_code == 200, r.text
        return [s["id"] for s in r.json()]

    assert ids() == [plain, ruled]
    assert ids(ruleType="CEL") == [ruled]
    assert ids(ruleType="JSONATA") == []
    assert ids(lifecycle="STRONG") == []
    assert ids(lifecycle="NONE") == [plain, ruled]
    assert ids(resourceType="topic") == []
    assert ids(associationType="value", lifecycle="NONE") == [plain, ruled]
    assert ids(ruleType="CEL", limit=1) == [ruled]


def test_media_type_negotiation(sr):
    subject = unique("media")
    body = json.dumps({"schema": compact(USER_V1)})
    for content_type in [SR_JSON, "application/vnd.schemaregistry+json", "application/json",
                         "application/json; charset=utf-8", "application/octet-stream", None]:
        headers = {"Content-Type": content_type} if content_type else {}
        r = requests.post(f"{sr.url}/subjects/{subject}/versions", data=body, headers=headers)
        assert r.status_code == 200, (content_type, r.text)
    r = requests.post(f"{sr.url}/subjects/{subject}/versions", data=body, headers={"Content-Type": "text/plain"})
    assert_error(r, 415, 415)

    cases = {
        None: SR_JSON,
        "*/*": SR_JSON,
        "application/json": "application/json",
        "application/vnd.schemaregistry+json": "application/vnd.schemaregistry+json",
        "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json": SR_JSON,
        "application/json, text/plain, */*": SR_JSON,
    }
    for accept, expected in cases.items():
        headers = {"Accept": accept} if accept else {}
        r = requests.get(f"{sr.url}/subjects", headers=headers)
        assert r.status_code == 200 and r.headers["content-type"] == expected, (accept, r.headers)
    assert_error(requests.get(f"{sr.url}/subjects", headers={"Accept": "text/html"}), 406, 406)
    # A Content-Type on a GET without a body (the @kafkajs client sends one) is fine.
    assert requests.get(f"{sr.url}/subjects", headers={"Content-Type": SR_JSON}).status_code == 200


def test_early_answers_keep_the_connection(sr):
    """A 415, 405 or 404 is sent without needing the body; the connection must
    still serve the next request, even when the body arrives after the
    headers. (Unread, it made hyper close the connection with no
    `Connection: close`, and a client reusing it got a reset: a CI flake.)"""
    url = urlparse(sr.url)
    body = json.dumps({"schema": compact(USER_V1)}).encode()

    def request(method, path, content_type):
        return (f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()

    def answer(conn):
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            assert chunk, "connection closed instead of answering"
            head += chunk
        status, rest = head.split(b"\r\n", 1)
        headers, body_start = rest.split(b"\r\n\r\n", 1)
        length = next(int(line.split(b":")[1]) for line in headers.split(b"\r\n") if line.lower().startswith(b"content-length"))
        while len(body_start) < length:
            body_start += conn.recv(4096)
        assert b"connection: close" not in headers.lower()
        return int(status.split()[1])

    subject = unique("conn")
    early = [
        ("POST", f"/subjects/{subject}/versions", "text/plain", 415),
        ("PATCH", f"/subjects/{subject}/versions", SR_JSON, 405),
        ("POST", "/no/such/path", SR_JSON, 404),
    ]
    for (method, path, content_type, status), delay in itertools.product(early, (0, 0.01, 0.1)):
        with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
            conn.sendall(request(method, path, content_type))
            time.sleep(delay)  # the body in a later segment than the headers
            conn.sendall(body)
            assert answer(conn) == status, (method, path)
            conn.sendall(request("POST", f"/subjects/{subject}/versions", SR_JSON) + body)
            assert answer(conn) == 200, (method, path)


def test_slash_in_subject_names(sr):
    subject = unique("a") + "/b-value"
    enc = subject.replace("/", "%2F")
    assert sr.register(enc, USER_V1).status_code == 200
    assert subject in sr.get("/subjects").json()
    assert sr.get(f"/subjects/{enc}/versions/1").json()["subject"] == subject
    assert sr.put(f"/config/{enc}", {"compatibility": "FULL"}).json() == {"compatibility": "FULL"}
    assert sr.get(f"/config/{enc}").json() == {"compatibilityLevel": "FULL"}
    assert sr.post(f"/compatibility/subjects/{enc}/versions/latest", {"schema": compact(USER_V2)}).json() == {"is_compatible": True}
    assert sr.delete(f"/subjects/{enc}").json() == [1]
    assert sr.delete(f"/subjects/{enc}", params={"permanent": "true"}).json() == [1]
    assert subject not in sr.get("/subjects", params={"deleted": "true"}).json()


def record(name, *fields):
    """A record schema no other test registers."""
    return {"type": "record", "name": name, "fields": [
        {"name": f, "type": "int", **({"default": 0} if i else {})} for i, f in enumerate(fields)]}


def test_soft_and_permanent_deletes(sr):
    subject = unique("del")
    name = subject.replace("-", "_")
    ids = [sr.register(subject, s).json()["id"] for s in (record(name, "a"), record(name, "a", "b"))]

    assert_error(sr.delete(f"/subjects/{subject}/versions/1", params={"permanent": "true"}), 404, 40407)
    assert sr.delete(f"/subjects/{subject}/versions/1").json() == 1
    assert_error(sr.delete(f"/subjects/{subject}/versions/1"), 404, 40406)
    assert_error(sr.get(f"/subjects/{subject}/versions/1"), 404, 40402)
    assert sr.get(f"/subjects/{subject}/versions/1", params={"deleted": "true"}).json()["id"] == ids[0]
    assert sr.get(f"/subjects/{subject}/versions").json() == [2]
    assert sr.get(f"/subjects/{subject}/versions", params={"deleted": "True"}).json() == [1, 2]
    assert sr.get(f"/subjects/{subject}/versions", params={"deletedOnly": "true"}).json() == [1]
    # Soft-deleted schemas stay readable by id.
    assert sr.get(f"/schemas/ids/{ids[0]}").status_code == 200
    assert sr.delete(f"/subjects/{subject}/versions/1", params={"permanent": "true"}).json() == 1
    assert_error(sr.get(f"/subjects/{subject}/versions/1", params={"deleted": "true"}), 404, 40402)

    assert_error(sr.delete(f"/subjects/{subject}", params={"permanent": "true"}), 404, 40405)
    assert sr.delete(f"/subjects/{subject}").json() == [2]
    assert_error(sr.delete(f"/subjects/{subject}"), 404, 40404)
    assert_error(sr.get(f"/subjects/{subject}/versions"), 404, 40401)
    assert subject not in sr.get("/subjects").json()
    assert subject in sr.get("/subjects", params={"deleted": "true"}).json()
    assert subject in sr.get("/subjects", params={"deletedOnly": "true"}).json()
    assert sr.delete(f"/subjects/{subject}", params={"permanent": "true"}).json() == [2]
    assert_error(sr.delete(f"/subjects/{subject}"), 404, 40401)
    assert subject not in sr.get("/subjects", params={"deleted": "true"}).json()

    # A permanently deleted subject starts again at version 1; ids are never reused.
    again = sr.register(subject, record(name, "a")).json()
    assert again["version"] == 1 and again["id"] > max(ids)


def test_version_numbers_count_soft_deleted_versions(sr):
    subject = unique("vers")
    sr.register(subject, USER_V1)
    sr.delete(f"/subjects/{subject}/versions/1")
    assert sr.register(subject, USER_V2).json()["version"] == 2


def test_list_paging_and_prefix(sr):
    prefix = unique("page")
    for i in range(5):
        sr.register(f"{prefix}-{i}", {"type": "enum", "name": f"E{i}", "symbols": ["A"]})
    names = [f"{prefix}-{i}" for i in range(5)]
    assert sr.get("/subjects", params={"subjectPrefix": prefix}).json() == names
    assert sr.get("/subjects", params={"subjectPrefix": prefix, "offset": 1, "limit": 2}).json() == names[1:3]
    assert sr.get("/subjects", params={"subjectPrefix": prefix, "offset": 0, "limit": -1}).json() == names
    assert len(sr.get("/schemas", params={"subjectPrefix": prefix, "limit": 3}).json()) == 3


def test_config_endpoints(sr):
    subject = unique("cfg")
    assert sr.get("/config").json() == {"compatibilityLevel": "BACKWARD"}
    assert_error(sr.get(f"/config/{subject}"), 404, 40408)
    assert sr.get(f"/config/{subject}", params={"defaultToGlobal": "true"}).json() == {"compatibilityLevel": "BACKWARD"}
    assert sr.put(f"/config/{subject}", {"compatibility": "forward_transitive"}).json() == {"compatibility": "FORWARD_TRANSITIVE"}
    assert sr.get(f"/config/{subject}").json() == {"compatibilityLevel": "FORWARD_TRANSITIVE"}
    assert_error(sr.put(f"/config/{subject}", {"compatibility": "SIDEWAYS"}), 422, 42203)
    # An update that sets nothing changes nothing (Confluent 7.4+).
    assert sr.put(f"/config/{subject}", {}).status_code == 200
    assert sr.delete(f"/config/{subject}").json() == {"compatibilityLevel": "FORWARD_TRANSITIVE"}
    assert_error(sr.get(f"/config/{subject}"), 404, 40408)
    assert_error(sr.delete(f"/config/{subject}"), 404, 40401)


def test_references_avro(sr):
    address_subject = unique("address")
    address = {"type": "record", "name": "Address", "namespace": "t", "fields": [{"name": "city", "type": "string"}]}
    addr = sr.register(address_subject, address).json()
    person = {"type": "record", "name": "Person", "namespace": "t", "fields": [{"name": "home", "type": "t.Address"}]}
    refs = [{"name": "t.Address", "subject": address_subject, "version": 1}]
    person_subject = unique("person")
    assert_error(sr.register(person_subject, person), 422, 42201)  # unresolved name without the reference
    r = sr.register(person_subject, person, references=refs)
    assert r.status_code == 200, r.text
    pid = r.json()["id"]
    got = sr.get(f"/subjects/{person_subject}/versions/1").json()
    assert got["references"] == refs
    assert sr.get(f"/schemas/ids/{pid}").json()["references"] == refs
    assert sr.get(f"/subjects/{address_subject}/versions/1/referencedby").json() == [pid]
    assert sr.get(f"/subjects/{address_subject}/versions/1/referencedby", params={"offset": 1}).json() == []
    # format=resolved writes the referenced type out inline (Confluent AvroSchema "resolved")
    resolved = json.loads(sr.get(f"/schemas/ids/{pid}", params={"format": "resolved"}).json()["schema"])
    inlined = resolved["fields"][0]["type"]
    assert inlined["type"] == "record" and inlined["fields"] == address["fields"]
    assert json.loads(sr.get(f"/subjects/{person_subject}/versions/1/schema", params={"format": "resolved"}).text) == resolved
    assert json.loads(sr.get(f"/subjects/{person_subject}/versions/1", params={"format": "resolved"}).json()["schema"]) == resolved
    # Stored as Avro Java prints it (Confluent `AvroSchema.canonicalString`):
    # compact, the referenced type named within its namespace.
    assert sr.get(f"/schemas/ids/{pid}/schema", params={"format": "default"}).text == compact(
        {**person, "fields": [{"name": "home", "type": "Address"}]})
    assert sr.post(f"/subjects/{person_subject}", {"schema": compact(person), "references": refs}).json()["id"] == pid
    assert_error(sr.delete(f"/subjects/{address_subject}/versions/1"), 422, 42206)
    assert_error(sr.delete(f"/subjects/{address_subject}"), 422, 42206)
    bad_refs = [{"name": "t.Address", "subject": address_subject, "version": 7}]
    assert_error(sr.register(unique("person"), person, references=bad_refs), 422, 42201)
    # Once the referrer is gone the referenced schema can be deleted.
    sr.delete(f"/subjects/{person_subject}")
    assert sr.get(f"/subjects/{address_subject}/versions/1/referencedby").json() == []
    assert sr.get(f"/subjects/{address_subject}/versions/1/referencedby", params={"deleted": "true"}).json() == [pid]
    assert sr.delete(f"/subjects/{address_subject}/versions/1").json() == 1
    assert addr["id"] > 0


def test_normalize_avro(sr):
    subject = unique("norm")
    r = sr.register(subject, {"type": "string"}, normalize="true").json()
    assert r["schema"] == '"string"'
    assert sr.post(f"/subjects/{subject}", {"schema": '"string"'}, params={"normalize": "True"}).json()["id"] == r["id"]
    # Without normalize too, an Avro schema is stored as Avro Java prints it
    # (Confluent stores `AvroSchema.canonicalString()`), so the same schema
    # written another way gets that id and text.
    plain = unique("plain")
    kept = sr.register(plain, '{"type": "long"}').json()
    assert kept["schema"] == '"long"'
    same = sr.register(unique("plain"), ' "long" ').json()
    assert (same["id"], same["schema"]) == (kept["id"], '"long"')
    assert sr.register(unique("plain"), {"type": "string"}).json()["id"] == r["id"]


def test_associations_answer_404(sr):
    r = sr.get("/associations/resources/-/users", params={"resourceType": "topic", "associationType": "value"})
    assert_error(r, 404, 40410)


def test_request_size_limit(bootstrap):
    from conftest import Client, Gregor
    g = Gregor(bootstrap, env={"GREGOR_HTTP_REQUEST_MAX_SIZE": "2000"}).start()
    try:
        c = Client(g.url)
        big = {"type": "record", "name": "Big", "fields": [{"name": f"f{i}", "type": "int"} for i in range(200)]}
        assert_error(c.register("big", big), 413, 413)
        assert c.get("/subjects").json() == []
        assert c.register("small", '"int"').status_code == 200
    finally:
        g.stop()
