#!/usr/bin/env bash
# Runs every test: Rust unit tests, buf lint, the generated clients' check,
# then the integration suite (plain HTTP, Confluent's Python client, gRPC,
# grpc-web, Connect, buf curl, the generated TypeScript client) against
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

echo "== Confluent compatibility vectors (../shared/vectors; pass counts per file)"
cargo test -p gregor --locked --quiet --test vectors -- --nocapture 2>&1 | grep -oE "(vectors .*|NOTICE.*|  FAIL.*)" || true
cargo build --locked --bin gregor

echo "== buf lint"
tools/node_modules/.bin/buf lint

echo "== generated clients (buf.gen.yaml)"
scripts/generate.sh --check
"$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps clients/python
(cd clients/typescript && npm run --silent build)

echo "== integration tests"
export GREGOR_BIN=$CARGO_TARGET_DIR/debug/gregor
export GREGOR_TEST_LOGS=$CARGO_TARGET_DIR/test-logs
# The broker outlives pytest, so Kafka clients torn down at interpreter exit
# find it still there, and pytest's summary stays the last line.
if [ -z "${GREGOR_TEST_BOOTSTRAP:-}" ]; then
    export GREGOR_BROKER_DIR=$root/target/test-broker
    mkdir -p "$GREGOR_BROKER_DIR"
    [ -x "$GREGOR_BROKER_DIR/tansu" ] || { [ -x .broker/tansu ] && cp .broker/tansu "$GREGOR_BROKER_DIR/"; } || true
    port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    scripts/broker.sh start "$port" >/dev/null
    trap 'scripts/broker.sh stop' EXIT
    export GREGOR_TEST_BOOTSTRAP=127.0.0.1:$port
fi
"$py" -m pytest tests/python -q -p no:cacheprovider --tb=short -rfE "$@"
