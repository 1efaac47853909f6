//! Prometheus metrics, text format at `GET /metrics`, from the `prometheus`
//! crate's default registry (with its process collector: RSS, CPU seconds,
//! open fds, start time).
//!
//! Label sets are bounded: HTTP paths are route templates (axum's
//! `MatchedPath`, e.g. `/subjects/{subject}/versions`; `unmatched` for the
//! rest), gRPC methods are `/package.Service/Method`, and topics and
//! consumer groups appear only with `metrics_kafka_labels` on, the first
//! [`KAFKA_LABEL_LIMIT`] of each, later ones as `_other`.
//!
//! Names are Karapace's where Karapace has the metric
//! (`karapace_http_requests_total`, `karapace_http_requests_in_progress`,
//! `karapace_http_requests_duration_seconds`,
//! `karapace_schema_reader_records_processed_total`,
//! `karapace_schema_reader_schemas`, `karapace_schema_reader_subjects`,
//! `karapace_schema_reader_subject_data_schema_versions`); Gregor's own
//! start with `gregor_`.

use std::collections::HashSet;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex};
use std::task::{Context, Poll};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::{Frame, SizeHint};
use prometheus::{
    Encoder, GaugeVec, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts, TextEncoder,
    register_gauge_vec, register_histogram_vec, register_int_counter_vec, register_int_gauge, register_int_gauge_vec,
};

/// Most distinct topics (and consumer groups) labelled when
/// `metrics_kafka_labels` is on: 100.
pub const KAFKA_LABEL_LIMIT: usize = 100;

static KAFKA_LABELS: AtomicBool = AtomicBool::new(false);
static SEEN_TOPICS: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(Mutex::default);
static SEEN_GROUPS: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(Mutex::default);

/// Labels Kafka metrics by topic and consumer group (`metrics_kafka_labels`).
pub fn set_kafka_labels(on: bool) {
    KAFKA_LABELS.store(on, Ordering::Relaxed);
}

fn bounded(seen: &Mutex<HashSet<String>>, value: &str) -> String {
    if !KAFKA_LABELS.load(Ordering::Relaxed) {
        return String::new();
    }
    let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
    if seen.contains(value) || seen.len() < KAFKA_LABEL_LIMIT && seen.insert(value.to_owned()) {
        value.to_owned()
    } else {
        "_other".to_owned()
    }
}

macro_rules! metric {
    ($name:ident: $ty:ty = $init:expr) => {
        static $name: LazyLock<$ty> = LazyLock::new(|| $init.expect(concat!("registering ", stringify!($name))));
    };
}

metric!(HTTP_REQUESTS: IntCounterVec = register_int_counter_vec!(
    "karapace_http_requests_total", "Requests by method, route and HTTP status (gRPC included, by method path)", &["method", "path", "status"]));
metric!(HTTP_IN_PROGRESS: IntGaugeVec = register_int_gauge_vec!(
    "karapace_http_requests_in_progress", "Requests being answered (for gRPC: until the response stream ends)", &["method", "path"]));
metric!(HTTP_DURATION: HistogramVec = register_histogram_vec!(
    HistogramOpts::new("karapace_http_requests_duration_seconds", "Time to the response head, seconds")
        .buckets(vec![0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0]),
    &["method", "path"]));
metric!(GRPC_CALLS: IntCounterVec = register_int_counter_vec!(
    "gregor_grpc_calls_total", "Finished gRPC calls by method and grpc-status code", &["method", "code"]));
metric!(GRPC_STREAMS: IntGaugeVec = register_int_gauge_vec!(
    "gregor_grpc_streams_open", "gRPC calls whose response is still open", &["method"]));
metric!(PRODUCED_RECORDS: IntCounterVec = register_int_counter_vec!(
    "gregor_produce_records_total", "Records produced, by topic (with metrics_kafka_labels) and result (ok, error)", &["topic", "result"]));
metric!(PRODUCED_BYTES: IntCounterVec = register_int_counter_vec!(
    "gregor_produce_bytes_total", "Key and value bytes of records produced and acknowledged", &["topic"]));
metric!(CONSUMED_RECORDS: IntCounterVec = register_int_counter_vec!(
    "gregor_consume_records_total", "Records handed to consumers, by consumer group (with metrics_kafka_labels; `` for fetches without one)", &["group"]));
metric!(CONSUMED_BYTES: IntCounterVec = register_int_counter_vec!(
    "gregor_consume_bytes_total", "Key and value bytes of records handed to consumers", &["group"]));
