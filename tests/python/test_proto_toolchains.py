"""Gregor's protos read by every common toolchain (issue #18): Debian's
`protoc`, buf, and Node's standard gRPC loader (`@grpc/proto-loader`, on
protobufjs 7, which cannot read a list of messages as an option value), and
a call of a registry and an admin RPC through the loaded definitions with
`@grpc/grpc-js` against a real Gregor. protox reads them at every build."""
import json
import shutil
import subprocess

import pytest

from conftest import ROOT

PROTO = ROOT / "proto"
FILES = sorted(str(p.relative_to(PROTO)) for p in PROTO.glob("gregor/**/*.proto"))


def test_protoc_reads_every_proto(tmp_path):
    protoc = shutil.which("protoc")
    if not protoc:
        print("NOTICE: protoc not installed (Debian protobuf-compiler; scripts/setup.sh test installs it)")
        pytest.skip("protoc is not installed")
    out = tmp_path / "descriptors.binpb"
    run = subprocess.run([protoc, f"-I{PROTO}", "--include_imports", f"--descriptor_set_out={out}", *FILES],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    # Gregor's own HTTP options survive: protoc's text-format parser read them.
    python = subprocess.run([protoc, f"-I{PROTO}", "--python_out", str(tmp_path), *FILES],
                            capture_output=True, text=True, timeout=120)
    assert python.returncode == 0, python.stderr
    assert (tmp_path / "gregor" / "kafka" / "v1" / "rest_proxy_pb2.py").is_file()


def test_grpc_js_proto_loader_reads_them_and_calls_gregor(gregor):
    node = shutil.which("node")
    loader = ROOT / "tools" / "node_modules" / "@grpc" / "proto-loader"
    if not node or not loader.is_dir():
        print("NOTICE: node or tools/node_modules missing (scripts/setup.sh test installs them)")
        pytest.skip("node or @grpc/proto-loader is not installed")
    run = subprocess.run([node, str(ROOT / "tests" / "node" / "proto_loader.js"), str(PROTO), f"127.0.0.1:{gregor.port}"],
                         capture_output=True, text=True, timeout=120)
    steps = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and all(s["ok"] for s in steps), run.stdout + run.stderr
    files = {s["file"] for s in steps if "file" in s}
    assert files == set(FILES), steps
    calls = {s["rpc"]: s["reply"] for s in steps if "rpc" in s}
    assert isinstance(calls["ListSubjects"]["subjects"], list)
    assert calls["ListKafkaClusters"]["data"][0]["kind"] == "KafkaCluster", calls
