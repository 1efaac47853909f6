#!/usr/bin/env bash
# Compiles the Java client, its example and its end-to-end test with javac
# against Debian 12's jars (libgrpc-java 1.41, libprotobuf-java 3.21,
# libgoogle-common-protos-java, libnetty-java, libguava-java,
# libgeronimo-annotation-1.3-spec-java: scripts/setup.sh test installs them;
# this machine reaches no Maven repository), into OUT (default build/).
# Prints the classpath to run with.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/build}
jars=/usr/share/java
cp=""
for jar in grpc-api grpc-stub grpc-protobuf grpc-protobuf-lite grpc-core grpc-netty grpc-context protobuf \
    proto-google-common-protos guava failureaccess netty-buffer netty-codec netty-codec-http netty-codec-http2 \
    netty-common netty-handler netty-resolver netty-transport netty-transport-native-unix-common perfmark-api \
    opencensus-api geronimo-annotation-1.3-spec; do
    [ -f "$jars/$jar.jar" ] && cp="$cp:$jars/$jar.jar"
done
rm -rf "$out" && mkdir -p "$out"
javac -nowarn -encoding UTF-8 -d "$out" -cp "${cp#:}" $(find "$here/src" -name '*.java') >&2
echo "$out$cp"
