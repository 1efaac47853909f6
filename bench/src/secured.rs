//! The secured lookup rows of `gregor bench registry`: `GET
//! /schemas/ids/{id}` against four Gregors the bench starts itself on the
//! same Kafka: plain, with HTTP Basic credentials (an auth file made with
//! `gregor passwd`), with TLS (a self-signed certificate made here), and
//! with both (goal: auth + TLS costs less than 15 % of plain req/s, with
//! connection reuse).
//!
//! On a shared 2-core machine the speed of the whole machine drifts by
//! tens of percent within a minute, more than the difference measured. So
//! the servers run at once, each with its connections open all the time,
//! and the load visits them in turn: rounds of a [`SLICE`] each (at least
//! [`MIN_ROUNDS`]), the order rotated each round. A row's share of plain is
//! the median over rounds of its rate divided by plain's rate in the same
//! round. A fifth server, plain like the first, is measured the same way:
//! its row shows what the machine's noise alone makes of two equal
//! servers.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::http::{Connection, Endpoint, self_signed};
use crate::measure::{cpu_seconds, percentile};
use crate::registry::{lookups_until, register_when_ready};
use crate::{BenchResult, free_port};

/// How long the load stays on one server before moving to the next.
const SLICE: Duration = Duration::from_millis(500);
/// Fewest rounds, whatever the duration.
const MIN_ROUNDS: usize = 6;

/// One server under test, with its open connections.
struct Server {
    name: &'static str,
    /// The goal printed in the row's target column.
    target: &'static str,
    child: tokio::process::Child,
    path: String,
    connections: Vec<Connection>,
    /// Per round: requests per second.
    rates: Vec<f64>,
    latencies: Vec<Duration>,
    errors: usize,
    cpu_seconds: f64,
    seconds: f64,
}

