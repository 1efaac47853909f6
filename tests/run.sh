#!/usr/bin/env bash
# Runs every test: Rust unit tests, buf lint, then the integration suite
# (plain HTTP, Confluent's Python client, gRPC, grpc-web, buf curl) against
# real gregor processes and a real local broker started for the run.
#
# Installs what it needs first (scripts/setup.sh test). Extra arguments go
# to pytest, e.g. `tests/run.sh -k storage`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

scripts/setup.sh test
py=$root/.venv/bin/python

echo "== cargo test"
cargo test --workspace --locked --quiet
cargo build --locked --bin gregor

echo "== buf lint"
tools/node_modules/.bin/buf lint

echo "== python client"
"$py" clients/python/generate.py
"$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps clients/python

echo "== integration tests"
export GREGOR_BIN=$CARGO_TARGET_DIR/debug/gregor
export GREGOR_TEST_LOGS=$CARGO_TARGET_DIR/test-logs
"$py" -m pytest tests/python -q -p no:cacheprovider "$@"
