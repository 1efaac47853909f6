//! The Kafka REST proxy's data plane over rdkafka: cluster metadata,
//! produce, and (in [`consumers`]) consumer instances. A produce request is validated and encoded whole before any
//! record is sent, so a bad record produces nothing; the answer waits for
//! the broker's acknowledgement of every record (`acks`, default 1 as in
//! Karapace), with failures reported per record.

pub mod acks;
pub mod avro_json;
pub mod consumer;
pub mod consumers;
pub mod decode;
pub mod error;
pub mod fetch;
pub mod fetch_slots;
pub mod group_stream;
pub mod read_budget;
pub mod records;
pub mod schema_source;
pub mod schemas;
pub mod users;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::ClientConfig;
use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::metadata::Metadata;
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};

use self::acks::{AckContext, PendingAcks};
use self::error::ProxyError;

/// Producer and client settings (Karapace's REST keys, §4.1).
#[derive(Debug, Clone)]
pub struct ProxySettings {
    /// `bootstrap.servers`.
    pub bootstrap: String,
    /// `client.id` prefix.
    pub client_id: String,
    /// `acks`: `1`, `all` (or `-1`), `0`.
    pub acks: String,
    /// `linger.ms` of the producer behind single produce requests.
    pub linger_ms: u64,
    /// `linger.ms` of the producer behind produce streams
    /// ([`KafkaProxy::enqueue_stream`]).
    pub stream_linger_ms: u64,
    /// `compression.type`, when set.
    pub compression: Option<String>,
    /// `message.max.bytes`: the largest record batch, in bytes.
    pub max_request_size: usize,
    /// Longest wait for Kafka in one request, in ms.
    pub request_timeout_ms: u64,
    /// Extra librdkafka properties (security), applied last.
    pub extra: Vec<(String, String)>,
    /// librdkafka statistics of the producer every this many ms (queue
    /// depths, round trips, bytes as metrics); 0: none.
    pub statistics_interval_ms: u64,
}

/// One partition and its replicas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionInfo {
    /// Partition number.
    pub id: i32,
    /// Leader broker id, -1 when none.
    pub leader: i32,
    /// (broker id, is leader, is in sync) per replica.
    pub replicas: Vec<(i32, bool, bool)>,
}

/// A topic's configs and partitions.
#[derive(Debug, Clone)]
pub struct TopicInfo {
    /// Topic name.
    pub name: String,
    /// Configs the broker reports for it.
    pub configs: BTreeMap<String, String>,
    /// Partitions, ascending.
    pub partitions: Vec<PartitionInfo>,
}

/// A record ready to send.
#[derive(Debug, Clone, Default)]
pub struct OutgoingRecord {
    /// Key bytes; `None` for no key.
    pub key: Option<Vec<u8>>,
    /// Value bytes; `None` for a tombstone.
    pub value: Option<Vec<u8>>,
    /// Target partition; the partitioner picks when `None`.
    pub partition: Option<i32>,
    /// Headers.
    pub headers: Vec<(String, Vec<u8>)>,
    /// Create time, ms since the epoch; the producer's clock when `None`.
    pub timestamp: Option<i64>,
}

/// Where one produce stream stands, for [`KafkaProxy::enqueue_stream`].
#[derive(Debug, Default)]
pub struct StreamBatching {
    /// Whether its first batch was sent (and acknowledged).
    started: bool,
}

/// Where a record went: (partition, offset), or the error it got.
pub type Delivered = Result<(i32, i64), String>;

/// How long produce requests trust cached partition metadata.
const METADATA_MAX_AGE: Duration = Duration::from_secs(5);

/// The proxy's Kafka clients.
pub struct KafkaProxy {
    /// Delivery reports go to its [`AckContext`], per batch.
    producer: ThreadedProducer<AckContext>,
    /// The producer behind produce streams, made on the first stream: the
    /// same settings but `stream_linger_ms`, so records from many stream
    /// messages travel in batches as large as a native producer's.
    stream_producer: tokio::sync::OnceCell<ThreadedProducer<AckContext>>,
    /// Its settings.
    stream_config: ClientConfig,
    admin: AdminClient<DefaultClientContext>,
    /// A group-less consumer for offset lookups by time.
    lookup: Arc<BaseConsumer>,
    timeout: Duration,
    /// Partitions by topic, as last fetched, for produce-time checks.
    partition_cache: std::sync::Mutex<std::collections::HashMap<String, (Instant, Vec<i32>)>>,
}

impl std::fmt::Debug for KafkaProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaProxy").field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

fn kafka_error(err: KafkaError) -> ProxyError {
    ProxyError::Kafka(err.to_string())
}

