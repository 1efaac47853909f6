#!/usr/bin/env bash
# Regenerates the clients committed under clients/ from proto/, with
# buf.gen.yaml (local plugins only: protoc-gen-es from tools/, grpcio-tools'
# generators from .venv; scripts/setup.sh test installs both).
#
#   scripts/generate.sh           regenerate
#   scripts/generate.sh --check   regenerate, and fail when the output
#                                 differs from what is committed (CI)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

rm -rf clients/typescript/src/gen clients/python/src/gregor clients/go/gen clients/java/src/main/java/gregor
tools/node_modules/.bin/buf generate

if [ "${1:-}" = "--check" ] && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    changed=$(git status --porcelain -- clients)
    if [ -n "$changed" ]; then
        echo "the generated clients differ from the committed ones (run scripts/generate.sh and commit):" >&2
        echo "$changed" >&2
        git diff --stat -- clients >&2
        exit 1
    fi
    echo "generated clients match the committed ones"
fi
