//! The REST v2 consumer instances of this process (Confluent
//! `KafkaConsumerManager`): created, looked up by (group, name), closed on
//! delete or after `consumer_idle_disconnect_timeout` without requests, and
//! capped at `consumer_max_instances`.
//!
//! Each instance is an rdkafka consumer whose prefetch queue is bounded
//! ([`bound_prefetch`]), so memory grows with the number of instances by
//! about that bound, not by librdkafka's 64 MiB default.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use rdkafka::ClientConfig;
use rdkafka::consumer::StreamConsumer;

use crate::ops::kafka_stats::ConsumerStats;

use super::consumer::{ConsumedRecord, ConsumerInstance, InstanceSettings};
use super::error::ProxyError;
use super::fetch_slots::FetchSlots;
use super::read_budget::{ReadBudget, Reservation};
use super::records::EmbeddedFormat;

/// Consumer settings shared by every instance (Karapace's REST keys, §4.1).
#[derive(Debug, Clone)]
pub struct ConsumerSettings {
    /// `bootstrap.servers`.
    pub bootstrap: String,
    /// `client.id` prefix.
    pub client_id: String,
    /// Extra librdkafka properties (security), applied last.
    pub extra: Vec<(String, String)>,
    /// `session.timeout.ms` of the group members.
    pub session_timeout_ms: u64,
    /// Default `consumer.request.timeout.ms`: read timeout, ms.
    pub request_timeout_ms: u64,
    /// Default and largest `max_bytes` of a read, bytes.
    pub request_max_bytes: usize,
    /// Default `fetch.min.bytes`.
    pub fetch_min_bytes: i64,
    /// Default `auto.commit.enable`.
    pub enable_auto_commit: bool,
    /// Prefetch bound per consumer, KiB (see [`bound_prefetch`]).
    pub queue_max_kbytes: usize,
    /// Prefetch bound of a gRPC consume stream, KiB.
    pub stream_queue_max_kbytes: usize,
    /// Instances that prefetch at once ([`FetchSlots`]).
    pub fetching_instances: usize,
    /// What reads being answered may gather past their prefetch bound, all
    /// together, KiB ([`ReadBudget`]).
    pub read_budget_kbytes: usize,
    /// Most instances at once; more get 42901.
    pub max_instances: usize,
    /// Close instances idle this long; `None`: never.
    pub idle_timeout: Option<Duration>,
    /// Prefix of `base_uri` (`http://host:port/`).
    pub base_uri: String,
    /// Bound on one broker round trip (commit, committed offsets), ms.
    pub kafka_timeout_ms: u64,
}

/// What a client gives when creating an instance; `None` takes the default.
#[derive(Debug, Clone, Default)]
pub struct CreateInstance {
    /// Instance name (a UUID when absent).
    pub name: Option<String>,
    /// `binary`, `json`, `avro`, `jsonschema` or `protobuf`.
    pub format: Option<String>,
    /// `earliest` or `latest`.
    pub auto_offset_reset: Option<String>,
    /// Auto-commit.
    pub auto_commit: Option<bool>,
    /// Early-return threshold in bytes; -1: never.
    pub fetch_min_bytes: Option<i64>,
    /// Default read timeout, ms.
    pub request_timeout_ms: Option<i64>,
}

/// The instances of this process.
#[derive(Debug)]
pub struct ConsumerManager {
    settings: ConsumerSettings,
    instances: Mutex<HashMap<(String, String), Arc<ConsumerInstance>>>,
    slots: FetchSlots,
    /// What reads gather past their prefetch bound ([`ReadBudget`]).
    budget: ReadBudget,
}

impl ConsumerManager {
    /// An empty manager; with an idle timeout, a task closes idle instances.
    pub fn new(settings: ConsumerSettings) -> Arc<Self> {
        let slots = FetchSlots::new(settings.fetching_instances);
        let budget = ReadBudget::new(settings.read_budget_kbytes);
        let manager = Arc::new(Self { settings, instances: Mutex::new(HashMap::new()), slots, budget });
        if let Some(idle) = manager.settings.idle_timeout {
            let weak = Arc::downgrade(&manager);
            tokio::spawn(reap(weak, idle));
        }
        manager
    }

    /// The shared settings.
    pub fn settings(&self) -> &ConsumerSettings {
        &self.settings
    }