impl KafkaProxy {
    /// Creates the producer and admin clients (they connect lazily).
    pub fn new(settings: &ProxySettings) -> Result<Self, ProxyError> {
        let mut config = crate::kafka_client::client_config(&settings.bootstrap);
        config
            .set("allow.auto.create.topics", "false")
            // A keyed record goes where Java's producer (Confluent's REST
            // Proxy, Kafka clients) sends it: murmur2 of the key
            // (librdkafka's default hashes with CRC32); keyless records
            // are spread as librdkafka's sticky partitioner does.
            .set("partitioner", "murmur2_random")
            .set("acks", &settings.acks)
            .set("linger.ms", settings.linger_ms.to_string())
            .set("message.max.bytes", settings.max_request_size.to_string())
            .set("message.timeout.ms", settings.request_timeout_ms.to_string());
        if let Some(compression) = &settings.compression {
            config.set("compression.type", compression);
        }
        for (key, value) in &settings.extra {
            config.set(key, value);
        }
        let mut producer_config = config.clone();
        producer_config.set("statistics.interval.ms", settings.statistics_interval_ms.to_string());
        let mut stream_config = producer_config.clone();
        stream_config
            .set("client.id", format!("{}-stream-producer", settings.client_id))
            .set("linger.ms", settings.stream_linger_ms.to_string());
        let producer: ThreadedProducer<AckContext> = producer_config
            .set("client.id", format!("{}-rest-producer", settings.client_id))
            .create_with_context(AckContext::default())
            .map_err(kafka_error)?;
        let admin: AdminClient<DefaultClientContext> =
            config.clone().set("client.id", format!("{}-rest-admin", settings.client_id)).create().map_err(kafka_error)?;
        let lookup: BaseConsumer = config
            .set("client.id", format!("{}-offsets", settings.client_id))
            .set("enable.auto.commit", "false")
            .create()
            .map_err(kafka_error)?;
        Ok(Self {
            producer,
            stream_producer: tokio::sync::OnceCell::new(),
            stream_config,
            admin,
            lookup: Arc::new(lookup),
            timeout: Duration::from_millis(settings.request_timeout_ms),
            partition_cache: std::sync::Mutex::new(std::collections::HashMap::new()),
        })
    }

    /// Whether `topic` exists (cached like produce-time checks).
    pub async fn ensure_topic(&self, topic: &str) -> Result<(), ProxyError> {
        self.partition_ids(topic).await.map(drop)
    }

    /// Cluster metadata, for one topic or all, fetched off the async runtime.
    async fn metadata(&self, topic: Option<&str>) -> Result<Metadata, ProxyError> {
        let producer = self.producer.clone();
        let topic = topic.map(str::to_owned);
        let timeout = self.timeout;
        let fetched = tokio::task::spawn_blocking(move || producer.client().fetch_metadata(topic.as_deref(), timeout))
            .await
            .map_err(|e| ProxyError::Kafka(e.to_string()))?;
        // A failure after a broker refused our credentials is that refusal.
        fetched.map_err(|err| if self.producer.context().auth_failed() { ProxyError::KafkaAuthentication } else { kafka_error(err) })
    }

    /// Broker ids, ascending.
    pub async fn brokers(&self) -> Result<Vec<i32>, ProxyError> {
        let mut ids: Vec<i32> = self.metadata(None).await?.brokers().iter().map(|b| b.id()).collect();
        ids.sort_unstable();
        Ok(ids)
    }

    /// Topic names, sorted.
    pub async fn topics(&self) -> Result<Vec<String>, ProxyError> {
        let mut names: Vec<String> = self.metadata(None).await?.topics().iter().map(|t| t.name().to_owned()).collect();
        names.sort();
        Ok(names)
    }

    /// A topic's partitions; 40401 when it does not exist.
    pub async fn partitions(&self, topic: &str) -> Result<Vec<PartitionInfo>, ProxyError> {
        // A name Kafka cannot have names no topic: answered without asking
        // (librdkafka waits out the timeout on an empty name).
        if !legal_topic_name(topic) {
            return Err(ProxyError::TopicNotFound(topic.to_owned()));
        }
        let metadata = self.metadata(Some(topic)).await?;
        let found = metadata
            .topics()
            .iter()
            .find(|t| t.name() == topic && t.error().is_none() && !t.partitions().is_empty());
        let Some(found) = found else {
            return Err(ProxyError::TopicNotFound(topic.to_owned()));
        };
        let mut partitions: Vec<PartitionInfo> = found
            .partitions()
            .iter()
            .map(|p| PartitionInfo {
                id: p.id(),
                leader: p.leader(),
                replicas: p.replicas().iter().map(|&b| (b, b == p.leader(), p.isr().contains(&b))).collect(),
            })
            .collect();
        partitions.sort_by_key(|p| p.id);
        Ok(partitions)
    }

