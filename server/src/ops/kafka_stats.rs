//! librdkafka's statistics (`statistics.interval.ms`, the config key
//! `kafka_statistics_interval_ms`) as Prometheus gauges.
//!
//! - the REST producer (`client="producer"`): messages and bytes waiting in
//!   its queue, bytes sent and received, and per broker the mean round trip
//!   and requests waiting to be sent;
//! - REST consumer instances (`client="consumer"`): per broker the mean
//!   round trip, and the lag (records behind each assigned partition's
//!   high watermark, summed) per consumer group label.
//!
//! Broker labels are librdkafka's `host:port/id` names: as many as the
//! cluster has brokers.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use prometheus::{GaugeVec, Opts, register_gauge_vec};
use rdkafka::ClientContext;
use rdkafka::consumer::ConsumerContext;
use rdkafka::statistics::Statistics;

macro_rules! gauge {
    ($name:ident, $metric:expr, $help:expr, $labels:expr) => {
        static $name: LazyLock<GaugeVec> =
            LazyLock::new(|| register_gauge_vec!(Opts::new($metric, $help), $labels).expect(concat!("registering ", $metric)));
    };
}

gauge!(QUEUE_MESSAGES, "gregor_kafka_client_queue_messages", "Messages in a client's queue (librdkafka msg_cnt)", &["client"]);
gauge!(QUEUE_BYTES, "gregor_kafka_client_queue_bytes", "Bytes of the messages in a client's queue (msg_size)", &["client"]);
gauge!(TX_BYTES, "gregor_kafka_client_sent_bytes", "Bytes a client has sent to brokers since it started (tx_bytes)", &["client"]);
gauge!(RX_BYTES, "gregor_kafka_client_received_bytes", "Bytes a client has received from brokers since it started (rx_bytes)", &["client"]);
gauge!(BROKER_RTT, "gregor_kafka_broker_rtt_seconds", "Mean broker round trip over the last statistics window", &["client", "broker"]);
gauge!(BROKER_OUTBUF, "gregor_kafka_broker_waiting_requests", "Requests waiting to be sent to a broker (outbuf_cnt)", &["client", "broker"]);
gauge!(CONSUMER_LAG, "gregor_consumer_lag_records", "Records consumer instances are behind the high watermark, summed per group label", &["group"]);

/// Registers the gauges, so a scrape lists them before the first report.
pub fn init() {
    for gauge in [&QUEUE_MESSAGES, &QUEUE_BYTES, &TX_BYTES, &RX_BYTES, &BROKER_RTT, &BROKER_OUTBUF, &CONSUMER_LAG] {
        LazyLock::force(gauge);
    }
}

/// Sets the gauges of `client` from one statistics report.
pub fn record(client: &str, statistics: &Statistics) {
    #[allow(clippy::cast_precision_loss)] // counts far below 2^53
    {
        if client == "producer" {
            QUEUE_MESSAGES.with_label_values(&[client]).set(statistics.msg_cnt as f64);
            QUEUE_BYTES.with_label_values(&[client]).set(statistics.msg_size as f64);
            TX_BYTES.with_label_values(&[client]).set(statistics.tx_bytes as f64);
            RX_BYTES.with_label_values(&[client]).set(statistics.rx_bytes as f64);
        }
        for broker in statistics.brokers.values().filter(|b| b.nodeid >= 0) {
            if let Some(rtt) = &broker.rtt
                && rtt.avg > 0
            {
                BROKER_RTT.with_label_values(&[client, broker.name.as_str()]).set(rtt.avg as f64 / 1e6);
            }
            if client == "producer" {
                BROKER_OUTBUF.with_label_values(&[client, broker.name.as_str()]).set(broker.outbuf_cnt as f64);
            }
        }
    }
}

/// Lag of each consumer instance (by its client name) and the group label
/// it counts under.
static LAGS: LazyLock<Mutex<HashMap<String, (String, i64)>>> = LazyLock::new(Mutex::default);

fn set_lag(instance: &str, group: &str, lag: Option<i64>) {
    let mut lags = LAGS.lock().unwrap_or_else(|e| e.into_inner());
    match lag {
        Some(lag) => {
            lags.insert(instance.to_owned(), (group.to_owned(), lag));
        }
        None => {
            lags.remove(instance);
        }
    }
    let total: i64 = lags.values().filter(|(g, _)| g == group).map(|(_, lag)| lag).sum();
    #[allow(clippy::cast_precision_loss)]
    CONSUMER_LAG.with_label_values(&[group]).set(total as f64);
}

/// The context of a REST consumer instance: reports its statistics and
/// its lag under `group` (already bounded by the metrics' label rules).
#[derive(Debug)]
pub struct ConsumerStats {
    /// The instance's unique name (group and instance).
    instance: String,
    /// Its group label.
    group: String,
}

impl ConsumerStats {
    /// A context for instance `instance` of `group`.
    pub fn new(group: &str, instance: &str) -> Self {
        Self { instance: format!("{group}/{instance}"), group: super::metrics::group_label(group) }
    }
}

impl ConsumerStats {
    /// Sets the instance's lag, records behind the high watermarks of its
    /// partitions (measured by the instance after each read).
    pub fn report_lag(&self, lag: i64) {
        set_lag(&self.instance, &self.group, Some(lag));
    }
}

/// No librdkafka statistics for instances: enabling them makes librdkafka
/// keep 4 HdrHistograms per broker connection (~0.2 MiB per instance, 40
/// MiB with 200 instances), and all instances shared one `consumer` label.
/// The lag comes from [`ConsumerStats::report_lag`] instead.
impl ClientContext for ConsumerStats {}

impl ConsumerContext for ConsumerStats {}

impl Drop for ConsumerStats {
    fn drop(&mut self) {
        set_lag(&self.instance, &self.group, None);
    }
}