    fn instances(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Arc<ConsumerInstance>>> {
        self.instances.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Creates an instance in `group`; returns it and its `base_uri`.
    /// 40902 when the name is taken, 42204 for bad settings, 42901 at the cap.
    /// `user`: with `rest_authorization`, the settings with the creator's
    /// credentials, and the creator's name, which owns the instance.
    pub fn create(&self, group: &str, request: CreateInstance, user: Option<(ConsumerSettings, String)>) -> Result<(Arc<ConsumerInstance>, String), ProxyError> {
        let invalid = ProxyError::InvalidConsumerConfig;
        let format = match request.format.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("binary") => EmbeddedFormat::Binary,
            Some("json") => EmbeddedFormat::Json,
            Some("avro") => EmbeddedFormat::Avro,
            Some("jsonschema") => EmbeddedFormat::JsonSchema,
            Some("protobuf") => EmbeddedFormat::Protobuf,
            Some(other) => return Err(invalid(format!("Invalid format type {other}: must be one of binary, json, avro, jsonschema, protobuf"))),
        };
        let auto_offset_reset = match request.auto_offset_reset.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("earliest") | Some("smallest") => "earliest",
            Some("latest") | Some("largest") => "latest",
            Some(other) => {
                return Err(invalid(format!(
                    "Invalid value {other} for configuration auto.offset.reset: String must be one of: latest, earliest"
                )));
            }
        };
        let fetch_min_bytes = request.fetch_min_bytes.unwrap_or(self.settings.fetch_min_bytes);
        if fetch_min_bytes < -1 {
            return Err(invalid("Expected fetch.min.bytes to be >= -1".to_owned()));
        }
        let request_timeout_ms = match request.request_timeout_ms {
            None => self.settings.request_timeout_ms,
            Some(ms) => u64::try_from(ms).map_err(|_| invalid("consumer.request.timeout.ms must be >= 0".to_owned()))?,
        };
        let name = request.name.filter(|n| !n.is_empty()).unwrap_or_else(new_name);
        if name.contains('/') {
            return Err(invalid(format!("Invalid consumer instance name {name}: '/' is not allowed")));
        }
        // Kafka clients pass these names to librdkafka as C strings.
        for (what, text) in [("consumer group", group), ("consumer instance name", name.as_str())] {
            if text.chars().any(char::is_control) {
                return Err(invalid(format!("Invalid {what} {text:?}: control characters are not allowed")));
            }
        }
        let settings = InstanceSettings {
            format,
            auto_offset_reset: auto_offset_reset.to_owned(),
            auto_commit: request.auto_commit.unwrap_or(self.settings.enable_auto_commit),
            fetch_min_bytes,
            request_timeout_ms,
        };
        let key = (group.to_owned(), name.clone());
        let mut instances = self.instances();
        if instances.contains_key(&key) {
            return Err(ProxyError::ConsumerExists(name));
        }
        if instances.len() >= self.settings.max_instances {
            return Err(ProxyError::TooManyConsumers(self.settings.max_instances));
        }
        let (settings_for, owner) = match &user {
            Some((settings, owner)) => (settings, Some(owner.clone())),
            None => (&self.settings, None),
        };
        let consumer = consumer_config(settings_for, self.settings.queue_max_kbytes, group, &format!("rest-consumer-{name}"), settings.auto_commit, &settings.auto_offset_reset)
            .create_with_context::<_, StreamConsumer<ConsumerStats>>(ConsumerStats::new(group, &name))
            .map_err(|e| invalid(e.to_string()))?;
        let mut instance = ConsumerInstance::new(
            group.to_owned(),
            name.clone(),
            settings,
            consumer,
            Duration::from_millis(self.settings.kafka_timeout_ms),
        );
        instance.owner = owner;
        let instance = Arc::new(instance);
        instances.insert(key, instance.clone());
        let base_uri = format!("{}consumers/{}/instances/{}", self.settings.base_uri, crate::http_client::path_segment(group), crate::http_client::path_segment(&name));
        tracing::info!(group, instance = name, "consumer instance created");
        Ok((instance, base_uri))
    }

    /// The instance (group, name), marked used; 40403 when unknown.
    pub fn get(&self, group: &str, name: &str) -> Result<Arc<ConsumerInstance>, ProxyError> {
        let instance = self
            .instances()
            .get(&(group.to_owned(), name.to_owned()))
            .cloned()
            .ok_or_else(|| ProxyError::ConsumerNotFound(group.to_owned(), name.to_owned()))?;
        instance.touch();
        Ok(instance)
    }