    /// Partition ids of a topic for produce-time checks, from a cache at
    /// most [`METADATA_MAX_AGE`] old; 40401 when the topic does not exist.
    async fn partition_ids(&self, topic: &str) -> Result<Vec<i32>, ProxyError> {
        let cached = self.partition_cache.lock().unwrap_or_else(|e| e.into_inner()).get(topic).cloned();
        if let Some((at, ids)) = cached
            && at.elapsed() < METADATA_MAX_AGE
        {
            return Ok(ids);
        }
        let ids: Vec<i32> = self.partitions(topic).await?.iter().map(|p| p.id).collect();
        self.partition_cache.lock().unwrap_or_else(|e| e.into_inner()).insert(topic.to_owned(), (Instant::now(), ids.clone()));
        Ok(ids)
    }

    /// Checks that a partition exists, against metadata at most 5 s old;
    /// 40401 / 40402 when the topic or partition is unknown.
    pub async fn check_partition(&self, topic: &str, partition: i32) -> Result<(), ProxyError> {
        if self.partition_ids(topic).await?.contains(&partition) {
            Ok(())
        } else {
            Err(ProxyError::PartitionNotFound(topic.to_owned(), partition))
        }
    }

    /// One partition; 40401 / 40402 when the topic or partition is unknown.
    pub async fn partition(&self, topic: &str, partition: i32) -> Result<PartitionInfo, ProxyError> {
        self.partitions(topic)
            .await?
            .into_iter()
            .find(|p| p.id == partition)
            .ok_or_else(|| ProxyError::PartitionNotFound(topic.to_owned(), partition))
    }

    /// A topic with its configs and partitions.
    pub async fn topic(&self, topic: &str) -> Result<TopicInfo, ProxyError> {
        let partitions = self.partitions(topic).await?;
        let options = AdminOptions::new().request_timeout(Some(self.timeout));
        let resource = [&ResourceSpecifier::Topic(topic)];
        let described = crate::kafka_client::read_once_more(|| self.admin.describe_configs(resource, &options), crate::kafka_client::error_code)
            .await
            .map_err(kafka_error)?;
        let mut configs = BTreeMap::new();
        for resource in described.into_iter().flatten() {
            for entry in resource.entries {
                if let Some(value) = entry.value {
                    configs.insert(entry.name, value);
                }
            }
        }
        Ok(TopicInfo { name: topic.to_owned(), configs, partitions })
    }

    /// (beginning, end) offsets of a partition.
    pub async fn offsets(&self, topic: &str, partition: i32) -> Result<(i64, i64), ProxyError> {
        self.partition(topic, partition).await?;
        let producer = self.producer.clone();
        let (topic, timeout) = (topic.to_owned(), self.timeout);
        tokio::task::spawn_blocking(move || producer.client().fetch_watermarks(&topic, partition, timeout))
            .await
            .map_err(|e| ProxyError::Kafka(e.to_string()))?
            .map_err(kafka_error)
    }

    /// Offsets of `topic`'s `partitions` (all when empty), ascending by
    /// partition: `at` = `None` earliest, `Some(None)` latest, `Some(Some(ms))`
    /// the first record at or after that time (latest when there is none).
    pub async fn list_offsets(&self, topic: &str, partitions: &[i32], at: Option<Option<i64>>) -> Result<Vec<(i32, i64)>, ProxyError> {
        let known = self.partition_ids(topic).await?;
        let mut wanted: Vec<i32> = if partitions.is_empty() { known.clone() } else { partitions.to_vec() };
        wanted.sort_unstable();
        wanted.dedup();
        if let Some(bad) = wanted.iter().find(|p| !known.contains(p)) {
            return Err(ProxyError::PartitionNotFound(topic.to_owned(), *bad));
        }
        let lookup = self.lookup.clone();
        let (topic, timeout) = (topic.to_owned(), self.timeout);
        tokio::task::spawn_blocking(move || -> Result<Vec<(i32, i64)>, ProxyError> {
            let by_time = match at {
                Some(Some(ms)) => {
                    let mut list = rdkafka::TopicPartitionList::with_capacity(wanted.len());
                    for p in &wanted {
                        list.add_partition_offset(&topic, *p, rdkafka::Offset::Offset(ms)).map_err(kafka_error)?;
                    }
                    let found = lookup.offsets_for_times(list, timeout).map_err(kafka_error)?;
                    found.elements().iter().map(|e| (e.partition(), e.offset().to_raw())).collect::<BTreeMap<_, _>>()
                }
                _ => BTreeMap::new(),
            };
            let mut out = Vec::with_capacity(wanted.len());
            for p in wanted {
                let offset = match (at, by_time.get(&p)) {
                    (Some(Some(_)), Some(Some(o))) if *o >= 0 => *o,
                    _ => {
                        let (low, high) = lookup.fetch_watermarks(&topic, p, timeout).map_err(kafka_error)?;
                        if at.is_none() { low } else { high }
                    }
                };
                out.push((p, offset));
            }
            Ok(out)
        })
        .await
        .map_err(|e| ProxyError::Kafka(e.to_string()))?
    }