metric!(CONSUMER_INSTANCES: IntGauge = register_int_gauge!(
    "gregor_consumer_instances", "REST proxy consumer instances open"));
metric!(RECORDS_PROCESSED: IntCounterVec = register_int_counter_vec!(
    "karapace_schema_reader_records_processed_total", "Records of the schemas topic applied", &["keymode"]));
metric!(SCHEMAS: IntGauge = register_int_gauge!("karapace_schema_reader_schemas", "Schemas (distinct ids) known"));
metric!(SUBJECTS: IntGauge = register_int_gauge!("karapace_schema_reader_subjects", "Subjects with a live version"));
metric!(VERSIONS: IntGaugeVec = register_int_gauge_vec!(
    "karapace_schema_reader_subject_data_schema_versions", "Schema versions by state (live, soft_deleted)", &["state"]));
metric!(REGISTRY: GaugeVec = register_gauge_vec!(
    Opts::new("gregor_registry", "Registry state: ready (1/0), primary (1/0), reader_offset, reader_highest_offset, startup_seconds"),
    &["what"]));
metric!(LOOP_AGE: GaugeVec = register_gauge_vec!(
    Opts::new("gregor_loop_progress_age_seconds", "Seconds since each background loop last made progress (idle loops: 0)"),
    &["loop"]));
metric!(KAFKA_AGE: prometheus::Gauge = prometheus::register_gauge!(
    "gregor_kafka_last_answer_age_seconds", "Seconds since Kafka last answered a metadata request or sent a record (-1: never)"));

/// Registers every metric (so a scrape shows them at zero before first
/// use) and the process collector.
pub fn init() {
    LazyLock::force(&HTTP_REQUESTS);
    LazyLock::force(&HTTP_IN_PROGRESS);
    LazyLock::force(&HTTP_DURATION);
    LazyLock::force(&GRPC_CALLS);
    LazyLock::force(&GRPC_STREAMS);
    LazyLock::force(&PRODUCED_RECORDS);
    LazyLock::force(&PRODUCED_BYTES);
    LazyLock::force(&CONSUMED_RECORDS);
    LazyLock::force(&CONSUMED_BYTES);
    LazyLock::force(&CONSUMER_INSTANCES);
    LazyLock::force(&LOOP_AGE);
    LazyLock::force(&KAFKA_AGE);
    super::kafka_stats::init();
    static PROCESS: std::sync::Once = std::sync::Once::new();
    PROCESS.call_once(|| {
        let _ = prometheus::register(Box::new(prometheus::process_collector::ProcessCollector::for_self()));
    });
}

/// Registry figures, set on each scrape by whoever serves the registry.
#[derive(Debug, Clone, Copy, Default)]
pub struct RegistryFigures {
    /// Distinct schema ids.
    pub schemas: i64,
    /// Subjects with a live version.
    pub subjects: i64,
    /// Live versions.
    pub live_versions: i64,
    /// Soft-deleted versions.
    pub soft_deleted_versions: i64,
    /// Replay done.
    pub ready: bool,
    /// Acting as primary.
    pub primary: bool,
    /// Last offset applied.
    pub reader_offset: i64,
    /// Highest offset known.
    pub reader_highest_offset: i64,
    /// Seconds from start to ready.
    pub startup_seconds: f64,
}

/// Sets the registry gauges.
pub fn set_registry(figures: RegistryFigures) {
    SCHEMAS.set(figures.schemas);
    SUBJECTS.set(figures.subjects);
    VERSIONS.with_label_values(&["live"]).set(figures.live_versions);
    VERSIONS.with_label_values(&["soft_deleted"]).set(figures.soft_deleted_versions);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    #[allow(clippy::cast_precision_loss)] // offsets far below 2^53
    for (what, value) in [
        ("ready", flag(figures.ready)),
        ("primary", flag(figures.primary)),
        ("reader_offset", figures.reader_offset as f64),
        ("reader_highest_offset", figures.reader_highest_offset as f64),
        ("startup_seconds", figures.startup_seconds),
    ] {
        REGISTRY.with_label_values(&[what]).set(value);
    }
}

/// One record of the schemas topic applied; `canonical_key`: its key is
/// Confluent's (`{"keytype": …}`), else Karapace's deprecated form.
pub fn schema_record_processed(canonical_key: bool) {
    RECORDS_PROCESSED.with_label_values(&[if canonical_key { "CANONICAL" } else { "DEPRECATED_KARAPACE" }]).inc();
}

