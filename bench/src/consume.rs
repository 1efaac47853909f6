//! The consume half of `gregor bench data`: REST v2 records and gRPC
//! Subscribe next to a native consumer, fixed-rate produce latency, and
//! RSS with REST consumer instances polling.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rdkafka::producer::{FutureProducer, FutureRecord};

use crate::data::DataBench;
use crate::http::Connection;
use crate::rest::{rest_instance, rest_read};
use crate::kafka::{create_topic_with, kafka_config, latency_producer, reader};
use crate::measure::{CpuCost, CpuMeter, fixed_rate, percentile, ratio_cell, rss_kib};
use crate::{BenchResult, unique};

/// The consume half of `bench data`: the same records read by a native
/// consumer, REST v2 `records` polling and gRPC `Subscribe` (each timed
/// from its first record, so group joins do not count), fixed-rate produce
/// latency, and RSS with 1, 10 and 20 REST instances polling.
pub(crate) async fn consume(options: &DataBench, host: &str, port: u16, stamp: &str, meter: CpuMeter) -> BenchResult<Vec<String>> {
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
    let rss_runs: &[usize] = if options.skip_rss { &[] } else { &[1, 10, 20, 200] };
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
    meter.quiet().await;
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

    // REST v2: one binary instance assigned to the partition, polling,
    // with a 1 MiB and a 64 MiB `max_bytes`.
    let mut rest_runs = Vec::new();
    for (label, max_bytes) in [("1 MiB", 1usize << 20), ("64 MiB", 64usize << 20)] {
        let mut conn = Connection::open(host, port).await?;
        meter.quiet().await;
        let cpu = meter.now();
        let read = rest_read(&mut conn, &format!("bench-rest-{stamp}-{}", max_bytes >> 20), &topic, count, Some(max_bytes), Duration::from_secs(120)).await?;
        let cost = meter.per_record(cpu, read.records, true);
        rest_runs.push((label, read, cost));
    }

    // gRPC Subscribe: a fresh group from the earliest offset.
    let mut client = KafkaServiceClient::connect(options.url.clone()).await.map_err(|e| e.to_string())?;
    meter.quiet().await;
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
    let mut rows: Vec<String> = rest_runs
        .iter()
        .map(|(label, read, cost)| {
            let how = format!(
                "{} records, 1 instance, binary, max_bytes {label}: {:.0} records, {:.2} MB per response",
                read.records,
                read.records as f64 / read.responses.max(1) as f64,
                read.bytes as f64 / read.responses.max(1) as f64 / 1e6
            );
            row(&format!("REST v2 records, max_bytes {label}"), read.rate, &how, cost, ">= 50 %")
        })
        .collect();
    rows.extend([
        row("gRPC Subscribe", grpc_rate, &format!("{count} records, 1 stream"), &grpc_cpu, ">= 90 %"),
        format!(
            "| produce latency at {} msg/s, p50 / p99 | {} / {} ms | REST {} / {} ms, gRPC {} / {} ms | | |",
            options.fixed_rate,
            ms(percentile(&native_fixed, 50.0)), ms(percentile(&native_fixed, 99.0)),
            ms(percentile(&rest_fixed, 50.0)), ms(percentile(&rest_fixed, 99.0)),
            ms(percentile(&grpc_fixed, 50.0)), ms(percentile(&grpc_fixed, 99.0))
        ),
    ]);
    let mib = |kib: u64| if pid.is_some() { format!("{:.1} MiB", kib as f64 / 1024.0) } else { "n/a (no --pid)".to_owned() };
    rows.push(format!("| RSS before the consume runs | | {} | | |", mib(rss_before)));
    for (instances, peak) in rss_rows {
        let target = match instances {
            20 => "< 60 MiB",
            200 => "< 80 MiB",
            _ => "",
        };
        rows.push(format!("| RSS peak, {instances} REST consumer instances polling | | {} | | {target} |", mib(peak)));
    }
    Ok(rows)
}
