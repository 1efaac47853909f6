//! `gregor bench compare`: the same registry and REST proxy workloads
//! against two servers, one after the other, printed side by side, so a
//! user can compare Gregor with Karapace or Confluent on their own
//! hardware (`--url-b`, and `--rest-url-b` when the other server's REST
//! proxy is on another port, as Karapace's is: 8081 and 8082).
//!
//! Each server gets:
//! - `GET /schemas/ids/{id}` from N keep-alive connections (req/s, p99 ms);
//! - registrations of distinct schemas on one connection (p50/p99 ms);
//! - REST v2 binary produce, N connections, K records per request
//!   (records/s), to a topic created on `--bootstrap-uri` (each server's
//!   Kafka must have it: give both servers the same Kafka);
//! - REST v2 records: one binary consumer instance reading what was
//!   produced (records/s, and the average response in records and bytes).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use clap::Args;

use crate::http::Connection;
use crate::kafka::create_topic_with;
use crate::measure::percentile;
use crate::registry::lookup_load;
use crate::{BenchResult, host_port, unique};

/// Options of `gregor bench compare`.
#[derive(Debug, Args)]
pub struct CompareBench {
    /// Server A's Schema Registry (and REST proxy unless `--rest-url-a`).
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    url_a: String,
    /// Server A's REST proxy, when on another port.
    #[arg(long)]
    rest_url_a: Option<String>,
    /// Server A's name in the table.
    #[arg(long, default_value = "gregor")]
    label_a: String,
    /// Server B's Schema Registry (and REST proxy unless `--rest-url-b`).
    #[arg(long)]
    url_b: String,
    /// Server B's REST proxy, when on another port (Karapace: 8082).
    #[arg(long)]
    rest_url_b: Option<String>,
    /// Server B's name in the table.
    #[arg(long, default_value = "other")]
    label_b: String,
    /// The Kafka both servers use, where the bench creates its topics.
    #[arg(long, default_value = "127.0.0.1:19092")]
    bootstrap_uri: String,
    /// Concurrent connections for lookups and produce.
    #[arg(long, default_value_t = 16)]
    connections: usize,
    /// Seconds per lookup and produce run.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Registrations timed.
    #[arg(long, default_value_t = 100)]
    registrations: usize,
    /// Records per produce request.
    #[arg(long, default_value_t = 100)]
    records_per_request: usize,
    /// Bytes per record value.
    #[arg(long, default_value_t = 100)]
    record_bytes: usize,
    /// Records the consumer reads (at most what was produced).
    #[arg(long, default_value_t = 200_000)]
    consume_records: usize,
    /// Longest wait for the consume run, seconds.
    #[arg(long, default_value_t = 120)]
    consume_timeout: u64,
}

/// One server's results.
#[derive(Debug)]
struct Measured {
    lookups_per_second: f64,
    lookup_p99: Duration,
    lookup_errors: usize,
    register_p50: Duration,
    register_p99: Duration,
    produced_per_second: f64,
    produce_failures: usize,
    consumed_per_second: f64,
    consumed: usize,
    responses: usize,
    response_bytes: usize,
}

/// Runs every workload on A, then on B, and prints one table.
pub(crate) async fn compare(options: CompareBench) -> BenchResult<()> {
    let a = measure(&options, &options.url_a, options.rest_url_a.as_deref()).await.map_err(|e| format!("{}: {e}", options.label_a))?;
    let b = measure(&options, &options.url_b, options.rest_url_b.as_deref()).await.map_err(|e| format!("{}: {e}", options.label_b))?;
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
    let ratio = |x: f64, y: f64| if y > 0.0 { format!("{:.1}×", x / y) } else { "n/a".to_owned() };
    let per_response = |m: &Measured| {
        let n = m.responses.max(1);
        format!("{} records, {:.2} MB", m.consumed / n, m.response_bytes as f64 / n as f64 / 1e6)
    };
    println!(
        "| workload ({} connections, {} s runs, {} B records) | {} | {} | {} / {} |",
        options.connections, options.duration, options.record_bytes, options.label_a, options.label_b, options.label_a, options.label_b
    );
    println!("|---|---|---|---|");
    println!(
        "| GET /schemas/ids/{{id}} | {:.0} req/s (p99 {}, {} errors) | {:.0} req/s (p99 {}, {} errors) | {} |",
        a.lookups_per_second, ms(a.lookup_p99), a.lookup_errors, b.lookups_per_second, ms(b.lookup_p99), b.lookup_errors,
        ratio(a.lookups_per_second, b.lookups_per_second)
    );
    println!(
        "| register, {} distinct schemas, p50 / p99 | {} / {} | {} / {} | {} (p50, lower is better) |",
        options.registrations, ms(a.register_p50), ms(a.register_p99), ms(b.register_p50), ms(b.register_p99),
        ratio(a.register_p50.as_secs_f64(), b.register_p50.as_secs_f64())
    );
    println!(
        "| REST v2 binary produce, {} records/request | {:.0} records/s ({} failed requests) | {:.0} records/s ({} failed requests) | {} |",
        options.records_per_request, a.produced_per_second, a.produce_failures, b.produced_per_second, b.produce_failures,
        ratio(a.produced_per_second, b.produced_per_second)
    );
    println!(
        "| REST v2 records, 1 binary instance | {:.0} records/s ({} read; per response {}) | {:.0} records/s ({} read; per response {}) | {} |",
        a.consumed_per_second, a.consumed, per_response(&a), b.consumed_per_second, b.consumed, per_response(&b),
        ratio(a.consumed_per_second, b.consumed_per_second)
    );
    Ok(())
}

