//! The librdkafka settings every Kafka client of Gregor starts from.

use rdkafka::ClientConfig;

/// A client configuration for `bootstrap` (`bootstrap.servers`) with
/// KIP-714 client metrics push turned off (`enable.metrics.push=false`).
///
/// librdkafka (2.5 and later) pushes client metrics by default, and for
/// that keeps 6 HdrHistograms per client and 8 per broker connection
/// whether or not the broker asks for metrics: about 0.43 MiB per client.
/// Gregor makes a client per REST consumer instance, so 200 idle ones held
/// ~85 MiB of such histograms (measured with confluent-kafka's librdkafka:
/// 200 idle consumers took 130 MiB with the default and 42 MiB without).
/// Gregor's own metrics come from `statistics.interval.ms` instead.
pub fn client_config(bootstrap: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", bootstrap).set("enable.metrics.push", "false");
    config
}
