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

# GREGOR_BIN: a gregor binary to run instead of building one (the tests
# run this script with their debug build).
if [ -n "${GREGOR_BIN:-}" ]; then
    bin=$GREGOR_BIN
else
    scripts/setup.sh build
    cargo build --release --locked --bin gregor
    bin=$CARGO_TARGET_DIR/release/gregor
fi

configured=${GREGOR_BOOTSTRAP_URI:-${KARAPACE_BOOTSTRAP_URI:-}}
for arg in "$@"; do
    case "$arg" in
        --bootstrap-uri*) configured=yes ;;
        --config*|-c) configured=yes ;;  # the file names its broker
    esac
done

args=("$@")
if [ -z "$configured" ]; then
    # A broker this script did not start (another run's) is used, and left
    # running when this one ends.
    if scripts/broker.sh status >/dev/null 2>&1; then
        echo "run.sh: using the local broker already running ($(scripts/broker.sh status))"
    else
        scripts/broker.sh start 19092
        trap 'scripts/broker.sh stop' EXIT
    fi
    args=(--bootstrap-uri "127.0.0.1:$(cat "${GREGOR_BROKER_DIR:-$root/.broker}/broker.port")" "$@")
fi

# Gregor runs as a child so that a signal to this script (Ctrl-C, `kill`)
# reaches it, and the broker is stopped only once Gregor has exited.
"$bin" serve "${args[@]}" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' INT TERM HUP
# A trapped signal interrupts `wait`; wait again until Gregor has exited,
# then take its own exit status (bash keeps it).
while kill -0 "$child" 2>/dev/null; do
    wait "$child" || true
done
status=0
wait "$child" || status=$?
exit "$status"
