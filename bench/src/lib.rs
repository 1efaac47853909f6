//! `gregor bench`: measures a running Gregor and prints tables next to
//! native rdkafka doing the same Kafka work in the same run.
//!
//! - [`registry`]: Schema Registry lookups, registrations, start-up replay,
//!   Basic auth and TLS;
//! - [`data`] and [`consume`]: the REST proxy and gRPC data plane;
//! - [`compare`]: the same registry and REST workloads against two servers
//!   (e.g. Gregor and Karapace), side by side;
//! - [`measure`]: CPU per record, CPU ceilings, percentiles, RSS;
//! - [`rest`]: the REST proxy workloads they share.

mod compare;
mod consume;
mod data;
mod http;
mod kafka;
mod measure;
mod registry;
mod rest;
mod secured;

use clap::Subcommand;

pub use compare::CompareBench;
pub use data::DataBench;
pub use registry::RegistryBench;

/// What to measure.
#[derive(Debug, Subcommand)]
pub enum Target {
    /// The Schema Registry.
    Registry(RegistryBench),
    /// The REST proxy's data plane (produce and consume), next to native rdkafka.
    Data(DataBench),
    /// The same registry and REST proxy workloads against two servers.
    Compare(CompareBench),
}

pub(crate) type BenchResult<T> = Result<T, String>;

/// Runs a benchmark and prints its table.
pub async fn run(target: Target) -> BenchResult<()> {
    match target {
        Target::Registry(options) => registry::registry(options).await,
        Target::Data(options) => data::data(options).await,
        Target::Compare(options) => compare::compare(options).await,
    }
}

pub(crate) fn host_port(url: &str) -> BenchResult<(String, u16)> {
    let rest = url.strip_prefix("http://").ok_or("only http:// URLs")?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let (host, port) = authority.rsplit_once(':').ok_or("URL needs a port")?;
    Ok((host.to_owned(), port.parse().map_err(|_| "bad port")?))
}

pub(crate) fn free_port() -> BenchResult<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

pub(crate) fn unique() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::measure::{CpuCost, percentile, ratio_cell};

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
