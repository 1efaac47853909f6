#!/usr/bin/env bash
# Installs what building and testing Gregor needs, idempotently:
#   scripts/setup.sh build    apt packages for rdkafka's bundled librdkafka
#   scripts/setup.sh test     the above plus socat, openssl, a JDK with Avro Java, the Python test venv (.venv) and buf (tools/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-build}

apt_packages=(cmake libcurl4-openssl-dev libsasl2-dev libzstd-dev libssl-dev pkg-config zlib1g-dev)
# The TLS tests put socat (TLS) in front of the broker, with a certificate
# made by openssl.
[ "$what" = "test" ] && apt_packages+=(socat openssl systemd)
# Avro Java (Debian's libavro-java, with a JDK) prints the Avro schema text
# Confluent stores, which the registry's own printer is checked against.
[ "$what" = "test" ] && apt_packages+=(openjdk-17-jdk-headless libavro-java libslf4j-java)
# Debian's protoc reads the protos as other toolchains do
# (test_proto_toolchains.py).
[ "$what" = "test" ] && apt_packages+=(protobuf-compiler)
# The Go client (clients/go) builds in GOPATH mode with Debian's Go
# libraries (no Go module proxy is reachable); its generator protoc-gen-go
# is built from Debian's google.golang.org/protobuf sources below.
[ "$what" = "test" ] && apt_packages+=(golang-go golang-google-protobuf-dev golang-google-grpc-dev
    golang-google-genproto-dev golang-github-golang-protobuf-1-5-dev protoc-gen-go-grpc)
# The TypeScript client's browser test drives Debian's Chromium.
[ "$what" = "test" ] && apt_packages+=(chromium)
# The Java client (clients/java) compiles with javac against Debian's jars.
[ "$what" = "test" ] && apt_packages+=(protobuf-compiler-grpc-java-plugin libgrpc-java libprotobuf-java
    libgoogle-common-protos-java libnetty-java libguava-java libperfmark-java libgeronimo-annotation-1.3-spec-java)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$what" = "test" ]; then
    venv=$root/.venv
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$root/tests/requirements.txt"
    if [ ! -x "$root/tools/bin/protoc-gen-go" ]; then
        (cd /tmp && GOPATH=/usr/share/gocode GO111MODULE=off go build -o "$root/tools/bin/protoc-gen-go" google.golang.org/protobuf/cmd/protoc-gen-go)
    fi
    # `npm ci`: exactly the locked versions, and the lock file untouched;
    # again whenever the lock file changed since the last install.
    for dir in "$root/tools" "$root/clients/typescript"; do
        if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
            (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
        fi
    done
fi
