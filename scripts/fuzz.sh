#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for SECONDS each (default 60),
# starting from the seeds in fuzz/seeds/ and a corpus kept under the target
# directory. Installs cargo-fuzz when it is missing. Exits non-zero on the
# first crash (the input is left in fuzz/artifacts/). See fuzz/README.md.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(avro_schema json_schema protobuf_schema record_decode rest_transcode v3_records connect)

scripts_dir=$root/scripts
"$scripts_dir/setup.sh" build
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2

# cargo-fuzz passes flags that stable rustc takes only with RUSTC_BOOTSTRAP;
# no sanitizer: the targets reach no `unsafe` code of Gregor's (its only
# unsafe module, server/src/admin/ffi.rs, calls librdkafka and needs a
# broker), and the coverage-guided search is what finds panics, overflows
# and runaway recursion.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}/fuzz
cd "$root/fuzz"
cargo fuzz build -O -s none
for target in "${targets[@]}"; do
    corpus=$CARGO_TARGET_DIR/corpus/$target
    mkdir -p "$corpus"
    log=$CARGO_TARGET_DIR/$target.log
    if ! cargo fuzz run -O -s none "$target" "$corpus" "seeds/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $target crashed; the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo "?")
    echo "fuzz: $target: $runs executions in ${seconds} s, no crash"
done
