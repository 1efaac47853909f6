//! `gregor bench registry`: lookups, register latency, start-up replay,
//! and lookups against servers the bench starts with Basic auth and TLS.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use clap::Args;
use rdkafka::message::Message;
use rdkafka::producer::{FutureProducer, FutureRecord};

use crate::http::{Connection, Endpoint};
use crate::kafka::{create_topic, kafka_config, reader};
use crate::measure::{percentile, pid_listening_on, rss_kib};
use crate::{BenchResult, free_port, host_port, unique};

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

pub(crate) async fn registry(options: RegistryBench) -> BenchResult<()> {
    let (host, port) = host_port(&options.url)?;
    let pid = options.pid.or_else(|| pid_listening_on(port));
    let stamp = unique();

    // A schema to fetch.
    let mut conn = Connection::open(&host, port).await?;
    let id = register_enum(&mut conn, &format!("bench-{stamp}"), &format!("Bench{stamp}")).await?;

    let rss_idle = pid.and_then(rss_kib);
    let lookups = lookup_load(&host, port, id, options.connections, Duration::from_secs(options.duration), pid).await?;

    // Register latency, one connection, distinct schemas.
    let register = timed_registrations(&mut conn, &format!("bench-reg-{stamp}"), options.registrations).await?;
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
    for row in crate::secured::rows(&options.bootstrap_uri, options.connections, Duration::from_secs(options.duration), &stamp).await? {
        println!("{row}");
    }
    println!("| RSS idle (server under test) | {} | | < 30 MiB |", mib(rss_idle));
    println!("| RSS peak under lookup load | {} | | |", mib(lookups.peak_rss_kib));
    println!("| RSS after replaying {} schemas | {} | | |", options.replay_schemas, mib(replay.rss_kib));
    Ok(())
}

pub(crate) struct LookupResult {
    pub(crate) count: usize,
    pub(crate) errors: usize,
    pub(crate) per_second: f64,
    pub(crate) latencies: Vec<Duration>,
    pub(crate) peak_rss_kib: Option<u64>,
}

pub(crate) async fn lookup_load(host: &str, port: u16, id: i64, connections: usize, duration: Duration, pid: Option<u32>) -> BenchResult<LookupResult> {
    let endpoint = Endpoint { host: host.to_owned(), port, tls: None, authorization: None };
    lookup_load_at(&endpoint, id, connections, duration, pid).await
}

pub(crate) async fn lookup_load_at(endpoint: &Endpoint, id: i64, connections: usize, duration: Duration, pid: Option<u32>) -> BenchResult<LookupResult> {
    let stop = Arc::new(AtomicBool::new(false));
    let path = format!("/schemas/ids/{id}");
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let conn = Connection::connect(endpoint).await?;
        tasks.push(tokio::spawn(lookups_until(conn, path.clone(), stop.clone())));
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
        let (_, l, e) = task.await.map_err(|e| e.to_string())?;
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

/// GETs `path` on `conn`, one after the other, until `stop`; the
/// connection, each 200's latency and the count of other answers.
pub(crate) async fn lookups_until(mut conn: Connection, path: String, stop: Arc<AtomicBool>) -> (Connection, Vec<Duration>, usize) {
    let mut latencies = Vec::with_capacity(16_384);
    let mut errors = 0;
    while !stop.load(Ordering::Relaxed) {
        let start = Instant::now();
        match conn.send("GET", &path, None).await {
            Ok((200, _)) => latencies.push(start.elapsed()),
            _ => errors += 1,
        }
    }
    (conn, latencies, errors)
}

/// rdkafka produce (acks=all, linger 0) then wait for our consumer to read it.
pub(crate) async fn rdkafka_write_read_back(bootstrap: &str, count: usize, stamp: &str) -> BenchResult<Vec<Duration>> {
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

pub(crate) struct ReplayResult {
    pub(crate) server_reported: f64,
    pub(crate) spawn_to_ready: f64,
    pub(crate) native_consume: f64,
    pub(crate) rss_kib: Option<u64>,
}

pub(crate) async fn replay_run(bootstrap: &str, count: usize, stamp: &str) -> BenchResult<ReplayResult> {
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

/// Registers a schema once the server answers; its id.
pub(crate) async fn register_when_ready(endpoint: &Endpoint, stamp: &str) -> BenchResult<i64> {
    let start = Instant::now();
    loop {
        if start.elapsed() > Duration::from_secs(60) {
            return Err("secured bench server not ready after 60 s".to_owned());
        }
        if let Ok(mut conn) = Connection::connect(endpoint).await
            && let Ok(id) = register_enum(&mut conn, &format!("bench-{stamp}"), &format!("S{stamp}")).await
        {
            return Ok(id);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Registers an Avro enum named `name` under `subject`; its schema id.
pub(crate) async fn register_enum(conn: &mut Connection, subject: &str, name: &str) -> BenchResult<i64> {
    let body = format!(r#"{{"schema":"{{\"type\":\"enum\",\"name\":\"{name}\",\"symbols\":[\"A\"]}}"}}"#);
    let (status, reply) = conn.send("POST", &format!("/subjects/{subject}/versions"), Some(body)).await?;
    if status != 200 {
        return Err(format!("registering {subject}: {status} {reply}"));
    }
    serde_json::from_str::<serde_json::Value>(&reply).ok().and_then(|v| v["id"].as_i64()).ok_or_else(|| format!("no schema id in {reply}"))
}

/// Registers `count` distinct schemas one after the other on `conn`
/// (subjects `{prefix}-{i}`); each one's latency.
pub(crate) async fn timed_registrations(conn: &mut Connection, prefix: &str, count: usize) -> BenchResult<Vec<Duration>> {
    let mut latencies = Vec::with_capacity(count);
    for i in 0..count {
        let start = Instant::now();
        register_enum(conn, &format!("{prefix}-{i}"), &format!("R{}x{i}", prefix.replace('-', "_"))).await?;
        latencies.push(start.elapsed());
    }
    Ok(latencies)
}
