"""The same registry over gRPC (h2c) and grpc-web (HTTP/1.1) on the REST
port: the generated Python client (clients/python) and `buf curl` through
server reflection, plus grpc.health.v1."""
import json
import os
import subprocess
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from gregor.registry.v1 import registry_pb2 as pb
from gregor.registry.v1 import registry_pb2_grpc as rpc

from conftest import ROOT, unique

BUF = os.environ.get("BUF", str(ROOT / "tools" / "node_modules" / ".bin" / "buf"))
SERVICE = "gregor.registry.v1.SchemaRegistryService"


@pytest.fixture(scope="module")
def stub(gregor):
    channel = grpc.insecure_channel(f"127.0.0.1:{gregor.port}")
    yield rpc.SchemaRegistryServiceStub(channel)
    channel.close()


def error_code(err):
    """The Confluent code in the status' ErrorInfo detail."""
    details = dict(err.trailing_metadata())["grpc-status-details-bin"]
    status = status_pb2.Status.FromString(details)
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info)
    return int(info.metadata["error_code"]), info.reason


def test_register_and_fetch_with_generated_client(stub, sr):
    subject = unique("grpc")
    reply = stub.RegisterSchema(pb.RegisterSchemaRequest(subject=subject, schema=pb.SchemaSpec(schema='{"type":"fixed","name":"F","size":4}')))
    assert reply.version == 1 and reply.id > 0
    assert stub.GetSchemaById(pb.GetSchemaByIdRequest(id=reply.id)).schema == '{"type":"fixed","name":"F","size":4}'
    version = stub.GetVersion(pb.GetVersionRequest(subject=subject, version="latest")).registered
    assert (version.subject, version.version, version.id) == (subject, 1, reply.id)
    assert subject in stub.ListSubjects(pb.ListSubjectsRequest()).subjects
    # gRPC and REST see the same registry
    assert sr.get(f"/subjects/{subject}/versions/1").json()["id"] == reply.id
    json_reply = stub.RegisterSchema(pb.RegisterSchemaRequest(
        subject=unique("grpc-json"), schema=pb.SchemaSpec(schema='{"type":"string"}', schema_type="JSON")))
    assert stub.GetSchemaById(pb.GetSchemaByIdRequest(id=json_reply.id)).schema_type == "JSON"
    compat = stub.CheckCompatibility(pb.CheckCompatibilityRequest(
        subject=subject, version="latest", schema=pb.SchemaSpec(schema='{"type":"fixed","name":"F","size":8}'), verbose=True)).result
    assert compat.is_compatible is False and any("FIXED_SIZE_MISMATCH" in m for m in compat.messages)


def test_errors_carry_confluent_codes(stub):
    with pytest.raises(grpc.RpcError) as err:
        stub.GetSchemaById(pb.GetSchemaByIdRequest(id=987654))
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_code(err.value) == (40403, "SCHEMA_NOT_FOUND")
    with pytest.raises(grpc.RpcError) as err:
        stub.RegisterSchema(pb.RegisterSchemaRequest(subject=unique("bad"), schema=pb.SchemaSpec(schema="{")))
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_code(err.value)[0] == 42201
    with pytest.raises(grpc.RpcError) as err:
        stub.GetVersion(pb.GetVersionRequest(subject=unique("none"), version="x"))
    assert error_code(err.value)[0] == 42202


def buf_curl(gregor, method, data=None, protocol="grpc", extra=()):
    args = [BUF, "curl", "--protocol", protocol, *extra]
    if protocol == "grpc":
        args.append("--http2-prior-knowledge")
    if data is not None:
        args += ["--data", json.dumps(data)]
    args.append(f"{gregor.url}/{method}")
    out = subprocess.run(args, capture_output=True, text=True, timeout=60)
    return out


@pytest.mark.parametrize("protocol", ["grpc", "grpcweb"])
def test_buf_curl_through_reflection(gregor, sr, protocol):
    subject = unique(f"buf-{protocol}")
    out = buf_curl(gregor, f"{SERVICE}/RegisterSchema", {"subject": subject, "schema": {"schema": '"bytes"'}}, protocol)
    assert out.returncode == 0, out.stderr
    registered = json.loads(out.stdout)
    assert registered["version"] == 1
    out = buf_curl(gregor, f"{SERVICE}/ListVersions", {"subject": subject}, protocol)
    assert json.loads(out.stdout) == {"versions": [1]}
    out = buf_curl(gregor, f"{SERVICE}/GetSchemaById", {"id": 987654}, protocol)
    assert out.returncode != 0 and "not_found" in out.stderr.lower()
    assert sr.get(f"/subjects/{subject}/versions").json() == [1]


def test_reflection_lists_methods_and_health_serves(gregor):
    out = subprocess.run([BUF, "curl", "--protocol", "grpc", "--http2-prior-knowledge", "--list-methods", gregor.url],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    methods = out.stdout.split()
    assert f"{SERVICE}/RegisterSchema" in methods and "grpc.health.v1.Health/Check" in methods
    out = buf_curl(gregor, "grpc.health.v1.Health/Check", {"service": SERVICE})
    assert json.loads(out.stdout) == {"status": "SERVING"}


def test_unknown_grpc_method_is_unimplemented(gregor):
    channel = grpc.insecure_channel(f"127.0.0.1:{gregor.port}")
    call = channel.unary_unary(f"/{SERVICE}/NoSuchMethod", request_serializer=lambda x: x, response_deserializer=lambda x: x)
    with pytest.raises(grpc.RpcError) as err:
        call(b"")
    assert err.value.code() == grpc.StatusCode.UNIMPLEMENTED
    channel.close()
