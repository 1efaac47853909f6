"""The Connect protocol on Gregor's port (issue #18), beside gRPC, grpc-web
and REST: plain HTTP POSTs as a browser or curl sends them (unary JSON and
binary, streaming envelopes), and `buf curl --protocol connect`, a real
Connect client (connect-go), for unary, server-streaming and bidirectional
calls. Errors are Connect's error JSON with the same ErrorInfo detail
(Confluent error code) as the gRPC status."""
import base64
import json
import re
import struct
import subprocess

import pytest
import requests
from google.rpc import error_details_pb2

from gregor.registry.v1 import registry_pb2 as pb

from conftest import ROOT, create_topic, unique
from test_grpc import BUF

REGISTRY = "gregor.registry.v1.SchemaRegistryService"
KAFKA = "gregor.kafka.v1.KafkaService"
JSON = {"Content-Type": "application/json", "Connect-Protocol-Version": "1"}


def connect(gregor, method, body, headers=JSON, **kw):
    return requests.post(f"{gregor.url}/{method}", data=body if isinstance(body, bytes) else json.dumps(body),
                         headers=headers, timeout=60, **kw)


def envelope(message, flags=0):
    data = message if isinstance(message, bytes) else json.dumps(message).encode()
    return struct.pack(">BI", flags, len(data)) + data


def envelopes(data):
    """(flags, payload) of each envelope in a streaming response body."""
    out = []
    while data:
        flags, length = struct.unpack(">BI", data[:5])
        out.append((flags, data[5:5 + length]))
        data = data[5 + length:]
    return out


def error_info(error):
    detail = error["details"][0]
    assert detail["type"] == "google.rpc.ErrorInfo"
    info = error_details_pb2.ErrorInfo()
    value = detail["value"]
    info.ParseFromString(base64.b64decode(value + "=" * (-len(value) % 4)))
    assert detail["debug"]["metadata"] == dict(info.metadata)
    return int(info.metadata["error_code"]), info.reason


