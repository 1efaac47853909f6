//! The `_schemas` topic over rdkafka: created compacted with one partition
//! when absent, appended to by a producer with `acks=all`, and read
//! from the beginning by a reader thread that hands every record to the
//! registry in offset order.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use rdkafka::ClientConfig;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::Message;
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

/// How the registry reaches Kafka.
#[derive(Debug, Clone)]
pub struct KafkaSettings {
    /// `bootstrap.servers`, e.g. `127.0.0.1:9092`.
    pub bootstrap: String,
    /// The schemas topic, `_schemas` by default.
    pub topic: String,
    /// Replication factor used when creating the topic.
    pub replication_factor: i32,
    /// `client.id` prefix.
    pub client_id: String,
    /// Longest wait for a write to be acknowledged by the broker, in ms.
    pub write_timeout_ms: u64,
    /// Extra librdkafka properties (security settings), applied last.
    pub extra: Vec<(String, String)>,
}

/// A failure talking to Kafka.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A client could not be created or configured.
    #[error("kafka client: {0}")]
    Client(KafkaError),
    /// The cluster did not answer a metadata request in time: a wrong
    /// address, or TLS/SASL settings it refuses (librdkafka logs why).
    #[error("cannot reach Kafka at {bootstrap}: {error}; check bootstrap_uri and the security settings")]
    Unreachable {
        /// `bootstrap.servers`.
        bootstrap: String,
        /// The metadata request's error.
        error: KafkaError,
    },
    /// The topic could not be created.
    #[error("creating topic {topic}: {code}")]
    CreateTopic {
        /// Topic name.
        topic: String,
        /// Broker error.
        code: RDKafkaErrorCode,
    },
    /// A record was not acknowledged.
    #[error("writing to {topic}: {error}")]
    Write {
        /// Topic name.
        topic: String,
        /// Producer error.
        error: KafkaError,
    },
}

/// Appends records to the schemas topic.
pub struct SchemaTopic {
    settings: KafkaSettings,
    producer: FutureProducer,
}

impl std::fmt::Debug for SchemaTopic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SchemaTopic").field("settings", &self.settings).finish_non_exhaustive()
    }
}

/// librdkafka settings shared by every client of the schemas topic.
pub(crate) fn base_config(settings: &KafkaSettings, role: &str) -> ClientConfig {
    let mut config = crate::kafka_client::client_config(&settings.bootstrap);
    config
        .set("client.id", format!("{}-{role}", settings.client_id))
        // The local broker creates any topic a metadata request names; the
        // schemas topic must only ever be created compacted, by us.
        .set("allow.auto.create.topics", "false");
    for (key, value) in &settings.extra {
        config.set(key, value);
    }
    config
}

impl SchemaTopic {
    /// Creates the producer, checks the cluster answers within
    /// `write_timeout_ms` (the producer's polling thread logs librdkafka's
    /// connection, TLS and SASL errors meanwhile), then creates the topic
    /// if absent (one partition, `cleanup.policy=compact`).
    pub async fn connect(settings: KafkaSettings) -> Result<Self, StoreError> {
        let producer: FutureProducer = base_config(&settings, "writer")
            .set("acks", "all")
            // No idempotent producer: writes are sequential (each waits for
            // its ack and read-back), so nothing can be reordered, and a
            // duplicate from a retry re-applies the same key and value to the
            // same state. Its producer-id handshake cost 0.5-0.9 s at start
            // against the local broker.
            .set("enable.idempotence", "false")
            .set("linger.ms", "0")
            .set("message.timeout.ms", settings.write_timeout_ms.to_string())
            .create()
            .map_err(StoreError::Client)?;
        let probe = producer.clone();
        let timeout = Duration::from_millis(settings.write_timeout_ms);
        tokio::task::spawn_blocking(move || probe.client().fetch_metadata(None, timeout).map(drop))
            .await
            .map_err(|_| StoreError::Client(KafkaError::Canceled))
            .and_then(|r| r.map_err(|error| StoreError::Unreachable { bootstrap: settings.bootstrap.clone(), error }))?;
        let admin: AdminClient<DefaultClientContext> =
            base_config(&settings, "admin").create().map_err(StoreError::Client)?;
        let topic = NewTopic::new(&settings.topic, 1, TopicReplication::Fixed(settings.replication_factor))
            .set("cleanup.policy", "compact");
        let options = AdminOptions::new().operation_timeout(Some(Duration::from_secs(10)));
        let results = admin.create_topics([&topic], &options).await.map_err(StoreError::Client)?;
        for result in results {
            match result {
                // Said loudly: on a broker that keeps data in memory (the
                // local tansu of `scripts/run.sh`) this is every start, and
                // every schema registered before is gone.
                Ok(name) => tracing::warn!(
                    topic = name,
                    "created the schemas topic: the registry starts empty. If schemas were registered before, the broker lost them \
                     (a broker keeping data in memory loses them at each restart; point bootstrap_uri at a Kafka that keeps its data)"
                ),
                Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
                Err((name, code)) => return Err(StoreError::CreateTopic { topic: name, code }),
            }
        }
        Ok(Self { settings, producer })
    }

    /// The topic name.
    pub fn name(&self) -> &str {
        &self.settings.topic
    }

