//! `gregor bench data`: REST v2, REST v3 and gRPC produce next to native
//! rdkafka in the same run, one-record latency, and the consume rows
//! ([`crate::consume`]).

use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::Args;
use http_body_util::BodyExt;
use hyper::Request;
use hyper_util::rt::TokioIo;
use rdkafka::producer::FutureRecord;

use crate::consume::consume;
use crate::http::Connection;
use crate::rest::rest_produce;
use crate::kafka::{create_topic, latency_producer, native_produce};
use crate::measure::{CpuMeter, percentile, pid_listening_on, ratio_cell};
use crate::{BenchResult, host_port, unique};

/// Options of `gregor bench data`: REST v2 and gRPC produce and consume
/// against native rdkafka in the same run, produce latency at a fixed rate,
/// and the server's RSS with 1, 10 and 20 REST consumer instances polling.
#[derive(Debug, Args)]
pub struct DataBench {
    /// The server to measure.
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    pub(crate) url: String,
    /// Its Kafka, for the native baseline.
    #[arg(long, default_value = "127.0.0.1:19092")]
    pub(crate) bootstrap_uri: String,
    /// Concurrent REST connections.
    #[arg(long, default_value_t = 16)]
    pub(crate) connections: usize,
    /// Records per REST request.
    #[arg(long, default_value_t = 100)]
    pub(crate) records_per_request: usize,
    /// Bytes per record value.
    #[arg(long, default_value_t = 100)]
    pub(crate) record_bytes: usize,
    /// Seconds per throughput run.
    #[arg(long, default_value_t = 10)]
    pub(crate) duration: u64,
    /// Single-record produces timed for latency.
    #[arg(long, default_value_t = 300)]
    pub(crate) latency_samples: usize,
    /// Records each consumer reads in the consume runs.
    #[arg(long, default_value_t = 1_000_000)]
    pub(crate) consume_records: usize,
    /// Produces per second in the fixed-rate latency runs.
    #[arg(long, default_value_t = 200)]
    pub(crate) fixed_rate: u64,
    /// The server's process id, for its memory; found from the port when omitted.
    #[arg(long)]
    pub(crate) pid: Option<u32>,
    /// Skip the consume half (throughput and RSS rows), e.g. to profile produce.
    #[arg(long)]
    pub(crate) skip_consume: bool,
    /// Skip the produce throughput and latency rows, e.g. to profile consume.
    #[arg(long)]
    pub(crate) skip_produce: bool,
    /// Skip the RSS rows (REST instances polling), e.g. to profile consume.
    #[arg(long)]
    pub(crate) skip_rss: bool,
}