    /// Sends `records` to `topic` in order and waits for every
    /// acknowledgement. Checks the topic and every named partition first
    /// (40401 / 40402, against metadata at most 5 s old), so nothing is
    /// sent to a wrong place.
    pub async fn produce(&self, topic: &str, records: Vec<OutgoingRecord>) -> Result<Vec<Delivered>, ProxyError> {
        Ok(self.enqueue(topic, records).await?.wait().await)
    }

    /// Checks like [`Self::produce`], then hands every record to the
    /// producer in order (waiting for room while its queue is full) and
    /// returns without waiting for acknowledgements.
    pub async fn enqueue(&self, topic: &str, records: Vec<OutgoingRecord>) -> Result<PendingAcks, ProxyError> {
        self.enqueue_on(&self.producer, topic, records).await
    }

    /// [`Self::enqueue`] for the next batch of a produce stream.
    ///
    /// A stream's first batch goes to the request producer (short linger),
    /// and is acknowledged before this returns, so a stream of one batch
    /// (a single v3 record, one `ProduceStream` message) waits no longer
    /// than a produce request. Later batches go to the stream producer
    /// (made on first use), whose longer linger
    /// (`producer_stream_linger_ms`) sends records of many stream messages
    /// in one produce request. Records stay in order: nothing goes to the
    /// stream producer before the first batch is acknowledged.
    pub async fn enqueue_stream(&self, stream: &mut StreamBatching, topic: &str, records: Vec<OutgoingRecord>) -> Result<PendingAcks, ProxyError> {
        if !stream.started {
            let acks = self.enqueue_on(&self.producer, topic, records).await?.settled().await;
            stream.started = true;
            return Ok(acks);
        }
        let producer = self
            .stream_producer
            .get_or_try_init(|| async { self.stream_config.create_with_context(AckContext::default()).map_err(kafka_error) })
            .await?;
        self.enqueue_on(producer, topic, records).await
    }

    async fn enqueue_on(&self, producer: &ThreadedProducer<AckContext>, topic: &str, records: Vec<OutgoingRecord>) -> Result<PendingAcks, ProxyError> {
        let partitions = self.partition_ids(topic).await?;
        if let Some(bad) = records.iter().filter_map(|r| r.partition).find(|p| !partitions.contains(p)) {
            return Err(ProxyError::PartitionNotFound(topic.to_owned(), bad));
        }
        let deadline = Instant::now() + self.timeout;
        let bytes: usize = records.iter().map(|r| r.key.as_ref().map_or(0, Vec::len) + r.value.as_ref().map_or(0, Vec::len)).sum();
        let (mut enqueuing, pending) = producer.context().open(records.len(), topic, bytes as u64);
        for record in &records {
            let mut outgoing = BaseRecord::<[u8], [u8], usize>::with_opaque_to(topic, enqueuing.opaque());
            if !record.headers.is_empty() {
                let mut headers = OwnedHeaders::new_with_capacity(record.headers.len());
                for (key, value) in &record.headers {
                    headers = headers.insert(Header { key, value: Some(value) });
                }
                outgoing = outgoing.headers(headers);
            }
            if let Some(key) = &record.key {
                outgoing = outgoing.key(key);
            }
            if let Some(value) = &record.value {
                outgoing = outgoing.payload(value);
            }
            if let Some(partition) = record.partition {
                outgoing = outgoing.partition(partition);
            }
            if let Some(timestamp) = record.timestamp {
                outgoing = outgoing.timestamp(timestamp);
            }
            // Enqueue in order; wait for room while the local queue is full:
            // retry once with a wake-up armed, then wait for some batch to
            // complete (at most 10 ms: deliveries free room record by
            // record, before their batch completes).
            let mut room = None;
            loop {
                match producer.send(outgoing) {
                    Ok(()) => {
                        enqueuing.sent();
                        break;
                    }
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back)) if Instant::now() < deadline => {
                        outgoing = back;
                        match room.take() {
                            None => room = Some(Box::pin(producer.context().room_freed())),
                            Some(freed) => {
                                let _ = tokio::time::timeout(Duration::from_millis(10), freed).await;
                            }
                        }
                    }
                    Err((err, _)) => {
                        enqueuing.failed(err.to_string());
                        break;
                    }
                }
            }
        }
        Ok(pending)
    }
}

/// Whether `name` is a legal Kafka topic name: 1 to 249 of `[a-zA-Z0-9._-]`,
/// not `.` or `..` (Kafka `Topic.validate`).
pub fn legal_topic_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 249
        && name != "."
        && name != ".."
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}
