#!/usr/bin/env python3
"""Generates Gregor's Python gRPC client from proto/ into src/ with
grpcio-tools (messages, .pyi stubs, service stubs). The output is not
committed; run this before `pip install clients/python`.

google/api types come from the googleapis-common-protos package at run time.
"""
import sys
from pathlib import Path

from grpc_tools import protoc
import grpc_tools

HERE = Path(__file__).resolve().parent
PROTO = HERE.parent.parent / "proto"
OUT = HERE / "src"


def main():
    OUT.mkdir(exist_ok=True)
    files = sorted(str(p.relative_to(PROTO)) for p in (PROTO / "gregor").rglob("*.proto"))
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    args = ["grpc_tools.protoc", f"-I{PROTO}", f"-I{well_known}", f"--python_out={OUT}", f"--pyi_out={OUT}",
            f"--grpc_python_out={OUT}", *files]
    code = protoc.main(args)
    if code != 0:
        sys.exit(f"protoc failed with {code}")
    print(f"generated {len(files)} proto files into {OUT}")


if __name__ == "__main__":
    main()