/// The secured rows, in the registry bench's table format.
pub(crate) async fn rows(bootstrap_uri: &str, connections: usize, duration: Duration, stamp: &str) -> BenchResult<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("gregor-bench-{stamp}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let result = measure(bootstrap_uri, connections, duration, stamp, &dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn measure(bootstrap_uri: &str, connections: usize, duration: Duration, stamp: &str, dir: &std::path::Path) -> BenchResult<Vec<String>> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    // The user entry as a user makes one: `gregor passwd`.
    let made = tokio::process::Command::new(&exe)
        .args(["passwd", "--user", "bench", "--algorithm", "sha512", "bench-pw", "bench-salt"])
        .output()
        .await
        .map_err(|e| format!("gregor passwd: {e}"))?;
    let user: serde_json::Value =
        serde_json::from_slice(&made.stdout).map_err(|e| format!("gregor passwd printed no JSON entry ({e}): {}", String::from_utf8_lossy(&made.stderr)))?;
    let auth = serde_json::json!({
        "users": [user],
        "permissions": [{"username": "bench", "operation": "Write", "resource": ".*"}],
    });
    let auth_path = dir.join("auth.json");
    std::fs::write(&auth_path, auth.to_string()).map_err(|e| e.to_string())?;
    let (cert_path, key_path, connector) = self_signed(dir)?;
    let basic = format!("Basic {}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, "bench:bench-pw"));
    // (name, auth, TLS, target)
    let variants: [(&'static str, bool, bool, &'static str); 5] = [
        ("plain", false, false, ""),
        ("Basic auth", true, false, ""),
        ("TLS", false, true, ""),
        ("Basic auth + TLS", true, true, ">= 85 % of plain"),
        ("plain again (the noise floor)", false, false, "100 % but for noise"),
    ];

    let mut servers = Vec::new();
    for (name, with_auth, with_tls, target) in variants {
        let port = free_port()?;
        let topic = format!("_schemas_bench_{stamp}_{}", servers.len());
        let mut command = tokio::process::Command::new(&exe);
        command
            .args(["serve", "--bootstrap-uri", bootstrap_uri, "--port", &port.to_string(), "--topic-name", &topic])
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
        let child = command.spawn().map_err(|e| format!("starting gregor: {e}"))?;
        let endpoint = Endpoint {
            host: "127.0.0.1".to_owned(),
            port,
            tls: with_tls.then(|| connector.clone()),
            authorization: with_auth.then(|| basic.clone()),
        };
        let id = register_when_ready(&endpoint, stamp).await?;
        let mut open = Vec::with_capacity(connections);
        for _ in 0..connections {
            open.push(Connection::connect(&endpoint).await?);
        }
        servers.push(Server {
            name,
            target,
            child,
            path: format!("/schemas/ids/{id}"),
            connections: open,
            rates: Vec::new(),
            latencies: Vec::new(),
            errors: 0,
            cpu_seconds: 0.0,
            seconds: 0.0,
        });
    }

    // Each server gets `duration` of load in all.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let rounds = ((duration.as_secs_f64() / SLICE.as_secs_f64()) as usize).max(MIN_ROUNDS);
    #[allow(clippy::cast_possible_truncation)]
    let slice = duration / rounds as u32;
    for round in 0..rounds {
        for k in 0..servers.len() {
            let i = (round + k) % servers.len();
            run_slice(&mut servers[i], slice).await?;
        }
    }
    for server in &mut servers {
        let _ = server.child.kill().await;
    }

    let plain = &servers[0];
    let plain_us = plain.cpu_seconds * 1e6 / plain.latencies.len().max(1) as f64;
    let mut rows = Vec::new();
    for server in &servers {
        let shares: Vec<f64> = server.rates.iter().zip(&plain.rates).map(|(rate, plain)| rate / plain * 100.0).collect();
        let (low, median, high) = spread(&shares);
        #[allow(clippy::cast_precision_loss)]
        let per_second = server.latencies.len() as f64 / server.seconds;
        #[allow(clippy::cast_precision_loss)]
        let server_us = server.cpu_seconds * 1e6 / server.latencies.len().max(1) as f64;
        rows.push(format!(
            "| GET /schemas/ids/{{id}}, {}, own server, {connections} connections, {rounds} rounds | {per_second:.0} req/s ({median:.0} % of plain, rounds {low:.0}–{high:.0} %; p99 {:.2} ms, {} errors); server {server_us:.1} µs CPU per lookup ({:+.0} % of plain) | n/a | {} |",
            server.name,
            percentile(&server.latencies, 99.0).as_secs_f64() * 1e3,
            server.errors,
            (server_us / plain_us - 1.0) * 100.0,
            server.target
        ));
    }
    Ok(rows)
}

/// Loads `server` through all its connections for `slice`; adds the rate,
/// latencies, errors and the server's CPU seconds to its totals.
async fn run_slice(server: &mut Server, slice: Duration) -> BenchResult<()> {
    let pid = server.child.id().map(|p| p.to_string()).ok_or("a bench server exited")?;
    let stop = Arc::new(AtomicBool::new(false));
    let cpu_before = cpu_seconds(&pid);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for conn in server.connections.drain(..) {
        tasks.push(tokio::spawn(lookups_until(conn, server.path.clone(), stop.clone())));
    }
    tokio::time::sleep(slice).await;
    stop.store(true, Ordering::Relaxed);
    let mut count = 0;
    for task in tasks {
        let (conn, latencies, errors) = task.await.map_err(|e| e.to_string())?;
        server.connections.push(conn);
        count += latencies.len();
        server.latencies.extend(latencies);
        server.errors += errors;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu_after = cpu_seconds(&pid);
    server.cpu_seconds += cpu_after.zip(cpu_before).map_or(f64::NAN, |(after, before)| after - before);
    server.seconds += elapsed;
    #[allow(clippy::cast_precision_loss)]
    server.rates.push(count as f64 / elapsed);
    Ok(())
}

/// (lowest, median, highest) of `values`; NaN for none.
fn spread(values: &[f64]) -> (f64, f64, f64) {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 { sorted[n / 2] } else { f64::midpoint(sorted[n / 2 - 1], sorted[n / 2]) };
    (sorted[0], median, sorted[n - 1])
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn spread_gives_lowest_median_highest() {
        assert_eq!(spread(&[3.0, 1.0, 2.0]), (1.0, 2.0, 3.0));
        assert_eq!(spread(&[4.0, 1.0, 2.0, 3.0]), (1.0, 2.5, 4.0));
        assert!(spread(&[f64::NAN]).1.is_nan());
    }
}
