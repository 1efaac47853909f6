//! `gregor bench registry`: measures a running Gregor and prints a table
//! next to native rdkafka doing the same Kafka work in the same run.
//!
//! - lookups: `GET /schemas/ids/{id}` from N keep-alive HTTP/1.1
//!   connections for a fixed time (req/s, p50/p99 in ms);
//! - register latency (p50/p99, ms), next to an rdkafka produce that waits
//!   until its own consumer has read the record back (what a registration
//!   costs at the least);
//! - replay: N SCHEMA records written to a fresh topic, then a new
//!   `gregor serve` started on it; time from start to ready (its own
//!   `schema_registry_startup_time_sec`), next to rdkafka consuming them;
//! - lookups again against servers the bench starts itself: plain, with
//!   HTTP Basic credentials, with TLS, and with both (share of plain);
//! - memory: VmRSS of the server (`--pid`) idle and at the peak under load,
//!   and of the replaying server once ready.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::{Args, Subcommand};
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use rdkafka::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

/// What to measure.
#[derive(Debug, Subcommand)]
pub enum Target {
    /// The Schema Registry.
    Registry(RegistryBench),
    /// The REST proxy's data plane (produce and consume), next to native rdkafka.
    Data(DataBench),
}

/// Options of `gregor bench data`: REST v2 and gRPC produce and consume
/// against native rdkafka in the same run, produce latency at a fixed rate,
/// and the server's RSS with 1, 10 and 20 REST consumer instances polling.
#[derive(Debug, Args)]
pub struct DataBench {
    /// The server to measure.
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    url: String,
    /// Its Kafka, for the native baseline.
    #[arg(long, default_value = "127.0.0.1:19092")]
    bootstrap_uri: String,
    /// Concurrent REST connections.
    #[arg(long, default_value_t = 16)]
    connections: usize,
    /// Records per REST request.
    #[arg(long, default_value_t = 100)]
    records_per_request: usize,
    /// Bytes per record value.
    #[arg(long, default_value_t = 100)]
    record_bytes: usize,
    /// Seconds per throughput run.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Single-record produces timed for latency.
    #[arg(long, default_value_t = 300)]
    latency_samples: usize,
    /// Records each consumer reads in the consume runs.
    #[arg(long, default_value_t = 200_000)]
    consume_records: usize,
    /// Produces per second in the fixed-rate latency runs.
    #[arg(long, default_value_t = 200)]
    fixed_rate: u64,
    /// The server's process id, for its memory; found from the port when omitted.
    #[arg(long)]
    pid: Option<u32>,
    /// Skip the consume half (throughput and RSS rows), e.g. to profile produce.
    #[arg(long)]
    skip_consume: bool,
    /// Skip the produce throughput and latency rows, e.g. to profile consume.
    #[arg(long)]
    skip_produce: bool,
    /// Skip the RSS rows (REST instances polling), e.g. to profile consume.
    #[arg(long)]
    skip_rss: bool,
}

/// Options of `gregor bench registry`.
#[derive(Debug, Args)]
pub struct RegistryBench {
    /// The server to measure.
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    url: String,
    /// Its Kafka, for the replay run and the rdkafka baseline.
    #[arg(long, default_value = "127.0.0.1:19092")]
    bootstrap_uri: String,
    /// The server's process id, for its memory; found from the port when omitted.
    #[arg(long)]
    pid: Option<u32>,
    /// Concurrent connections for the lookup load.
    #[arg(long, default_value_t = 50)]
    connections: usize,
    /// Seconds of lookup load.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Registrations timed.
    #[arg(long, default_value_t = 200)]
    registrations: usize,
    /// Records in the replay run.
    #[arg(long, default_value_t = 10_000)]
    replay_schemas: usize,
}

type BenchResult<T> = Result<T, String>;

/// Runs a benchmark and prints its table.
pub async fn run(target: Target) -> BenchResult<()> {
    match target {
        Target::Registry(options) => registry(options).await,
        Target::Data(options) => data(options).await,
    }
}

async fn registry(options: RegistryBench) -> BenchResult<()> {
    let (host, port) = host_port(&options.url)?;
    let pid = options.pid.or_else(|| pid_listening_on(port));
    let stamp = unique();

    // A schema to fetch.
    let mut conn = Connection::open(&host, port).await?;
    let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"Bench{stamp}\",\"symbols\":[\"A\"]}}"}}"#);
    let (status, reply) = conn.send("POST", &format!("/subjects/bench-{stamp}/versions"), Some(body)).await?;
    if status != 200 {
        return Err(format!("registering the bench schema: {status} {reply}"));
    }
    let id = serde_json::from_str::<serde_json::Value>(&reply).ok().and_then(|v| v["id"].as_i64()).ok_or("no id")?;

    let rss_idle = pid.and_then(rss_kib);
    let lookups = lookup_load(&host, port, id, options.connections, Duration::from_secs(options.duration), pid).await?;

    // Register latency, one connection, distinct schemas.
    let mut register = Vec::with_capacity(options.registrations);
    for i in 0..options.registrations {
        let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"R{stamp}x{i}\",\"symbols\":[\"A\"]}}"}}"#);
        let start = Instant::now();
        let (status, reply) = conn.send("POST", &format!("/subjects/bench-reg-{stamp}-{i}/versions"), Some(body)).await?;
        register.push(start.elapsed());
        if status != 200 {
            return Err(format!("register: {status} {reply}"));
        }
    }
    let native_roundtrip = rdkafka_write_read_back(&options.bootstrap_uri, options.registrations, &stamp).await?;
    let replay = replay_run(&options.bootstrap_uri, options.replay_schemas, &stamp).await?;

    let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1e3);
    let mib = |k: Option<u64>| k.map_or("n/a (no --pid)".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
    println!("| measurement | gregor | native rdkafka | target |");
    println!("|---|---|---|---|");
    println!(
        "| GET /schemas/ids/{{id}}, {} connections, {} s | {:.0} req/s ({} requests, {} errors) | n/a | >= 20,000 req/s |",
        options.connections, options.duration, lookups.per_second, lookups.count, lookups.errors
    );
    println!(
        "| GET /schemas/ids/{{id}} latency p50 / p99 | {} / {} ms | n/a | |",
        ms(percentile(&lookups.latencies, 50.0)),
        ms(percentile(&lookups.latencies, 99.0))
    );
    println!(
        "| register latency p50 / p99 ({} schemas) | {} / {} ms | produce + read back: {} / {} ms | |",
        options.registrations,
        ms(percentile(&register, 50.0)),
        ms(percentile(&register, 99.0)),
        ms(percentile(&native_roundtrip, 50.0)),
        ms(percentile(&native_roundtrip, 99.0))
    );
    println!(
        "| start-up replay of {} schemas | {:.3} s (spawn to ready {:.3} s) | consume all: {:.3} s | < 1 s |",
        options.replay_schemas, replay.server_reported, replay.spawn_to_ready, replay.native_consume
    );
    for row in secured_rows(&options, &stamp).await? {
        println!("{row}");
    }
    println!("| RSS idle (server under test) | {} | | < 30 MiB |", mib(rss_idle));
    println!("| RSS peak under lookup load | {} | | |", mib(lookups.peak_rss_kib));
    println!("| RSS after replaying {} schemas | {} | | |", options.replay_schemas, mib(replay.rss_kib));
    Ok(())
}