/// Every workload against one server.
async fn measure(options: &CompareBench, url: &str, rest_url: Option<&str>) -> BenchResult<Measured> {
    let (host, port) = host_port(url)?;
    let (rest_host, rest_port) = host_port(rest_url.unwrap_or(url))?;
    let stamp = unique();
    let duration = Duration::from_secs(options.duration);

    // Registry: one schema to look up, then distinct registrations.
    let mut conn = Connection::open(&host, port).await?;
    let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"C{stamp}\",\"symbols\":[\"A\"]}}"}}"#);
    let (status, reply) = conn.send("POST", &format!("/subjects/compare-{stamp}/versions"), Some(body)).await?;
    if status != 200 {
        return Err(format!("registering: {status} {reply}"));
    }
    let id = serde_json::from_str::<serde_json::Value>(&reply).ok().and_then(|v| v["id"].as_i64()).ok_or("no schema id")?;
    let lookups = lookup_load(&host, port, id, options.connections, duration, None).await?;
    let mut register = Vec::with_capacity(options.registrations);
    for i in 0..options.registrations {
        let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"C{stamp}x{i}\",\"symbols\":[\"A\"]}}"}}"#);
        let start = Instant::now();
        let (status, reply) = conn.send("POST", &format!("/subjects/compare-{stamp}-{i}/versions"), Some(body)).await?;
        if status != 200 {
            return Err(format!("register: {status} {reply}"));
        }
        register.push(start.elapsed());
    }

    // REST produce to a fresh topic.
    let topic = format!("bench-compare-{stamp}");
    create_topic_with(&options.bootstrap_uri, &topic, "delete").await?;
    let record = format!(r#"{{"value":"{}"}}"#, base64::engine::general_purpose::STANDARD.encode(vec![b'c'; options.record_bytes]));
    let body = format!(r#"{{"records":[{}]}}"#, vec![record.as_str(); options.records_per_request].join(","));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..options.connections {
        let mut conn = Connection::open(&rest_host, rest_port).await?;
        let (stop, body, path, per_request) = (stop.clone(), body.clone(), format!("/topics/{topic}"), options.records_per_request);
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut failed) = (0usize, 0usize);
            while !stop.load(Ordering::Relaxed) {
                match conn.send_as("POST", &path, Some(body.clone()), "application/vnd.kafka.binary.v2+json").await {
                    Ok((200, _)) => ok += per_request,
                    _ => failed += 1,
                }
            }
            (ok, failed)
        }));
    }
    let start = Instant::now();
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let (mut produced, mut produce_failures) = (0, 0);
    for task in tasks {
        let (ok, failed) = task.await.map_err(|e| e.to_string())?;
        produced += ok;
        produce_failures += failed;
    }
    let produced_per_second = produced as f64 / start.elapsed().as_secs_f64();

    // REST consume of what was produced, one instance from the start.
    let want = options.consume_records.min(produced);
    let mut conn = Connection::open(&rest_host, rest_port).await?;
    let v2 = "application/vnd.kafka.v2+json";
    let group = format!("bench-compare-{stamp}");
    let (status, reply) = conn
        .send_as("POST", &format!("/consumers/{group}"), Some(r#"{"name":"c","format":"binary","auto.offset.reset":"earliest"}"#.to_owned()), v2)
        .await?;
    if status != 200 {
        return Err(format!("create consumer: {status} {reply}"));
    }
    let instance = format!("/consumers/{group}/instances/c");
    let assignment = format!(r#"{{"partitions":[{{"topic":"{topic}","partition":0}}]}}"#);
    let (status, reply) = conn.send_as("POST", &format!("{instance}/assignments"), Some(assignment), v2).await?;
    if status != 204 {
        return Err(format!("assign: {status} {reply}"));
    }
    // Timed from the first request: a response can hold most of the run.
    let (mut consumed, mut responses, mut response_bytes, start) = (0usize, 0usize, 0usize, Instant::now());
    let deadline = start + Duration::from_secs(options.consume_timeout);
    while consumed < want && Instant::now() < deadline {
        let (status, body) = conn.get_as(&format!("{instance}/records?timeout=1000"), "application/vnd.kafka.binary.v2+json").await?;
        if status != 200 {
            return Err(format!("records: {status} {body}"));
        }
        let got = body.matches("\"offset\":").count();
        if got > 0 {
            consumed += got;
            responses += 1;
            response_bytes += body.len();
        }
    }
    let consumed_per_second = consumed as f64 / start.elapsed().as_secs_f64();
    let _ = conn.send_as("DELETE", &instance, None, v2).await;

    Ok(Measured {
        lookups_per_second: lookups.per_second,
        lookup_p99: percentile(&lookups.latencies, 99.0),
        lookup_errors: lookups.errors,
        register_p50: percentile(&register, 50.0),
        register_p99: percentile(&register, 99.0),
        produced_per_second,
        produce_failures,
        consumed_per_second,
        consumed,
        responses,
        response_bytes,
    })
}
