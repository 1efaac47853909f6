#!/usr/bin/env bash
# Builds and runs Gregor on 127.0.0.1:8081 (REST, gRPC and grpc-web).
#
# Kafka: `bootstrap_uri` from a config file (--config FILE), the
# environment (GREGOR_BOOTSTRAP_URI / KARAPACE_BOOTSTRAP_URI) or
# --bootstrap-uri. When none is given, a local broker is started on
# 127.0.0.1:19092 (scripts/broker.sh) and stopped when Gregor exits.
# Arguments go to `gregor serve`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

scripts/setup.sh build
cargo build --release --locked --bin gregor
bin=$CARGO_TARGET_DIR/release/gregor

configured=${GREGOR_BOOTSTRAP_URI:-${KARAPACE_BOOTSTRAP_URI:-}}
for arg in "$@"; do
    case "$arg" in
        --bootstrap-uri*) configured=yes ;;
        --config*|-c) configured=yes ;;  # the file names its broker
    esac
done

if [ -z "$configured" ]; then
    scripts/broker.sh start 19092
    trap 'scripts/broker.sh stop' EXIT
    "$bin" serve --bootstrap-uri 127.0.0.1:19092 "$@"
else
    "$bin" serve "$@"
fi
