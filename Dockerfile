# Gregor in a container: a multi-stage build (Rust toolchain and C build
# tools only in the first stage), a debian-slim runtime running as a
# non-root user, and a health check on /readyz through `gregor probe`
# (the runtime has no curl).
#
#   docker build -t gregor .
#   docker run --rm -p 8081:8081 -e GREGOR_BOOTSTRAP_URI=kafka:9092 gregor
#
# Settings come from GREGOR_<KEY> variables or a file mounted at
# /etc/gregor/gregor.toml (see deploy/gregor.toml for every key).

FROM rust:1.95-bookworm AS build
# rdkafka builds its bundled librdkafka with cmake, against these.
# Debian's point releases replace package versions, so they are not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        cmake libsasl2-dev libssl-dev libzstd-dev pkg-config zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p gregor \
    && install -m 755 target/release/gregor /usr/local/bin/gregor

FROM debian:bookworm-slim
# Run-time libraries of the binary (ldd): OpenSSL 3, zstd, zlib; CA
# certificates for TLS to Kafka and to other registries.
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates libssl3 libzstd1 zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin gregor \
    && mkdir -p /etc/gregor
COPY --from=build /usr/local/bin/gregor /usr/local/bin/gregor
COPY deploy/gregor.toml /etc/gregor/gregor.toml
USER 10001:10001
ENV GREGOR_HOST=0.0.0.0 \
    GREGOR_PORT=8081
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["gregor", "probe", "http://127.0.0.1:8081/readyz"]
ENTRYPOINT ["gregor"]
CMD ["serve", "--config", "/etc/gregor/gregor.toml"]