    /// Reads records from `instance` (its request lock held: see
    /// [`ConsumerInstance::lock`]) once it holds a fetch slot; no records
    /// when none comes free within `timeout`. Returns them with what they
    /// hold of the read budget: keep it until the response is built.
    pub async fn read(
        &self,
        instance: &Arc<ConsumerInstance>,
        timeout: Duration,
        max_bytes: usize,
        min_bytes: i64,
    ) -> Result<(Vec<ConsumedRecord>, Reservation), ProxyError> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut reservation = self.budget.reservation(self.settings.queue_max_kbytes * 1024);
        if !self.slots.enter(instance, deadline).await {
            return Ok((Vec::new(), reservation));
        }
        let read = instance.read(deadline.saturating_duration_since(tokio::time::Instant::now()), max_bytes, min_bytes, &mut reservation).await;
        self.slots.done();
        read.map(|records| (records, reservation))
    }

    /// Removes and closes an instance; 40403 when unknown. Returns once it
    /// has left its group.
    pub async fn delete(&self, group: &str, name: &str) -> Result<(), ProxyError> {
        let instance = self
            .instances()
            .remove(&(group.to_owned(), name.to_owned()))
            .ok_or_else(|| ProxyError::ConsumerNotFound(group.to_owned(), name.to_owned()))?;
        // Wait for a request in flight, then close off the runtime.
        drop(instance.lock().await);
        self.slots.remove(&instance);
        close(instance).await;
        tracing::info!(group, instance = name, "consumer instance deleted");
        Ok(())
    }

    /// Closes every instance (at shutdown).
    pub async fn close_all(&self) {
        let all: Vec<_> = self.instances().drain().map(|(_, v)| v).collect();
        for instance in all {
            self.slots.remove(&instance);
            close(instance).await;
        }
    }
}

/// Bounds what librdkafka prefetches for one consumer: `kbytes` of
/// payload (`queued.max.messages.kbytes`, and fetches of that size), and a
/// message count of ten per KiB, because each queued message also costs a
/// few hundred bytes of bookkeeping (with 100-byte records that, not the
/// payload, dominated: ~12 MiB per consumer at a 1 MiB bound). The queue
/// may exceed the bound by one fetch. Once it is reached, fetching resumes
/// 10 ms after the queue drains below it (librdkafka's default backoff of
/// 1 s capped a reader at ~18k records/s).
pub fn bound_prefetch(config: &mut ClientConfig, kbytes: usize) {
    let kbytes = kbytes.max(64);
    let bytes = (kbytes * 1024).to_string();
    config
        .set("queued.max.messages.kbytes", kbytes.to_string())
        .set("queued.min.messages", (kbytes * 10).to_string())
        .set("fetch.max.bytes", &bytes)
        .set("fetch.message.max.bytes", &bytes)
        .set("message.max.bytes", &bytes)
        .set("fetch.wait.max.ms", "100")
        .set("fetch.queue.backoff.ms", "10")
        .set("topic.metadata.refresh.interval.ms", "10000");
}

/// librdkafka settings of a group member: offsets stored by Gregor only
/// for records handed out (`enable.auto.offset.store=false`), prefetch
/// bounded to `queue_kbytes` by [`bound_prefetch`], heartbeats at a tenth
/// of the session.
pub fn consumer_config(settings: &ConsumerSettings, queue_kbytes: usize, group: &str, client_suffix: &str, auto_commit: bool, auto_offset_reset: &str) -> ClientConfig {
    let session = settings.session_timeout_ms.max(1000);
    let mut config = crate::kafka_client::client_config(&settings.bootstrap);
    config
        .set("group.id", group)
        .set("client.id", format!("{}-{client_suffix}", settings.client_id))
        .set("allow.auto.create.topics", "false")
        .set("enable.auto.commit", auto_commit.to_string())
        .set("enable.auto.offset.store", "false")
        .set("auto.offset.reset", auto_offset_reset)
        .set("session.timeout.ms", session.to_string())
        .set("heartbeat.interval.ms", (session / 10).clamp(100, 3000).to_string());
    bound_prefetch(&mut config, queue_kbytes);
    for (key, value) in &settings.extra {
        config.set(key, value);
    }
    config
}

/// Closes an instance once no other reference holds it.
async fn close(instance: Arc<ConsumerInstance>) {
    let _ = tokio::task::spawn_blocking(move || {
        // A request that looked it up just before removal may still hold a
        // reference for a moment.
        let mut instance = instance;
        loop {
            match Arc::try_unwrap(instance) {
                Ok(owned) => return owned.close(),
                Err(shared) => {
                    instance = shared;
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
        }
    })
    .await;
}

/// Closes instances idle longer than `idle`, checking every second.
async fn reap(manager: Weak<ConsumerManager>, idle: Duration) {
    let mut tick = tokio::time::interval(Duration::from_secs(1).min(idle));
    loop {
        tick.tick().await;
        let Some(manager) = manager.upgrade() else { return };
        let expired: Vec<(String, String)> = manager
            .instances()
            .iter()
            .filter(|(_, i)| i.idle_for().is_some_and(|d| d >= idle))
            .map(|(k, _)| k.clone())
            .collect();
        for (group, name) in expired {
            tracing::info!(group, instance = name, idle_s = idle.as_secs(), "closing idle consumer instance");
            let _ = manager.delete(&group, &name).await;
        }
    }
}

fn new_name() -> String {
    uuid::Uuid::new_v4().to_string()
}