pub(crate) async fn data(options: DataBench) -> BenchResult<()> {
    use base64::Engine as _;
    let (host, port) = host_port(&options.url)?;
    let stamp = unique();
    let meter = cpu_meter(&options, port);
    // Consume first, so its RSS rows see the server before the produce load.
    let consume_rows = if options.skip_consume { Vec::new() } else { consume(&options, &host, port, &stamp, meter).await? };
    if options.skip_produce {
        for row in consume_rows {
            println!("{row}");
        }
        return Ok(());
    }
    // Each run writes to a topic of its own: the broker's cost per record
    // grows with what a topic already holds (tansu's memory engine), so a
    // shared topic would charge later rows for earlier ones.
    let fresh_topic = |row: &'static str| {
        let (bootstrap, topic) = (options.bootstrap_uri.clone(), format!("bench-data-{stamp}-{row}"));
        async move { create_topic(&bootstrap, &topic).await.map(|()| topic) }
    };
    let topic = fresh_topic("native").await?;
    let duration = Duration::from_secs(options.duration);
    let payload = vec![b'x'; options.record_bytes];
    let megabytes = |records: f64| records * options.record_bytes as f64 / 1e6;

    // Native rdkafka producer, as fast as it goes for the same time.
    meter.quiet().await;
    let cpu = meter.now();
    let (native_count, native_seconds) = native_produce(&options.bootstrap_uri, &topic, payload.clone(), duration).await?;
    let native_rate = native_count as f64 / native_seconds;
    let native_cpu = meter.per_record(cpu, native_count, false);
    let producer = latency_producer(&options.bootstrap_uri)?;

    // REST v2 binary produce: N connections, K records per request.
    let topic = fresh_topic("rest").await?;
    meter.quiet().await;
    let record = format!(r#"{{"value":"{}"}}"#, base64::engine::general_purpose::STANDARD.encode(&payload));
    let body = format!(r#"{{"records":[{}]}}"#, vec![record.as_str(); options.records_per_request].join(","));
    let load = rest_produce((&host, port), &topic, &body, options.records_per_request, options.connections, duration, Some(&meter)).await?;
    let (rest_count, rest_failed, rest_rate) = (load.records, load.failed_requests, load.rate);
    let rest_cpu = meter.per_record(load.cpu.unwrap_or_else(|| meter.now()), rest_count, true);

    // gRPC ProduceStream: one stream, the same batches, acks counted.
    let (grpc_rate, grpc_failed, grpc_cpu) = {
        use gateway::pb::gregor::kafka::v1::kafka_service_client::KafkaServiceClient;
        use gateway::pb::gregor::kafka::v1::{ProduceStreamRequest, Record};
        let topic = fresh_topic("grpc").await?;
        meter.quiet().await;
        let mut client = KafkaServiceClient::connect(options.url.clone()).await.map_err(|e| e.to_string())?;
        let (tx, rx) = tokio::sync::mpsc::channel(64);
        let batch: Vec<Record> = (0..options.records_per_request)
            .map(|_| Record { key: None, value: Some(payload.clone()), partition: None, headers: Vec::new() })
            .collect();
        let feeder_topic = topic.clone();
        let feeder = tokio::spawn(async move {
            let start = Instant::now();
            let mut sequence = 0u64;
            while start.elapsed() < duration {
                sequence += 1;
                let request = ProduceStreamRequest { sequence, topic: feeder_topic.clone(), records: batch.clone() };
                if tx.send(request).await.is_err() {
                    break;
                }
            }
        });
        let (start, cpu) = (Instant::now(), meter.now());
        let mut acks = client
            .produce_stream(tokio_stream::wrappers::ReceiverStream::new(rx))
            .await
            .map_err(|e| e.to_string())?
            .into_inner();
        let (mut ok, mut failed) = (0usize, 0usize);
        while let Some(ack) = acks.message().await.map_err(|e| e.to_string())? {
            for result in ack.results {
                if result.error.is_none() { ok += 1 } else { failed += 1 }
            }
        }
        feeder.await.map_err(|e| e.to_string())?;
        (ok as f64 / start.elapsed().as_secs_f64(), failed, meter.per_record(cpu, ok, true))
    };

    // Kafka REST v3 streaming produce: one request whose body streams
    // records for the run, answered record by record on the same request.
    let (v3_rate, v3_failed, v3_cpu) = {
        let topic = fresh_topic("v3").await?;
        meter.quiet().await;
        let (cpu, start) = (meter.now(), Instant::now());
        let (ok, failed) = v3_stream_produce(&host, port, &topic, &payload, options.records_per_request, duration).await?;
        (ok as f64 / start.elapsed().as_secs_f64(), failed, meter.per_record(cpu, ok, true))
    };

    // Latency of one record at a time, acknowledged.
    let topic = fresh_topic("latency").await?;
    let mut native_latency = Vec::with_capacity(options.latency_samples);
    for _ in 0..options.latency_samples {
        let start = Instant::now();
        producer
            .send(FutureRecord::<[u8], [u8]>::to(&topic).payload(&payload), Duration::from_secs(10))
            .await
            .map_err(|(e, _)| e.to_string())?;
        native_latency.push(start.elapsed());
    }
    let single = format!(r#"{{"records":[{record}]}}"#);
    let mut conn = Connection::open(&host, port).await?;
    let mut rest_latency = Vec::with_capacity(options.latency_samples);
    for _ in 0..options.latency_samples {
        let start = Instant::now();
        let (status, reply) = conn.send_as("POST", &format!("/topics/{topic}"), Some(single.clone()), "application/vnd.kafka.binary.v2+json").await?;
        if status != 200 {
            return Err(format!("REST produce: {status} {reply}"));
        }
        rest_latency.push(start.elapsed());
    }

    let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1e3);
    println!("| measurement ({} B records, {} s runs) | native rdkafka | gregor | gregor / native | target |", options.record_bytes, options.duration);
    println!("|---|---|---|---|---|");
    println!(
        "| produce throughput, REST v2 binary | {:.0} msg/s, {:.1} MB/s ({native_cpu}) | {:.0} msg/s, {:.1} MB/s ({} records/request, {} connections, {} failed requests; {rest_cpu}) | {} | >= 80 % |",
        native_rate, megabytes(native_rate), rest_rate, megabytes(rest_rate), options.records_per_request, options.connections, rest_failed,
        ratio_cell(rest_rate, native_rate, &rest_cpu)
    );
    println!(
        "| produce throughput, gRPC ProduceStream | {:.0} msg/s, {:.1} MB/s ({native_cpu}) | {:.0} msg/s, {:.1} MB/s ({} records/batch, 1 stream, {} failed records; {grpc_cpu}) | {} | >= 90 % |",
        native_rate, megabytes(native_rate), grpc_rate, megabytes(grpc_rate), options.records_per_request, grpc_failed,
        ratio_cell(grpc_rate, native_rate, &grpc_cpu)
    );
    println!(
        "| produce throughput, REST v3 streaming (one request) | {:.0} msg/s, {:.1} MB/s ({native_cpu}) | {:.0} msg/s, {:.1} MB/s (records streamed on 1 request, {} failed records; {v3_cpu}) | {} | >= 80 % |",
        native_rate, megabytes(native_rate), v3_rate, megabytes(v3_rate), v3_failed,
        ratio_cell(v3_rate, native_rate, &v3_cpu)
    );
    println!(
        "| produce latency, 1 record, p50 / p99 | {} / {} ms | {} / {} ms | | |",
        ms(percentile(&native_latency, 50.0)), ms(percentile(&native_latency, 99.0)),
        ms(percentile(&rest_latency, 50.0)), ms(percentile(&rest_latency, 99.0))
    );
    for row in consume_rows {
        println!("{row}");
    }
    Ok(())
}

/// Streams BINARY records of `payload` to `topic` on one
/// `POST /v3/clusters/{id}/topics/{topic}/records` for `duration`, `chunk`
/// records per body chunk, reading the answers as they come: (records
/// answered 200, records answered with an error).
pub(crate) async fn v3_stream_produce(host: &str, port: u16, topic: &str, payload: &[u8], chunk: usize, duration: Duration) -> BenchResult<(usize, usize)> {
    use base64::Engine as _;
    let mut conn = Connection::open(host, port).await?;
    let (status, clusters) = conn.get_as("/v3/clusters", "application/json").await?;
    if status != 200 {
        return Err(format!("GET /v3/clusters: {status} {clusters}"));
    }
    let cluster: serde_json::Value = serde_json::from_str(&clusters).map_err(|e| e.to_string())?;
    let cluster_id = cluster["data"][0]["cluster_id"].as_str().ok_or("no cluster id")?.to_owned();
    let record = format!("{{\"value\":{{\"type\":\"BINARY\",\"data\":\"{}\"}}}}\n", base64::engine::general_purpose::STANDARD.encode(payload));
    let block = Bytes::from(record.repeat(chunk.max(1)));
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(16);
    let feeder = tokio::spawn(async move {
        let start = Instant::now();
        while start.elapsed() < duration {
            if tx.send(block.clone()).await.is_err() {
                break;
            }
        }
    });
    let frames = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|b| (Ok::<_, std::convert::Infallible>(hyper::body::Frame::data(b)), rx))
    });
    let stream = tokio::net::TcpStream::connect((host, port)).await.map_err(|e| format!("connect: {e}"))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    let request = Request::builder()
        .method("POST")
        .uri(format!("/v3/clusters/{cluster_id}/topics/{topic}/records"))
        .header("host", format!("{host}:{port}"))
        .header("content-type", "application/json")
        .body(http_body_util::StreamBody::new(frames))
        .map_err(|e| e.to_string())?;
    let response = sender.send_request(request).await.map_err(|e| e.to_string())?;
    if response.status() != 200 {
        return Err(format!("v3 produce: {}", response.status()));
    }
    let mut body = response.into_body();
    let (mut ok, mut failed, mut partial) = (0usize, 0usize, Vec::new());
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(|e| e.to_string())?.into_data() else { continue };
        partial.extend_from_slice(&data);
        let mut lines = partial.split(|b| *b == b'\n').collect::<Vec<_>>();
        let rest = lines.pop().unwrap_or_default().to_vec();
        for line in lines {
            if line.starts_with(b"{\"error_code\":200,") {
                ok += 1;
            } else if !line.iter().all(u8::is_ascii_whitespace) {
                failed += 1;
            }
        }
        partial = rest;
    }
    feeder.await.map_err(|e| e.to_string())?;
    Ok((ok, failed))
}

/// The server's pid (`--pid`, or whoever listens on its port) and the
/// broker's (whoever listens on the bootstrap port, when it is local).
pub(crate) fn cpu_meter(options: &DataBench, port: u16) -> CpuMeter {
    let broker_port = options.bootstrap_uri.split(',').next().and_then(|b| b.rsplit_once(':')).and_then(|(_, p)| p.parse().ok());
    CpuMeter { server: options.pid.or_else(|| pid_listening_on(port)), broker: broker_port.and_then(pid_listening_on) }
}