async fn data(options: DataBench) -> BenchResult<()> {
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
    let topic = format!("bench-data-{stamp}");
    create_topic(&options.bootstrap_uri, &topic).await?;
    let duration = Duration::from_secs(options.duration);
    let payload = vec![b'x'; options.record_bytes];
    let megabytes = |records: f64| records * options.record_bytes as f64 / 1e6;

    // Native rdkafka producer, as fast as it goes for the same time.
    let cpu = meter.now();
    let (native_count, native_seconds) = native_produce(&options.bootstrap_uri, &topic, payload.clone(), duration).await?;
    let native_rate = native_count as f64 / native_seconds;
    let native_cpu = meter.per_record(cpu, native_count, false);
    let producer = latency_producer(&options.bootstrap_uri)?;

    // REST v2 binary produce: N connections, K records per request.
    let record = format!(r#"{{"value":"{}"}}"#, base64::engine::general_purpose::STANDARD.encode(&payload));
    let body = format!(r#"{{"records":[{}]}}"#, vec![record.as_str(); options.records_per_request].join(","));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..options.connections {
        let mut conn = Connection::open(&host, port).await?;
        let (stop, body, path) = (stop.clone(), body.clone(), format!("/topics/{topic}"));
        let per_request = options.records_per_request;
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
    let (start, cpu) = (Instant::now(), meter.now());
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let (mut rest_count, mut rest_failed) = (0, 0);
    for task in tasks {
        let (ok, failed) = task.await.map_err(|e| e.to_string())?;
        rest_count += ok;
        rest_failed += failed;
    }
    let rest_rate = rest_count as f64 / start.elapsed().as_secs_f64();
    let rest_cpu = meter.per_record(cpu, rest_count, true);

    // gRPC ProduceStream: one stream, the same batches, acks counted.
    let (grpc_rate, grpc_failed, grpc_cpu) = {
        use gateway::pb::gregor::kafka::v1::kafka_service_client::KafkaServiceClient;
        use gateway::pb::gregor::kafka::v1::{ProduceStreamRequest, Record};
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
        let (cpu, start) = (meter.now(), Instant::now());
        let (ok, failed) = v3_stream_produce(&host, port, &topic, &payload, options.records_per_request, duration).await?;
        (ok as f64 / start.elapsed().as_secs_f64(), failed, meter.per_record(cpu, ok, true))
    };

    // Latency of one record at a time, acknowledged.
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
async fn v3_stream_produce(host: &str, port: u16, topic: &str, payload: &[u8], chunk: usize, duration: Duration) -> BenchResult<(usize, usize)> {
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

/// The consume half of `bench data`: the same records read by a native
/// consumer, REST v2 `records` polling and gRPC `Subscribe` (each timed
/// from its first record, so group joins do not count), fixed-rate produce
/// latency, and RSS with 1, 10 and 20 REST instances polling.
async fn consume(options: &DataBench, host: &str, port: u16, stamp: &str, meter: CpuMeter) -> BenchResult<Vec<String>> {
    use gateway::pb::gregor::kafka::v1::kafka_service_client::KafkaServiceClient;
    use gateway::pb::gregor::kafka::v1::{GroupSubscription, ProduceRequest, Record, SubscribeRequest, subscribe_response};
    let pid = meter.server;
    let rss_before = pid.and_then(rss_kib).unwrap_or(0);
    let topic = format!("bench-consume-{stamp}");
    create_topic_with(&options.bootstrap_uri, &topic, "delete").await?;
    let payload = vec![b'y'; options.record_bytes];
    let count = options.consume_records;
    let producer: FutureProducer = kafka_config(&options.bootstrap_uri).set("linger.ms", "20").create().map_err(|e| e.to_string())?;
    let mut pending = Vec::with_capacity(count);
    for _ in 0..count {
        let mut record = FutureRecord::<[u8], [u8]>::to(&topic).payload(&payload);
        loop {
            match producer.send_result(record) {
                Ok(delivery) => {
                    pending.push(delivery);
                    break;
                }
                Err((_, back)) => {
                    record = back;
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
            }
        }
    }
    for delivery in pending {
        delivery.await.map_err(|_| "produce cancelled")?.map_err(|(e, _)| e.to_string())?;
    }
    // RSS with N REST instances polling the topic from the start (each in its own group).
    let mut rss_rows = Vec::new();
    let rss_runs: &[usize] = if options.skip_rss { &[] } else { &[1, 10, 20] };
    for &instances in rss_runs {
        let mut tasks = Vec::new();
        let stop = Arc::new(AtomicBool::new(false));
        for i in 0..instances {
            let mut conn = Connection::open(host, port).await?;
            let group = format!("bench-rss-{stamp}-{instances}-{i}");
            rest_instance(&mut conn, &group, "r", &topic).await?;
            let stop = stop.clone();
            tasks.push(tokio::spawn(async move {
                let path = format!("/consumers/{group}/instances/r/records?timeout=500&max_bytes=262144");
                while !stop.load(Ordering::Relaxed) {
                    if conn.get_as(&path, "application/vnd.kafka.binary.v2+json").await.is_err() {
                        break;
                    }
                }
                let _ = conn.send("DELETE", &format!("/consumers/{group}/instances/r"), None).await;
            }));
        }
        let mut peak = 0;
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            peak = peak.max(pid.and_then(rss_kib).unwrap_or(0));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        stop.store(true, Ordering::Relaxed);
        for task in tasks {
            let _ = task.await;
        }
        rss_rows.push((instances, peak));
    }

    let megabytes = |rate: f64| rate * options.record_bytes as f64 / 1e6;

    // Native: one consumer assigned from offset 0.
    let cpu = meter.now();
    let (native_read, native_rate) = {
        let topic = topic.clone();
        let bootstrap = options.bootstrap_uri.clone();
        tokio::task::spawn_blocking(move || -> BenchResult<(usize, f64)> {
            let consumer = reader(&bootstrap, &topic, &format!("bench-native-{}", unique()))?;
            let (mut read, mut first) = (0usize, None);
            let deadline = Instant::now() + Duration::from_secs(120);
            while read < count && Instant::now() < deadline {
                if let Some(Ok(_)) = consumer.poll(Duration::from_millis(100)) {
                    first.get_or_insert_with(Instant::now);
                    read += 1;
                }
            }
            Ok((read, read as f64 / first.map_or(1.0, |f| f.elapsed().as_secs_f64())))
        })
        .await
        .map_err(|e| e.to_string())??
    };

    let native_cpu = meter.per_record(cpu, native_read, false);

    // REST v2: one binary instance assigned to the partition, polling.
    let mut conn = Connection::open(host, port).await?;
    let cpu = meter.now();
    let (rest_read, rest_rate) = {
        let (group, name) = (format!("bench-rest-{stamp}"), "reader");
        rest_instance(&mut conn, &group, name, &topic).await?;
        let path = format!("/consumers/{group}/instances/{name}/records?timeout=1000");
        let (mut read, mut first) = (0usize, None);
        let deadline = Instant::now() + Duration::from_secs(120);
        while read < count && Instant::now() < deadline {
            let (status, body) = conn.get_as(&path, "application/vnd.kafka.binary.v2+json").await?;
            if status != 200 {
                return Err(format!("records: {status} {body}"));
            }
            let got = body.matches("\"offset\":").count();
            if got > 0 {
                first.get_or_insert_with(Instant::now);
            }
            read += got;
        }
        conn.send("DELETE", &format!("/consumers/{group}/instances/{name}"), None).await?;
        (read, read as f64 / first.map_or(1.0, |f| f.elapsed().as_secs_f64()))
    };
    let rest_cpu = meter.per_record(cpu, rest_read, true);

    // gRPC Subscribe: a fresh group from the earliest offset.
    let mut client = KafkaServiceClient::connect(options.url.clone()).await.map_err(|e| e.to_string())?;
    let cpu = meter.now();
    let (grpc_read, grpc_rate) = {
        let request = SubscribeRequest {
            subscription: Some(GroupSubscription { group: format!("bench-grpc-{stamp}"), topics: vec![topic.clone()], ..Default::default() }),
        };
        let mut events = client.subscribe(request).await.map_err(|e| e.to_string())?.into_inner();
        let (mut read, mut first) = (0usize, None);
        while read < count {
            let Some(event) = tokio::time::timeout(Duration::from_secs(60), events.message())
                .await
                .map_err(|_| "Subscribe stalled")?
                .map_err(|e| e.to_string())?
            else {
                break;
            };
            if let Some(subscribe_response::Event::Batch(batch)) = event.event {
                first.get_or_insert_with(Instant::now);
                read += batch.records.len();
            }
        }
        (read, read as f64 / first.map_or(1.0, |f| f.elapsed().as_secs_f64()))
    };
    let grpc_cpu = meter.per_record(cpu, grpc_read, true);

    // Produce latency at a fixed rate: native, REST (a pool of connections), gRPC unary.
    let interval = Duration::from_secs_f64(1.0 / options.fixed_rate.max(1) as f64);
    let samples = (options.fixed_rate * 5) as usize;
    let native_fixed = {
        let producer = latency_producer(&options.bootstrap_uri)?;
        let (topic, payload) = (topic.clone(), payload.clone());
        fixed_rate(samples, interval, move || {
            let (producer, topic, payload) = (producer.clone(), topic.clone(), payload.clone());
            async move {
                producer
                    .send(FutureRecord::<[u8], [u8]>::to(&topic).payload(&payload), Duration::from_secs(10))
                    .await
                    .map(drop)
                    .map_err(|(e, _)| e.to_string())
            }
        })
        .await?
    };
    let rest_fixed = {
        use base64::Engine as _;
        let pool = Arc::new(tokio::sync::Mutex::new(Vec::new()));
        for _ in 0..16 {
            pool.lock().await.push(Connection::open(host, port).await?);
        }
        let body = format!(r#"{{"records":[{{"value":"{}"}}]}}"#, base64::engine::general_purpose::STANDARD.encode(&payload));
        let path = format!("/topics/{topic}");
        let (host, port) = (host.to_owned(), port);
        fixed_rate(samples, interval, move || {
            let (pool, body, path, host) = (pool.clone(), body.clone(), path.clone(), host.clone());
            async move {
                let taken = pool.lock().await.pop();
                let mut conn = match taken {
                    Some(conn) => conn,
                    None => Connection::open(&host, port).await?,
                };
                let (status, reply) = conn.send_as("POST", &path, Some(body), "application/vnd.kafka.binary.v2+json").await?;
                pool.lock().await.push(conn);
                if status == 200 { Ok(()) } else { Err(format!("{status} {reply}")) }
            }
        })
        .await?
    };
    let grpc_fixed = {
        let (topic, payload) = (topic.clone(), payload.clone());
        fixed_rate(samples, interval, move || {
            let mut client = client.clone();
            let request = ProduceRequest {
                topic: topic.clone(),
                records: vec![Record { key: None, value: Some(payload.clone()), partition: None, headers: Vec::new() }],
            };
            async move { client.produce(request).await.map(drop).map_err(|e| e.to_string()) }
        })
        .await?
    };

    let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1e3);
    let row = |what: &str, rate: f64, how: &str, cost: &CpuCost, target: &str| {
        format!(
            "| consume throughput, {what} | {:.0} msg/s, {:.1} MB/s ({native_cpu}) | {:.0} msg/s, {:.1} MB/s ({how}; {cost}) | {} | {target} |",
            native_rate, megabytes(native_rate), rate, megabytes(rate), ratio_cell(rate, native_rate, cost)
        )
    };
    let mut rows = vec![
        row("REST v2 records", rest_rate, &format!("{count} records, 1 instance, binary"), &rest_cpu, ">= 50 %"),
        row("gRPC Subscribe", grpc_rate, &format!("{count} records, 1 stream"), &grpc_cpu, ">= 90 %"),
        format!(
            "| produce latency at {} msg/s, p50 / p99 | {} / {} ms | REST {} / {} ms, gRPC {} / {} ms | | |",
            options.fixed_rate,
            ms(percentile(&native_fixed, 50.0)), ms(percentile(&native_fixed, 99.0)),
            ms(percentile(&rest_fixed, 50.0)), ms(percentile(&rest_fixed, 99.0)),
            ms(percentile(&grpc_fixed, 50.0)), ms(percentile(&grpc_fixed, 99.0))
        ),
    ];
    let mib = |kib: u64| if pid.is_some() { format!("{:.1} MiB", kib as f64 / 1024.0) } else { "n/a (no --pid)".to_owned() };
    rows.push(format!("| RSS before the consume runs | | {} | | |", mib(rss_before)));
    for (instances, peak) in rss_rows {
        rows.push(format!("| RSS peak, {instances} REST consumer instances polling | | {} | | < 60 MiB at 20 |", mib(peak)));
    }
    Ok(rows)
}

/// Creates a binary REST consumer instance assigned to partition 0 of `topic`.
async fn rest_instance(conn: &mut Connection, group: &str, name: &str, topic: &str) -> BenchResult<()> {
    let v2 = "application/vnd.kafka.v2+json";
    let (status, body) = conn.send_as("POST", &format!("/consumers/{group}"), Some(format!(r#"{{"name":"{name}","format":"binary"}}"#)), v2).await?;
    if status != 200 {
        return Err(format!("create consumer: {status} {body}"));
    }
    let assignment = format!(r#"{{"partitions":[{{"topic":"{topic}","partition":0}}]}}"#);
    let (status, body) = conn.send_as("POST", &format!("/consumers/{group}/instances/{name}/assignments"), Some(assignment), v2).await?;
    if status != 204 {
        return Err(format!("assign: {status} {body}"));
    }
    Ok(())
}

/// Starts `samples` calls, one every `interval` whatever the previous ones
/// are doing, and returns each call's latency.
async fn fixed_rate<F, Fut>(samples: usize, interval: Duration, call: F) -> BenchResult<Vec<Duration>>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = BenchResult<()>> + Send + 'static,
{
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut tasks = Vec::with_capacity(samples);
    for _ in 0..samples {
        tick.tick().await;
        let future = call();
        tasks.push(tokio::spawn(async move {
            let start = Instant::now();
            future.await.map(|()| start.elapsed())
        }));
    }
    let mut latencies = Vec::with_capacity(samples);
    for task in tasks {
        latencies.push(task.await.map_err(|e| e.to_string())??);
    }
    Ok(latencies)
}

/// One keep-alive HTTP/1.1 connection, plain or TLS, optionally sending
/// an `Authorization` header with every request.
struct Connection {
    sender: hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    host: String,
    authorization: Option<String>,
}

/// Where a bench connection goes: plain or TLS (trusting `ca`), with or
/// without credentials.
#[derive(Clone)]
struct Endpoint {
    host: String,
    port: u16,
    tls: Option<openssl::ssl::SslConnector>,
    authorization: Option<String>,
}

impl Connection {
    async fn open(host: &str, port: u16) -> BenchResult<Self> {
        Self::connect(&Endpoint { host: host.to_owned(), port, tls: None, authorization: None }).await
    }

    async fn connect(endpoint: &Endpoint) -> BenchResult<Self> {
        let stream = tokio::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port)).await.map_err(|e| format!("connect: {e}"))?;
        stream.set_nodelay(true).map_err(|e| e.to_string())?;
        let sender = match &endpoint.tls {
            None => {
                let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| e.to_string())?;
                tokio::spawn(connection);
                sender
            }
            Some(connector) => {
                let ssl = connector.configure().map_err(|e| e.to_string())?.into_ssl(&endpoint.host).map_err(|e| e.to_string())?;
                let mut tls = tokio_openssl::SslStream::new(ssl, stream).map_err(|e| e.to_string())?;
                std::pin::Pin::new(&mut tls).connect().await.map_err(|e| format!("TLS handshake: {e}"))?;
                let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls)).await.map_err(|e| e.to_string())?;
                tokio::spawn(connection);
                sender
            }
        };
        Ok(Self { sender, host: format!("{}:{}", endpoint.host, endpoint.port), authorization: endpoint.authorization.clone() })
    }

    async fn get_as(&mut self, path: &str, accept: &str) -> BenchResult<(u16, String)> {
        let request = Request::builder()
            .method("GET")
            .uri(path)
            .header("host", &self.host)
            .header("accept", accept)
            .body(Full::new(Bytes::new()))
            .map_err(|e| e.to_string())?;
        self.sender.ready().await.map_err(|e| e.to_string())?;
        let response = self.sender.send_request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
    }

    async fn send(&mut self, method: &str, path: &str, body: Option<String>) -> BenchResult<(u16, String)> {
        self.send_as(method, path, body, "application/vnd.schemaregistry.v1+json").await
    }

    async fn send_as(&mut self, method: &str, path: &str, body: Option<String>, content_type: &str) -> BenchResult<(u16, String)> {
        let mut builder = Request::builder().method(method).uri(path).header("host", &self.host);
        if let Some(authorization) = &self.authorization {
            builder = builder.header("authorization", authorization);
        }
        if body.is_some() {
            builder = builder.header("content-type", content_type);
        }
        let request = builder.body(Full::new(Bytes::from(body.unwrap_or_default()))).map_err(|e| e.to_string())?;
        self.sender.ready().await.map_err(|e| e.to_string())?;
        let response = self.sender.send_request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
    }
}

struct LookupResult {
    count: usize,
    errors: usize,
    per_second: f64,
    latencies: Vec<Duration>,
    peak_rss_kib: Option<u64>,
}

async fn lookup_load(host: &str, port: u16, id: i64, connections: usize, duration: Duration, pid: Option<u32>) -> BenchResult<LookupResult> {
    let endpoint = Endpoint { host: host.to_owned(), port, tls: None, authorization: None };
    lookup_load_at(&endpoint, id, connections, duration, pid).await
}

async fn lookup_load_at(endpoint: &Endpoint, id: i64, connections: usize, duration: Duration, pid: Option<u32>) -> BenchResult<LookupResult> {
    let stop = Arc::new(AtomicBool::new(false));
    let path = format!("/schemas/ids/{id}");
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let mut conn = Connection::connect(endpoint).await?;
        let (stop, path) = (stop.clone(), path.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(65_536);
            let mut errors = 0;
            while !stop.load(Ordering::Relaxed) {
                let start = Instant::now();
                match conn.send("GET", &path, None).await {
                    Ok((200, _)) => latencies.push(start.elapsed()),
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let sampler = pid.map(|pid| {
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut peak = 0;
            while !stop.load(Ordering::Relaxed) {
                peak = peak.max(rss_kib(pid).unwrap_or(0));
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            peak
        })
    });
    let start = Instant::now();
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let mut latencies = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (l, e) = task.await.map_err(|e| e.to_string())?;
        latencies.extend(l);
        errors += e;
    }
    let elapsed = start.elapsed();
    let peak_rss_kib = match sampler {
        Some(s) => Some(s.await.map_err(|e| e.to_string())?),
        None => None,
    };
    Ok(LookupResult {
        count: latencies.len(),
        errors,
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        latencies,
        peak_rss_kib,
    })
}

/// Counts acknowledged records for [`native_produce`].
struct CountDeliveries(Arc<std::sync::atomic::AtomicUsize>);

impl rdkafka::ClientContext for CountDeliveries {}

impl rdkafka::producer::ProducerContext for CountDeliveries {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &rdkafka::message::DeliveryResult<'_>, _: ()) {
        if result.is_ok() {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The native baseline: the fastest way rdkafka produces, a `BaseProducer`
/// whose delivery callback only counts (no per-record future, so the rate
/// does not depend on the allocator), sending `payload` to `topic` for
/// `duration` with `acks=1`, `linger.ms=5`. Returns the records acknowledged
/// and the seconds until the last acknowledgement.
async fn native_produce(bootstrap: &str, topic: &str, payload: Vec<u8>, duration: Duration) -> BenchResult<(usize, f64)> {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let acked = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let producer: BaseProducer<CountDeliveries> = kafka_config(bootstrap)
        .set("acks", "1")
        .set("linger.ms", "5")
        .set("allow.auto.create.topics", "false")
        .create_with_context(CountDeliveries(acked.clone()))
        .map_err(|e| e.to_string())?;
    let topic = topic.to_owned();
    tokio::task::spawn_blocking(move || -> BenchResult<(usize, f64)> {
        let start = Instant::now();
        let mut sent = 0usize;
        while start.elapsed() < duration {
            match producer.send(BaseRecord::<[u8], [u8]>::to(&topic).payload(&payload)) {
                Ok(()) => {
                    sent += 1;
                    if sent.is_multiple_of(1024) {
                        producer.poll(Duration::ZERO);
                    }
                }
                Err(_) => {
                    producer.poll(Duration::from_millis(1));
                }
            }
        }
        producer.flush(Duration::from_secs(30)).map_err(|e| e.to_string())?;
        Ok((acked.load(Ordering::Relaxed), start.elapsed().as_secs_f64()))
    })
    .await
    .map_err(|e| e.to_string())?
}

/// The server's pid (`--pid`, or whoever listens on its port) and the
/// broker's (whoever listens on the bootstrap port, when it is local).
fn cpu_meter(options: &DataBench, port: u16) -> CpuMeter {
    let broker_port = options.bootstrap_uri.split(',').next().and_then(|b| b.rsplit_once(':')).and_then(|(_, p)| p.parse().ok());
    CpuMeter { server: options.pid.or_else(|| pid_listening_on(port)), broker: broker_port.and_then(pid_listening_on) }
}

/// The native producer of the latency rows, configured as Gregor's own
/// producer is by default (`acks=1`, `linger.ms=1`), so both wait alike.
fn latency_producer(bootstrap: &str) -> BenchResult<FutureProducer> {
    kafka_config(bootstrap)
        .set("acks", "1")
        .set("linger.ms", "1")
        .set("allow.auto.create.topics", "false")
        .create()
        .map_err(|e| e.to_string())
}

fn kafka_config(bootstrap: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", bootstrap);
    config
}

/// A consumer assigned to partition 0 of `topic` from offset 0, configured
/// as the registry's own reader is (`fetch.wait.max.ms=50`).
fn reader(bootstrap: &str, topic: &str, group: &str) -> BenchResult<BaseConsumer> {
    let consumer: BaseConsumer = kafka_config(bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "50")
        .create()
        .map_err(|e| e.to_string())?;
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(topic, 0, Offset::Offset(0)).map_err(|e| e.to_string())?;
    consumer.assign(&tpl).map_err(|e| e.to_string())?;
    Ok(consumer)
}

async fn create_topic(bootstrap: &str, topic: &str) -> BenchResult<()> {
    create_topic_with(bootstrap, topic, "compact").await
}

async fn create_topic_with(bootstrap: &str, topic: &str, cleanup_policy: &str) -> BenchResult<()> {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    let admin: AdminClient<_> = kafka_config(bootstrap).create().map_err(|e| e.to_string())?;
    let new = NewTopic::new(topic, 1, TopicReplication::Fixed(1)).set("cleanup.policy", cleanup_policy);
    admin.create_topics([&new], &AdminOptions::new()).await.map_err(|e| e.to_string())?;
    Ok(())
}

/// rdkafka produce (acks=all, linger 0) then wait for our consumer to read it.
async fn rdkafka_write_read_back(bootstrap: &str, count: usize, stamp: &str) -> BenchResult<Vec<Duration>> {
    let topic = format!("bench-roundtrip-{stamp}");
    create_topic(bootstrap, &topic).await?;
    let producer: FutureProducer = kafka_config(bootstrap)
        .set("acks", "all")
        .set("enable.idempotence", "true")
        .set("linger.ms", "0")
        .create()
        .map_err(|e| e.to_string())?;
    let consumer = Arc::new(reader(bootstrap, &topic, &format!("bench-{stamp}"))?);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let start = Instant::now();
        let key = format!("k{i}");
        let delivery = producer
            .send(FutureRecord::to(&topic).partition(0).key(&key).payload("v"), Duration::from_secs(10))
            .await
            .map_err(|(e, _)| e.to_string())?;
        let consumer = consumer.clone();
        tokio::task::spawn_blocking(move || loop {
            if let Some(Ok(m)) = consumer.poll(Duration::from_millis(100))
                && m.offset() >= delivery.offset
            {
                return;
            }
        })
        .await
        .map_err(|e| e.to_string())?;
        out.push(start.elapsed());
    }
    Ok(out)
}

struct ReplayResult {
    server_reported: f64,
    spawn_to_ready: f64,
    native_consume: f64,
    rss_kib: Option<u64>,
}

async fn replay_run(bootstrap: &str, count: usize, stamp: &str) -> BenchResult<ReplayResult> {
    let topic = format!("_schemas_bench_{stamp}");
    create_topic(bootstrap, &topic).await?;
    let producer: FutureProducer =
        kafka_config(bootstrap).set("linger.ms", "5").set("acks", "all").create().map_err(|e| e.to_string())?;
    let mut pending = Vec::with_capacity(count);
    for i in 1..=count {
        let subject = format!("replay-{}", i % 1000);
        let version = i / 1000 + 1;
        let key = format!(r#"{{"keytype":"SCHEMA","subject":"{subject}","version":{version},"magic":1}}"#);
        let schema = format!(
            r#"{{\"type\":\"record\",\"name\":\"R{i}\",\"fields\":[{{\"name\":\"a\",\"type\":\"int\"}},{{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}}]}}"#
        );
        let value = format!(r#"{{"subject":"{subject}","version":{version},"id":{i},"schema":"{schema}","deleted":false}}"#);
        pending.push(producer.send_result(FutureRecord::to(&topic).partition(0).key(&key).payload(&value)).map_err(|(e, _)| e.to_string())?);
    }
    for delivery in pending {
        delivery.await.map_err(|e| e.to_string())?.map_err(|(e, _)| e.to_string())?;
    }

    // Native baseline: read the same records from the beginning.
    let native_consume = {
        let consumer = reader(bootstrap, &topic, &format!("bench-replay-{stamp}"))?;
        let start = Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut seen = 0;
            while seen < count {
                if let Some(Ok(_)) = consumer.poll(Duration::from_millis(100)) {
                    seen += 1;
                }
            }
        })
        .await
        .map_err(|e| e.to_string())?;
        start.elapsed().as_secs_f64()
    };

    let port = free_port()?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut child = tokio::process::Command::new(exe)
        .args(["serve", "--bootstrap-uri", bootstrap, "--port", &port.to_string(), "--topic-name", &topic])
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("starting gregor: {e}"))?;
    let health = loop {
        if start.elapsed() > Duration::from_secs(60) {
            return Err("replaying server not ready after 60 s".to_owned());
        }
        if let Ok(mut conn) = Connection::open("127.0.0.1", port).await
            && let Ok((200, body)) = conn.send("GET", "/_health", None).await
        {
            let health: serde_json::Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
            if health["status"]["schema_registry_ready"] == true {
                break health;
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let spawn_to_ready = start.elapsed().as_secs_f64();
    let rss = child.id().and_then(rss_kib);
    let _ = child.kill().await;
    Ok(ReplayResult {
        server_reported: health["status"]["schema_registry_startup_time_sec"].as_f64().unwrap_or(f64::NAN),
        spawn_to_ready,
        native_consume,
        rss_kib: rss,
    })
}

/// The lookup load against Gregors the bench starts itself on the same
/// Kafka: plain, with HTTP Basic credentials (an auth file made here),
/// with TLS (a self-signed certificate made here), and with both; each
/// row gives req/s and its share of the plain server's, measured in this
/// run (goal: auth + TLS costs less than 15 %).
async fn secured_rows(options: &RegistryBench, stamp: &str) -> BenchResult<Vec<String>> {
    use crate::auth::authfile::{Algorithm, hash_password};
    let dir = std::env::temp_dir().join(format!("gregor-bench-{stamp}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let hash = hash_password(Algorithm::Sha512, "bench-salt", "bench-pw").ok_or("hashing failed")?;
    let auth = serde_json::json!({
        "users": [{"username": "bench", "algorithm": "sha512", "salt": "bench-salt", "password_hash": hash}],
        "permissions": [{"username": "bench", "operation": "Write", "resource": ".*"}],
    });
    let auth_path = dir.join("auth.json");
    std::fs::write(&auth_path, auth.to_string()).map_err(|e| e.to_string())?;
    let (cert_path, key_path, connector) = self_signed(&dir)?;
    let basic = format!("Basic {}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, "bench:bench-pw"));
    let variants: [(&str, bool, bool); 4] = [("plain", false, false), ("Basic auth", true, false), ("TLS", false, true), ("Basic auth + TLS", true, true)];
    let mut rows = Vec::new();
    let mut plain_rate = f64::NAN;
    let mut plain_us = f64::NAN;
    for (name, with_auth, with_tls) in variants {
        let port = free_port()?;
        let topic = format!("_schemas_bench_{stamp}_{}", name.replace([' ', '+'], ""));
        let mut command = tokio::process::Command::new(std::env::current_exe().map_err(|e| e.to_string())?);
        command
            .args(["serve", "--bootstrap-uri", &options.bootstrap_uri, "--port", &port.to_string(), "--topic-name", &topic])
            .env("RUST_LOG", "warn")
            .env("GREGOR_GROUP_ID", format!("bench-{stamp}-{port}"))
            .env("GREGOR_WAITING_TIME_BEFORE_ACTING_AS_MASTER_MS", "0")
            .kill_on_drop(true);
        if with_auth {
            command.env("GREGOR_REGISTRY_AUTHFILE", &auth_path);
        }
        if with_tls {
            command.env("GREGOR_SERVER_TLS_CERTFILE", &cert_path).env("GREGOR_SERVER_TLS_KEYFILE", &key_path);
        }
        let mut child = command.spawn().map_err(|e| format!("starting gregor: {e}"))?;
        let endpoint = Endpoint {
            host: "127.0.0.1".to_owned(),
            port,
            tls: with_tls.then(|| connector.clone()),
            authorization: with_auth.then(|| basic.clone()),
        };
        let id = register_when_ready(&endpoint, stamp).await?;
        // The server's CPU per lookup: what TLS and auth cost Gregor itself,
        // apart from the bench's own TLS work on the same cores.
        let server_pid = child.id().map(|p| p.to_string());
        let cpu_before = server_pid.as_deref().and_then(cpu_seconds);
        let load = lookup_load_at(&endpoint, id, options.connections, Duration::from_secs(options.duration), child.id()).await?;
        let cpu_after = server_pid.as_deref().and_then(cpu_seconds);
        let _ = child.kill().await;
        #[allow(clippy::cast_precision_loss)]
        let server_us = match (cpu_before, cpu_after) {
            (Some(before), Some(after)) if !load.latencies.is_empty() => (after - before) * 1e6 / load.latencies.len() as f64,
            _ => f64::NAN,
        };
        if name == "plain" {
            plain_rate = load.per_second;
            plain_us = server_us;
        }
        rows.push(format!(
            "| GET /schemas/ids/{{id}}, {name}, own server, {} connections | {:.0} req/s ({:.0} % of plain; p99 {:.2} ms, {} errors); server {:.1} µs CPU per lookup ({:+.0} % of plain) | n/a | >= 85 % of plain |",
            options.connections,
            load.per_second,
            load.per_second / plain_rate * 100.0,
            percentile(&load.latencies, 99.0).as_secs_f64() * 1e3,
            load.errors,
            server_us,
            (server_us / plain_us - 1.0) * 100.0
        ));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(rows)
}

/// Registers a schema once the server answers; its id.
async fn register_when_ready(endpoint: &Endpoint, stamp: &str) -> BenchResult<i64> {
    let start = Instant::now();
    let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"S{stamp}\",\"symbols\":[\"A\"]}}"}}"#);
    loop {
        if start.elapsed() > Duration::from_secs(60) {
            return Err("secured bench server not ready after 60 s".to_owned());
        }
        if let Ok(mut conn) = Connection::connect(endpoint).await
            && let Ok((200, reply)) = conn.send("POST", &format!("/subjects/bench-{stamp}/versions"), Some(body.clone())).await
        {
            return serde_json::from_str::<serde_json::Value>(&reply).ok().and_then(|v| v["id"].as_i64()).ok_or_else(|| "no id".to_owned());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A self-signed certificate for 127.0.0.1 in `dir`; the connector trusts it.
fn self_signed(dir: &std::path::Path) -> BenchResult<(std::path::PathBuf, std::path::PathBuf, openssl::ssl::SslConnector)> {
    use openssl::{asn1::Asn1Time, bn::BigNum, hash::MessageDigest, pkey::PKey, rsa::Rsa, x509};
    let fail = |e: openssl::error::ErrorStack| e.to_string();
    let key = PKey::from_rsa(Rsa::generate(2048).map_err(fail)?).map_err(fail)?;
    let mut name = x509::X509NameBuilder::new().map_err(fail)?;
    name.append_entry_by_text("CN", "127.0.0.1").map_err(fail)?;
    let name = name.build();
    let mut builder = x509::X509Builder::new().map_err(fail)?;
    builder.set_version(2).map_err(fail)?;
    let serial = BigNum::from_u32(1).map_err(fail)?.to_asn1_integer().map_err(fail)?;
    builder.set_serial_number(&serial).map_err(fail)?;
    builder.set_subject_name(&name).map_err(fail)?;
    builder.set_issuer_name(&name).map_err(fail)?;
    builder.set_pubkey(&key).map_err(fail)?;
    let (not_before, not_after) = (Asn1Time::days_from_now(0).map_err(fail)?, Asn1Time::days_from_now(1).map_err(fail)?);
    builder.set_not_before(&not_before).map_err(fail)?;
    builder.set_not_after(&not_after).map_err(fail)?;
    let san = x509::extension::SubjectAlternativeName::new().ip("127.0.0.1").build(&builder.x509v3_context(None, None)).map_err(fail)?;
    builder.append_extension(san).map_err(fail)?;
    builder.sign(&key, MessageDigest::sha256()).map_err(fail)?;
    let cert = builder.build();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, cert.to_pem().map_err(fail)?).map_err(|e| e.to_string())?;
    std::fs::write(&key_path, key.private_key_to_pem_pkcs8().map_err(fail)?).map_err(|e| e.to_string())?;
    let mut connector = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls_client()).map_err(fail)?;
    connector.cert_store_mut().add_cert(cert).map_err(fail)?;
    connector.set_alpn_protos(b"\x08http/1.1").map_err(fail)?;
    Ok((cert_path, key_path, connector.build()))
}

/// CPU time (user + system, seconds) of the bench itself, the server and
/// the broker at one moment.
#[derive(Debug, Clone, Copy)]
struct CpuTimes {
    bench: f64,
    server: Option<f64>,
    broker: Option<f64>,
}

/// Reads the CPU time of the bench, the server and the broker, so each
/// throughput row can say what a record cost in CPU: the number that does
/// not depend on how many cores the machine has or who else is busy.
#[derive(Debug, Clone, Copy)]
struct CpuMeter {
    server: Option<u32>,
    broker: Option<u32>,
}

impl CpuMeter {
    fn now(&self) -> CpuTimes {
        CpuTimes {
            bench: cpu_seconds("self").unwrap_or(f64::NAN),
            server: self.server.and_then(|p| cpu_seconds(&p.to_string())),
            broker: self.broker.and_then(|p| cpu_seconds(&p.to_string())),
        }
    }

    /// CPU µs per record since `since`, for `records` records: the bench
    /// (the client: native rdkafka, or the REST / gRPC client), and when
    /// known the server and the broker. `gregor` says whether the server
    /// took part.
    fn per_record(&self, since: CpuTimes, records: usize, gregor: bool) -> CpuCost {
        let now = self.now();
        let us = |from: f64, to: f64| (to - from) * 1e6 / records.max(1) as f64;
        let between = |from: Option<f64>, to: Option<f64>| Some(us(from?, to?));
        CpuCost {
            gregor: if gregor { between(since.server, now.server) } else { None },
            client: us(since.bench, now.bench),
            broker: between(since.broker, now.broker),
        }
    }
}

/// What one record cost in CPU during a throughput run, µs per process:
/// the server's (for Gregor's rows), the client's and the broker's.
#[derive(Debug, Clone, Copy)]
struct CpuCost {
    gregor: Option<f64>,
    client: f64,
    broker: Option<f64>,
}

impl CpuCost {
    /// The ratio to `native_rate` (records/s) that a row with this cost
    /// could reach at most on a machine of `cores` cores shared by the
    /// client, the server and the broker: `cores` CPU-seconds per second
    /// over the total CPU-seconds per record, as a percentage of native.
    /// `None` when the server's or the broker's CPU is unknown.
    fn ceiling_percent(&self, cores: usize, native_rate: f64) -> Option<f64> {
        let total_us = self.client + self.gregor? + self.broker?;
        (total_us > 0.0 && native_rate > 0.0).then(|| 100.0 * cores as f64 * 1e6 / total_us / native_rate)
    }
}

impl std::fmt::Display for CpuCost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CPU µs/record: ")?;
        if let Some(gregor) = self.gregor {
            write!(f, "gregor {gregor:.2}, ")?;
        }
        write!(f, "client {:.2}", self.client)?;
        if let Some(broker) = self.broker {
            write!(f, ", broker {broker:.2}")?;
        }
        Ok(())
    }
}

/// The "gregor / native" cell: the measured ratio, and what the run's CPU
/// cost allows at most on this machine ([`CpuCost::ceiling_percent`]).
fn ratio_cell(rate: f64, native_rate: f64, cost: &CpuCost) -> String {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let measured = format!("{:.0} %", 100.0 * rate / native_rate);
    match cost.ceiling_percent(cores, native_rate) {
        Some(ceiling) => format!("{measured} (CPU ceiling on {cores} cores: {ceiling:.0} %)"),
        None => measured,
    }
}

/// User + system CPU seconds of `/proc/<pid>` (`self` for this process),
/// counted in USER_HZ ticks of 1/100 s.
fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(") ")?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// VmRSS of a process in KiB.
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The pid of the process listening on a local TCP port, from /proc.
fn pid_listening_on(port: u16) -> Option<u32> {
    let wanted = format!(":{port:04X}");
    let tcp = std::fs::read_to_string("/proc/net/tcp").ok()?;
    let inode = tcp.lines().skip(1).find_map(|line| {
        let cols: Vec<&str> = line.split_whitespace().collect();
        (cols.get(1)?.ends_with(&wanted) && cols.get(3) == Some(&"0A")).then(|| cols.get(9).map(|s| s.to_string()))?
    })?;
    let target = format!("socket:[{inode}]");
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else { continue };
        if fds.flatten().any(|fd| std::fs::read_link(fd.path()).is_ok_and(|l| l.to_string_lossy() == target)) {
            return Some(pid);
        }
    }
    None
}

fn host_port(url: &str) -> BenchResult<(String, u16)> {
    let rest = url.strip_prefix("http://").ok_or("only http:// URLs")?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let (host, port) = authority.rsplit_once(':').ok_or("URL needs a port")?;
    Ok((host.to_owned(), port.parse().map_err(|_| "bad port")?))
}

fn free_port() -> BenchResult<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

fn unique() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_urls() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&samples, 50.0), Duration::from_millis(51));
        assert_eq!(percentile(&samples, 99.0), Duration::from_millis(99));
        assert_eq!(host_port("http://127.0.0.1:8081/x").unwrap(), ("127.0.0.1".to_owned(), 8081));
        assert!(host_port("https://x:1").is_err());
    }

    #[test]
    fn cpu_ceiling_is_cores_over_cost_per_record_relative_to_native() {
        // 2 cores, 2.0 µs a record in all: at most 1 M records/s, half of a 2 M/s native run.
        let cost = CpuCost { gregor: Some(1.2), client: 0.5, broker: Some(0.3) };
        assert!((cost.ceiling_percent(2, 2e6).unwrap() - 50.0).abs() < 1e-9);
        assert_eq!(cost.to_string(), "CPU µs/record: gregor 1.20, client 0.50, broker 0.30");
        assert!(ratio_cell(5e5, 2e6, &cost).starts_with("25 % (CPU ceiling on "));
        // Without the server's or the broker's CPU there is no ceiling to give.
        let native = CpuCost { gregor: None, client: 0.5, broker: Some(0.3) };
        assert_eq!(native.ceiling_percent(2, 2e6), None);
        assert_eq!(native.to_string(), "CPU µs/record: client 0.50, broker 0.30");
        assert_eq!(ratio_cell(5e5, 2e6, &native), "25 %");
    }
}
