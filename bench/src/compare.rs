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

use std::time::Duration;

use base64::Engine as _;
use clap::Args;

use crate::http::Connection;
use crate::kafka::create_topic_with;
use crate::measure::percentile;
use crate::registry::{lookup_load, register_enum, timed_registrations};
use crate::rest::{rest_produce, rest_read};
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
    let id = register_enum(&mut conn, &format!("compare-{stamp}"), &format!("C{stamp}")).await?;
    let lookups = lookup_load(&host, port, id, options.connections, duration, None).await?;
    let register = timed_registrations(&mut conn, &format!("compare-{stamp}"), options.registrations).await?;

    // REST produce to a fresh topic.
    let topic = format!("bench-compare-{stamp}");
    create_topic_with(&options.bootstrap_uri, &topic, "delete").await?;
    let record = format!(r#"{{"value":"{}"}}"#, base64::engine::general_purpose::STANDARD.encode(vec![b'c'; options.record_bytes]));
    let body = format!(r#"{{"records":[{}]}}"#, vec![record.as_str(); options.records_per_request].join(","));
    let load = rest_produce((&rest_host, rest_port), &topic, &body, options.records_per_request, options.connections, duration, None).await?;
    let (produced, produce_failures, produced_per_second) = (load.records, load.failed_requests, load.rate);

    // REST consume of what was produced, one instance from the start.
    let want = options.consume_records.min(produced);
    let mut conn = Connection::open(&rest_host, rest_port).await?;
    let read = rest_read(&mut conn, &format!("bench-compare-{stamp}"), &topic, want, None, Duration::from_secs(options.consume_timeout)).await?;

    Ok(Measured {
        lookups_per_second: lookups.per_second,
        lookup_p99: percentile(&lookups.latencies, 99.0),
        lookup_errors: lookups.errors,
        register_p50: percentile(&register, 50.0),
        register_p99: percentile(&register, 99.0),
        produced_per_second,
        produce_failures,
        consumed_per_second: read.rate,
        consumed: read.records,
        responses: read.responses,
        response_bytes: read.bytes,
    })
}
