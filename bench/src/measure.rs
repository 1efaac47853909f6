//! What a run cost: CPU time per record of the bench, the server and the
//! broker (from `/proc`), the CPU ceiling that cost allows, latency
//! percentiles and resident memory.

use std::time::{Duration, Instant};

use crate::BenchResult;

/// CPU time (user + system, seconds) of the bench itself, the server and
/// the broker at one moment.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CpuTimes {
    pub(crate) bench: f64,
    pub(crate) server: Option<f64>,
    pub(crate) broker: Option<f64>,
}

/// Reads the CPU time of the bench, the server and the broker, so each
/// throughput row can say what a record cost in CPU: the number that does
/// not depend on how many cores the machine has or who else is busy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CpuMeter {
    pub(crate) server: Option<u32>,
    pub(crate) broker: Option<u32>,
}

impl CpuMeter {
    pub(crate) fn now(&self) -> CpuTimes {
        CpuTimes {
            bench: cpu_seconds("self").unwrap_or(f64::NAN),
            server: self.server.and_then(|p| cpu_seconds(&p.to_string())),
            broker: self.broker.and_then(|p| cpu_seconds(&p.to_string())),
        }
    }

    /// Waits (at most 30 s) until the server and the broker use less than
    /// 5 % of a core over 300 ms, so a run does not pay for the previous
    /// one's tail (consumer instances closing, a topic's segments settling).
    pub(crate) async fn quiet(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let window = Duration::from_millis(300);
        while Instant::now() < deadline {
            let before = self.now();
            tokio::time::sleep(window).await;
            let after = self.now();
            let busy = |from: Option<f64>, to: Option<f64>| from.zip(to).is_some_and(|(f, t)| (t - f) / window.as_secs_f64() >= 0.05);
            if !busy(before.server, after.server) && !busy(before.broker, after.broker) {
                return;
            }
        }
    }

    /// CPU µs per record since `since`, for `records` records: the bench
    /// (the client: native rdkafka, or the REST / gRPC client), and when
    /// known the server and the broker. `gregor` says whether the server
    /// took part.
    pub(crate) fn per_record(&self, since: CpuTimes, records: usize, gregor: bool) -> CpuCost {
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
pub(crate) struct CpuCost {
    pub(crate) gregor: Option<f64>,
    pub(crate) client: f64,
    pub(crate) broker: Option<f64>,
}

impl CpuCost {
    /// The ratio to `native_rate` (records/s) that a row with this cost
    /// could reach at most on a machine of `cores` cores shared by the
    /// client, the server and the broker: `cores` CPU-seconds per second
    /// over the total CPU-seconds per record, as a percentage of native.
    /// `None` when the server's or the broker's CPU is unknown.
    pub(crate) fn ceiling_percent(&self, cores: usize, native_rate: f64) -> Option<f64> {
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
pub(crate) fn ratio_cell(rate: f64, native_rate: f64, cost: &CpuCost) -> String {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let measured = format!("{:.0} %", 100.0 * rate / native_rate);
    match cost.ceiling_percent(cores, native_rate) {
        Some(ceiling) => format!("{measured} (CPU ceiling on {cores} cores: {ceiling:.0} %)"),
        None => measured,
    }
}

/// User + system CPU seconds of `/proc/<pid>` (`self` for this process),
/// counted in USER_HZ ticks of 1/100 s.
pub(crate) fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(") ")?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

pub(crate) fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// VmRSS of a process in KiB.
pub(crate) fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The pid of the process listening on a local TCP port, from /proc.
pub(crate) fn pid_listening_on(port: u16) -> Option<u32> {
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

/// Starts `samples` calls, one every `interval` whatever the previous ones
/// are doing, and returns each call's latency.
pub(crate) async fn fixed_rate<F, Fut>(samples: usize, interval: Duration, call: F) -> BenchResult<Vec<Duration>>
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
