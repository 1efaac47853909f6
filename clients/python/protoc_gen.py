#!/usr/bin/env python3
"""A protoc plugin (buf's `local:` plugin in `buf.gen.yaml`) that runs the
python, pyi and grpc_python generators built into grpcio-tools' protoc, so
the generated code matches the protobuf and grpcio runtimes pip installs
(tests/requirements.txt pins grpcio-tools). buf has no `grpc_python`
built-in; this makes one from grpcio-tools' own.

Reads a CodeGeneratorRequest on stdin, writes a CodeGeneratorResponse."""
import sys
import tempfile
from pathlib import Path

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def main():
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse()
    response.supported_features = plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    with tempfile.TemporaryDirectory() as tmp:
        descriptors = Path(tmp) / "descriptors.binpb"
        descriptors.write_bytes(descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString())
        out = Path(tmp) / "out"
        out.mkdir()
        code = protoc.main(["grpc_tools.protoc", f"--descriptor_set_in={descriptors}", f"--python_out={out}",
                            f"--pyi_out={out}", f"--grpc_python_out={out}", *request.file_to_generate])
        if code != 0:
            response.error = f"grpcio-tools' protoc failed with {code}"
        else:
            for path in sorted(p for p in out.rglob("*") if p.is_file()):
                response.file.add(name=str(path.relative_to(out)), content=path.read_text())
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
