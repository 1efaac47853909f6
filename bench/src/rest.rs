//! The REST proxy workloads the benches share: a produce load over N
//! keep-alive connections, and one binary consumer instance reading.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::BenchResult;
use crate::http::Connection;
use crate::measure::{CpuMeter, CpuTimes};

/// The embedded format the workloads use.
const BINARY: &str = "application/vnd.kafka.binary.v2+json";

/// What a produce load gave.
pub(crate) struct ProduceLoad {
    /// Records in requests answered 200, and per second.
    pub(crate) records: usize,
    pub(crate) rate: f64,
    /// Requests answered otherwise.
    pub(crate) failed_requests: usize,
    /// The CPU times when the load started (with a meter).
    pub(crate) cpu: Option<CpuTimes>,
}

/// POSTs `body` (`per_request` binary records) to `/topics/{topic}` of
/// `server` (host, port) from `connections` keep-alive connections for
/// `duration`.
pub(crate) async fn rest_produce(
    (host, port): (&str, u16),
    topic: &str,
    body: &str,
    per_request: usize,
    connections: usize,
    duration: Duration,
    meter: Option<&CpuMeter>,
) -> BenchResult<ProduceLoad> {
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let mut conn = Connection::open(host, port).await?;
        let (stop, body, path) = (stop.clone(), body.to_owned(), format!("/topics/{topic}"));
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut failed) = (0usize, 0usize);
            while !stop.load(Ordering::Relaxed) {
                match conn.send_as("POST", &path, Some(body.clone()), BINARY).await {
                    Ok((200, _)) => ok += per_request,
                    _ => failed += 1,
                }
            }
            (ok, failed)
        }));
    }
    let (start, cpu) = (Instant::now(), meter.map(CpuMeter::now));
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let (mut records, mut failed_requests) = (0, 0);
    for task in tasks {
        let (ok, failed) = task.await.map_err(|e| e.to_string())?;
        records += ok;
        failed_requests += failed;
    }
    Ok(ProduceLoad { records, rate: records as f64 / start.elapsed().as_secs_f64(), failed_requests, cpu })
}

/// What one REST read run gave.
pub(crate) struct RestRead {
    /// Records read, and per second from the first request.
    pub(crate) records: usize,
    pub(crate) rate: f64,
    /// Responses with records, and their bytes.
    pub(crate) responses: usize,
    pub(crate) bytes: usize,
}

/// Reads `count` records of `topic` (or what comes within `timeout`) with
/// a binary instance of its own group, `max_bytes` per request (the
/// server's default when `None`), then deletes the instance.
pub(crate) async fn rest_read(
    conn: &mut Connection,
    group: &str,
    topic: &str,
    count: usize,
    max_bytes: Option<usize>,
    timeout: Duration,
) -> BenchResult<RestRead> {
    let name = "reader";
    rest_instance(conn, group, name, topic).await?;
    let limit = max_bytes.map_or(String::new(), |max| format!("&max_bytes={max}"));
    let path = format!("/consumers/{group}/instances/{name}/records?timeout=1000{limit}");
    // Timed from the first request: a response can hold most of the run.
    let (mut records, mut responses, mut bytes, start) = (0usize, 0usize, 0usize, Instant::now());
    let deadline = start + timeout;
    while records < count && Instant::now() < deadline {
        let (status, body) = conn.get_as(&path, BINARY).await?;
        if status != 200 {
            return Err(format!("records: {status} {body}"));
        }
        let got = body.matches("\"offset\":").count();
        if got > 0 {
            records += got;
            responses += 1;
            bytes += body.len();
        }
    }
    let rate = records as f64 / start.elapsed().as_secs_f64();
    conn.send("DELETE", &format!("/consumers/{group}/instances/{name}"), None).await?;
    Ok(RestRead { records, rate, responses, bytes })
}

/// Creates a binary REST consumer instance (reading from the earliest
/// offset) assigned to partition 0 of `topic`.
pub(crate) async fn rest_instance(conn: &mut Connection, group: &str, name: &str, topic: &str) -> BenchResult<()> {
    let v2 = "application/vnd.kafka.v2+json";
    let (status, body) = conn.send_as("POST", &format!("/consumers/{group}"), Some(format!(r#"{{"name":"{name}","format":"binary","auto.offset.reset":"earliest"}}"#)), v2).await?;
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