    /// Appends one record to partition 0; `value: None` writes a tombstone.
    /// Returns the record's offset once the broker acknowledged it.
    pub async fn append(&self, key: &[u8], value: Option<&[u8]>) -> Result<i64, StoreError> {
        let mut record = FutureRecord::<[u8], [u8]>::to(&self.settings.topic).partition(0).key(key);
        if let Some(value) = value {
            record = record.payload(value);
        }
        let timeout = Duration::from_millis(self.settings.write_timeout_ms);
        self.producer
            .send(record, timeout)
            .await
            .map(|delivery| delivery.offset)
            .map_err(|(error, _)| StoreError::Write { topic: self.settings.topic.clone(), error })
    }

    /// The Kafka cluster id, when the broker reports one.
    pub fn cluster_id(&self) -> Option<String> {
        self.producer.client().fetch_cluster_id(Duration::from_secs(5))
    }

    /// Starts the reader thread: it reads the topic from the beginning and
    /// calls `apply(offset, key, value)` for every record in order (`value`
    /// is `None` for a null value). It stops when `stop` is set.
    ///
    /// Every [`TOPIC_CHECK`] it asks the cluster whether the topic still
    /// exists and keeps the answer in `present` (false once the cluster
    /// says it has no such topic; left as it is when the cluster cannot be
    /// asked). A topic that comes back is read again from its beginning: it
    /// is a new log, announced by calling `restart` before its first record.
    pub fn spawn_reader<F, R>(
        &self,
        mut apply: F,
        mut restart: R,
        stop: Arc<AtomicBool>,
        present: Arc<AtomicBool>,
        beat: Arc<crate::ops::liveness::Beat>,
    ) -> Result<JoinHandle<()>, StoreError>
    where
        F: FnMut(i64, &[u8], Option<&[u8]>) + Send + 'static,
        R: FnMut() + Send + 'static,
    {
        let group = format!("gregor-autogenerated-{}-{}", std::process::id(), unique_suffix());
        let consumer: BaseConsumer = base_config(&self.settings, "reader")
            .set("group.id", group)
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("fetch.wait.max.ms", "50")
            .set("fetch.error.backoff.ms", "50")
            .create()
            .map_err(StoreError::Client)?;
        // Start at offset 0 rather than `Offset::Beginning`: the latter makes
        // librdkafka look the offset up first, which on an empty partition
        // costs ~450 ms against the local broker. A log that no longer starts
        // at 0 falls back to `auto.offset.reset=earliest`.
        let mut assignment = TopicPartitionList::new();
        assignment
            .add_partition_offset(&self.settings.topic, 0, Offset::Offset(0))
            .map_err(StoreError::Client)?;
        consumer.assign(&assignment).map_err(StoreError::Client)?;
        let topic = self.settings.topic.clone();
        let handle = std::thread::Builder::new()
            .name("schemas-reader".to_owned())
            // Applying a record parses the schema in it, which may nest deeply.
            .stack_size(gateway::json::STACK_BYTES)
            .spawn(move || {
                let mut checked = std::time::Instant::now();
                while !stop.load(Ordering::Relaxed) {
                    match consumer.poll(Duration::from_millis(100)) {
                        Some(Ok(message)) => {
                            // A record is Kafka answering: progress.
                            beat.beat();
                            crate::ops::liveness::kafka_answered();
                            apply(message.offset(), message.key().unwrap_or(&[]), message.payload());
                        }
                        Some(Err(err)) => tracing::debug!(error = %err, "schemas reader"),
                        None => {}
                    }
                    if checked.elapsed() >= TOPIC_CHECK {
                        checked = std::time::Instant::now();
                        if check_topic(&consumer, &topic, &present, &beat) {
                            restart();
                        }
                    }
                }
            })
            .expect("spawning the schemas reader thread");
        Ok(handle)
    }
}

/// How often the reader asks whether the schemas topic exists: 2 s.
pub const TOPIC_CHECK: Duration = Duration::from_secs(2);

/// Updates `present` from the cluster's metadata for `topic` (and `beat`
/// when Kafka answers); when the
/// topic is back after being gone, reads it again from the beginning and
/// returns true.
fn check_topic(consumer: &BaseConsumer, topic: &str, present: &AtomicBool, beat: &crate::ops::liveness::Beat) -> bool {
    let Ok(metadata) = consumer.fetch_metadata(Some(topic), Duration::from_secs(2)) else {
        return false; // the cluster cannot be asked: nothing learned
    };
    // The reader's progress (`/livez`, `/_health`): Kafka answered it.
    beat.beat();
    crate::ops::liveness::kafka_answered();
    let exists = metadata.topics().iter().any(|t| t.name() == topic && t.error().is_none() && !t.partitions().is_empty());
    let was = present.swap(exists, Ordering::AcqRel);
    if was && !exists {
        tracing::error!(topic, "the schemas topic is gone: the registry is unhealthy until it returns");
    } else if !was && exists {
        tracing::warn!(topic, "the schemas topic is back: reading it again from the beginning");
        let mut assignment = TopicPartitionList::new();
        if assignment.add_partition_offset(topic, 0, Offset::Beginning).is_ok()
            && let Err(err) = consumer.assign(&assignment)
        {
            tracing::error!(topic, error = %err, "cannot read the schemas topic again");
        }
        return true;
    }
    false
}

fn unique_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}