/// Records produced to `topic`: `ok` acknowledged with `bytes` of keys
/// and values, `failed` refused or lost.
pub fn produced(topic: &str, ok: u64, failed: u64, bytes: u64) {
    let topic = bounded(&SEEN_TOPICS, topic);
    PRODUCED_RECORDS.with_label_values(&[topic.as_str(), "ok"]).inc_by(ok);
    if failed > 0 {
        PRODUCED_RECORDS.with_label_values(&[topic.as_str(), "error"]).inc_by(failed);
    }
    PRODUCED_BYTES.with_label_values(&[topic.as_str()]).inc_by(bytes);
}

/// The label a consumer group counts under: itself with
/// `metrics_kafka_labels` (the first [`KAFKA_LABEL_LIMIT`]), else `""`.
pub fn group_label(group: &str) -> String {
    bounded(&SEEN_GROUPS, group)
}

/// Records handed to a consumer of `group` (`""` for group-less fetches).
pub fn consumed(group: &str, records: u64, bytes: u64) {
    let group = if group.is_empty() { String::new() } else { bounded(&SEEN_GROUPS, group) };
    CONSUMED_RECORDS.with_label_values(&[group.as_str()]).inc_by(records);
    CONSUMED_BYTES.with_label_values(&[group.as_str()]).inc_by(bytes);
}

/// A REST proxy consumer instance opened (`+1`) or closed (`-1`).
pub fn consumer_instances(delta: i64) {
    CONSUMER_INSTANCES.add(delta);
}

/// The text exposition of every metric (`text/plain; version=0.0.4`).
pub fn render() -> Response {
    for (name, age, idle) in super::liveness::ages() {
        LOOP_AGE.with_label_values(&[name.as_str()]).set(if idle { 0.0 } else { age.as_secs_f64() });
    }
    KAFKA_AGE.set(super::liveness::since_kafka_answered().map_or(-1.0, |a| a.as_secs_f64()));
    let mut out = Vec::new();
    let encoder = TextEncoder::new();
    if let Err(error) = encoder.encode(&prometheus::gather(), &mut out) {
        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response();
    }
    ([(axum::http::header::CONTENT_TYPE, encoder.format_type().to_owned())], out).into_response()
}

/// Middleware counting every request by method, route template and
/// status; for gRPC also the call's `grpc-status` and open streams.
pub async fn track(request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let path = request.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str).to_owned();
    let grpc = gateway::media::is_grpc(request.headers());
    let uri = request.uri().clone();
    let labels = [method.as_str(), path.as_str()];
    let in_progress = HTTP_IN_PROGRESS.with_label_values(&labels);
    in_progress.inc();
    let started = Instant::now();
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    HTTP_DURATION.with_label_values(&labels).observe(elapsed.as_secs_f64());
    // The access log: a line per request at debug, per server error at warn.
    let status = response.status().as_u16();
    let ms = elapsed.as_secs_f64() * 1000.0;
    if response.status().is_server_error() {
        tracing::warn!(method, %uri, status, ms, "request failed");
    } else {
        tracing::debug!(method, %uri, status, ms, "request");
    }
    HTTP_REQUESTS.with_label_values(&[method.as_str(), path.as_str(), response.status().as_str()]).inc();
    let code = response.headers().get("grpc-status").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (parts, body) = response.into_parts();
    let guard = Open { in_progress, grpc: grpc.then(|| (path.clone(), code)) };
    if let Some((method, _)) = &guard.grpc {
        GRPC_STREAMS.with_label_values(&[method.as_str()]).inc();
    }
    Response::from_parts(parts, Body::new(Tracked { inner: body, open: Some(guard) }))
}

/// Counts a response until its body ends or is dropped.
struct Open {
    in_progress: prometheus::IntGauge,
    /// gRPC method and the status seen so far (headers or trailers).
    grpc: Option<(String, Option<String>)>,
}

impl Drop for Open {
    fn drop(&mut self) {
        self.in_progress.dec();
        if let Some((method, code)) = &self.grpc {
            GRPC_STREAMS.with_label_values(&[method.as_str()]).dec();
            // No status at all: the call was cut off (CANCELLED, 1).
            GRPC_CALLS.with_label_values(&[method.as_str(), code.as_deref().unwrap_or("1")]).inc();
        }
    }
}

struct Tracked {
    inner: Body,
    open: Option<Open>,
}

impl http_body::Body for Tracked {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let (Some(trailers), Some(Open { grpc: Some((_, code)), .. })) = (frame.trailers_ref(), self.open.as_mut())
                    && let Some(status) = trailers.get("grpc-status").and_then(|v| v.to_str().ok())
                {
                    *code = Some(status.to_owned());
                }
            }
            Poll::Ready(None | Some(Err(_))) => self.open = None,
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