def test_unary_json_and_binary(gregor, sr):
    subject = unique("connect")
    r = connect(gregor, f"{REGISTRY}/RegisterSchema", {"subject": subject, "schema": {"schema": '"string"'}})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json", r.text
    schema_id = r.json()["id"]
    assert sr.get(f"/subjects/{subject}/versions").json() == [1]
    # Without Connect-Protocol-Version, as plain curl sends it.
    r = connect(gregor, f"{REGISTRY}/ListVersions", {"subject": subject}, headers={"Content-Type": "application/json"})
    assert r.json() == {"versions": [1]}
    # Binary protobuf both ways.
    request = pb.GetSchemaByIdRequest(id=schema_id).SerializeToString()
    r = connect(gregor, f"{REGISTRY}/GetSchemaById", request, headers={"Content-Type": "application/proto"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/proto"
    reply = pb.GetSchemaByIdResponse()
    reply.ParseFromString(r.content)
    assert reply.schema == '"string"'


def test_errors_are_connect_error_json(gregor):
    r = connect(gregor, f"{REGISTRY}/GetSchemaById", {"id": 987654})
    assert r.status_code == 404 and r.headers["content-type"] == "application/json"
    assert r.json()["code"] == "not_found" and r.json()["message"]
    assert error_info(r.json()) == (40403, "SCHEMA_NOT_FOUND")
    r = connect(gregor, f"{REGISTRY}/RegisterSchema", {"subject": unique("bad"), "schema": {"schema": "{"}})
    assert (r.status_code, r.json()["code"]) == (400, "invalid_argument")
    assert error_info(r.json())[0] == 42201
    # The request itself: not JSON, unknown fields, unknown method, a
    # unary method called as a stream, a compressed body, a bad version.
    assert (connect(gregor, f"{REGISTRY}/ListSubjects", b"{").json()["code"]) == "invalid_argument"
    assert connect(gregor, f"{REGISTRY}/ListSubjects", {"nope": 1}).status_code == 400
    missing = connect(gregor, f"{REGISTRY}/NoSuchMethod", {})
    assert (missing.status_code, missing.json()["code"]) == (404, "unimplemented")
    assert connect(gregor, "gregor.nope.v1.Nothing/Call", {}).json()["code"] == "unimplemented"
    streamed = connect(gregor, f"{REGISTRY}/ListSubjects", envelope({}), headers={"Content-Type": "application/connect+json"})
    assert streamed.status_code == 415
    gzip = connect(gregor, f"{REGISTRY}/ListSubjects", b"\x1f\x8b", headers={**JSON, "Content-Encoding": "gzip"})
    assert (gzip.status_code, gzip.json()["code"]) == (501, "unimplemented")
    version = connect(gregor, f"{REGISTRY}/ListSubjects", {}, headers={**JSON, "Connect-Protocol-Version": "2"})
    assert version.json()["code"] == "invalid_argument"
    # A REST route with a JSON body is still REST.
    rest = requests.post(f"{gregor.url}/subjects/{unique('rest')}", json={"schema": '"int"'},
                         headers={"Content-Type": "application/json"}, timeout=30)
    assert rest.status_code == 404 and rest.json()["error_code"] == 40401


def test_server_stream_as_envelopes(gregor, bootstrap):
    topic = create_topic(bootstrap, "connect-stream")
    produced = connect(gregor, f"{KAFKA}/Produce", {"topic": topic, "records": [{"value": base64.b64encode(b"one").decode()}]})
    assert produced.status_code == 200, produced.text
    subscription = {"subscription": {"group": unique("connect-group"), "topics": [topic], "auto_offset_reset": "OFFSET_RESET_EARLIEST"}}
    with connect(gregor, f"{KAFKA}/Subscribe", envelope(subscription), headers={"Content-Type": "application/connect+json"},
                 stream=True) as r:
        assert r.status_code == 200 and r.headers["content-type"] == "application/connect+json"
        buffer, values = b"", []
        for chunk in r.iter_content(chunk_size=None):
            buffer += chunk
            while len(buffer) >= 5 and len(buffer) >= 5 + struct.unpack(">I", buffer[1:5])[0]:
                (flags, payload), = envelopes(buffer[:5 + struct.unpack(">I", buffer[1:5])[0]])
                buffer = buffer[5 + len(payload):]
                assert flags == 0, payload
                event = json.loads(payload)
                values += [base64.b64decode(rec["value"]) for rec in event.get("batch", {}).get("records", [])]
            if values:
                break
    assert values == [b"one"]
    # A failure is HTTP 200 and an end-stream envelope with the error.
    bad = {"subscription": {"group": unique("connect-group"), "topics": [unique("no-such-topic")]}}
    r = connect(gregor, f"{KAFKA}/Subscribe", envelope(bad), headers={"Content-Type": "application/connect+json"})
    assert r.status_code == 200
    (flags, payload), = envelopes(r.content)
    assert flags == 2 and error_info(json.loads(payload)["error"])[0] == 40403


def buf_connect(gregor, method, data, extra=()):
    args = [BUF, "curl", "--protocol", "connect", "--schema", str(ROOT), *extra, "--data", data, f"{gregor.url}/{method}"]
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def test_buf_curl_connect_client(gregor, bootstrap):
    subject = unique("buf-connect")
    out = buf_connect(gregor, f"{REGISTRY}/RegisterSchema", json.dumps({"subject": subject, "schema": {"schema": '"bytes"'}}))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["version"] == 1
    out = buf_connect(gregor, f"{REGISTRY}/GetSchemaById", json.dumps({"id": 987654}))
    assert out.returncode != 0 and '"not_found"' in out.stdout + out.stderr and "40403" in out.stdout + out.stderr
    # Bidirectional (HTTP/2): batches in, acks out, in order.
    topic = create_topic(bootstrap, "buf-connect")
    batches = "\n".join(json.dumps({"sequence": n, "topic": topic, "records": [{"value": base64.b64encode(b"%d" % n).decode()}]})
                        for n in (1, 2, 3))
    out = buf_connect(gregor, f"{KAFKA}/ProduceStream", batches, extra=["--http2-prior-knowledge"])
    assert out.returncode == 0, out.stderr
    acks = [json.loads(doc) for doc in out.stdout.replace("}\n{", "}\x00{").split("\x00")]
    assert [a["sequence"] for a in acks] == ["1", "2", "3"]
    assert [int(a["results"][0].get("offset", "0")) for a in acks] == [0, 1, 2]
    # Server streaming over HTTP/1.1: the records just produced.
    subscription = {"subscription": {"group": unique("buf-group"), "topics": [topic], "auto_offset_reset": "OFFSET_RESET_EARLIEST"}}
    args = [BUF, "curl", "--protocol", "connect", "--schema", str(ROOT), "--data", json.dumps(subscription),
            f"{gregor.url}/{KAFKA}/Subscribe"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True) as tail:
        got, text = [], ""
        try:
            for line in tail.stdout:
                text += line
                if line.startswith("}"):
                    event = json.loads(text)
                    text = ""
                    got += [base64.b64decode(r["value"]) for r in event.get("batch", {}).get("records", [])]
                    if len(got) >= 3:
                        break
        finally:
            tail.kill()
    assert got == [b"1", b"2", b"3"]


def test_readme_connect_example_runs_as_written(fresh_gregor):
    """The README's Connect block, on the state its earlier examples leave
    (`users-value` registered as a string)."""
    fresh_gregor.start()
    registered = requests.post(f"{fresh_gregor.url}/subjects/users-value/versions", json={"schema": '{"type":"string"}'},
                               headers={"Content-Type": "application/vnd.schemaregistry.v1+json"}, timeout=30)
    assert registered.status_code == 200, registered.text
    marker = "<!-- README test: tests/python/test_connect.py runs this block -->"
    block = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text().split(marker, 1)[1], flags=re.S)[0]
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", block.replace("http://127.0.0.1:8081", fresh_gregor.url)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    shown = json.loads(block.split("# ", 1)[1].replace("…", "x"))["registered"]
    got = json.loads(run.stdout)["registered"]
    assert {k: got[k] for k in ("subject", "version", "id", "schema")} == {k: shown[k] for k in ("subject", "version", "id", "schema")}
