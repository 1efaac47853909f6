//! Native rdkafka: the baseline each row is compared with, and the topics
//! and readers the runs use.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use rdkafka::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::FutureProducer;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

use crate::BenchResult;

/// Counts acknowledged records for [`native_produce`].
pub(crate) struct CountDeliveries(Arc<std::sync::atomic::AtomicUsize>);

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
pub(crate) async fn native_produce(bootstrap: &str, topic: &str, payload: Vec<u8>, duration: Duration) -> BenchResult<(usize, f64)> {
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

/// The native producer of the latency rows, configured as Gregor's own
/// producer is by default (`acks=1`, `linger.ms=1`), so both wait alike.
pub(crate) fn latency_producer(bootstrap: &str) -> BenchResult<FutureProducer> {
    kafka_config(bootstrap)
        .set("acks", "1")
        .set("linger.ms", "1")
        .set("allow.auto.create.topics", "false")
        .create()
        .map_err(|e| e.to_string())
}

pub(crate) fn kafka_config(bootstrap: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", bootstrap);
    config
}

/// A consumer assigned to partition 0 of `topic` from offset 0, configured
/// as the registry's own reader is (`fetch.wait.max.ms=50`).
pub(crate) fn reader(bootstrap: &str, topic: &str, group: &str) -> BenchResult<BaseConsumer> {
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

pub(crate) async fn create_topic(bootstrap: &str, topic: &str) -> BenchResult<()> {
    create_topic_with(bootstrap, topic, "compact").await
}

pub(crate) async fn create_topic_with(bootstrap: &str, topic: &str, cleanup_policy: &str) -> BenchResult<()> {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    let admin: AdminClient<_> = kafka_config(bootstrap).create().map_err(|e| e.to_string())?;
    let new = NewTopic::new(topic, 1, TopicReplication::Fixed(1)).set("cleanup.policy", cleanup_policy);
    admin.create_topics([&new], &AdminOptions::new()).await.map_err(|e| e.to_string())?;
    Ok(())
}
