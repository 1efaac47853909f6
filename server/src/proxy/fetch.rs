//! Group-less reads of one partition from an offset (gRPC `Fetch`), for
//! clients that keep their own positions.
//!
//! A fetch session (an rdkafka consumer assigned to the partition) is kept
//! between calls, so a client reading forward (`offset` = the last one + 1)
//! reuses its prefetched records instead of reconnecting; other offsets
//! re-assign the session. Sessions idle for a minute are closed, and at most
//! [`MAX_SESSIONS`] are kept.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

use super::consumer::{ConsumedRecord, owned};
use super::consumers::{ConsumerSettings, bound_prefetch};
use super::error::ProxyError;

/// Most fetch sessions kept between calls.
pub const MAX_SESSIONS: usize = 64;
/// Idle time after which a kept session is closed.
const SESSION_IDLE: Duration = Duration::from_secs(60);

struct Session {
    consumer: StreamConsumer,
    /// Offset the next record read will have.
    next: i64,
    /// Records read past the last call's `max_bytes`.
    held: VecDeque<ConsumedRecord>,
    used: Instant,
}

/// The fetch sessions of this process.
pub struct Fetcher {
    config: ClientConfig,
    sessions: Mutex<HashMap<(String, i32), Session>>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher").finish_non_exhaustive()
    }
}

impl Fetcher {
    /// A fetcher whose consumers use the shared consumer settings.
    pub fn new(settings: &ConsumerSettings) -> Self {
        let mut config = crate::kafka_client::client_config(&settings.bootstrap);
        config
            .set("group.id", format!("{}-fetch", settings.client_id))
            .set("client.id", format!("{}-fetch", settings.client_id))
            .set("allow.auto.create.topics", "false")
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false");
        bound_prefetch(&mut config, settings.queue_max_kbytes);
        for (key, value) in &settings.extra {
            config.set(key, value);
        }
        Self { config, sessions: Mutex::new(HashMap::new()) }
    }

    fn sessions(&self) -> std::sync::MutexGuard<'_, HashMap<(String, i32), Session>> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records of `topic`/`partition` from `offset`: waits up to `max_wait`
    /// for the first, then takes what is buffered up to `max_bytes` (key +
    /// value bytes; the first record always fits).
    pub async fn fetch(&self, topic: &str, partition: i32, offset: i64, max_bytes: usize, max_wait: Duration) -> Result<Vec<ConsumedRecord>, ProxyError> {
        let key = (topic.to_owned(), partition);
        let taken = self.sessions().remove(&key);
        let mut session = match taken {
            Some(session) if session.next == offset => session,
            Some(mut session) => {
                assign(&session.consumer, topic, partition, offset)?;
                session.next = offset;
                session.held.clear();
                session
            }
            None => {
                let consumer: StreamConsumer = self.config.create().map_err(|e| ProxyError::Kafka(e.to_string()))?;
                assign(&consumer, topic, partition, offset)?;
                Session { consumer, next: offset, held: VecDeque::new(), used: Instant::now() }
            }
        };
        let result = read(&mut session, max_bytes, max_wait).await;
        if let Ok(records) = &result {
            let bytes: usize = records.iter().map(ConsumedRecord::size).sum();
            crate::ops::metrics::consumed("", records.len() as u64, bytes as u64);
        }
        session.used = Instant::now();
        let stale: Vec<Session> = {
            let mut sessions = self.sessions();
            let expired: Vec<_> = sessions.iter().filter(|(_, s)| s.used.elapsed() > SESSION_IDLE).map(|(k, _)| k.clone()).collect();
            let mut stale: Vec<Session> = expired.into_iter().filter_map(|k| sessions.remove(&k)).collect();
            if sessions.len() >= MAX_SESSIONS
                && let Some(oldest) = sessions.iter().min_by_key(|(_, s)| s.used).map(|(k, _)| k.clone())
            {
                stale.extend(sessions.remove(&oldest));
            }
            sessions.insert(key, session);
            stale
        };
        if !stale.is_empty() {
            tokio::task::spawn_blocking(move || drop(stale));
        }
        result
    }
}

fn assign(consumer: &StreamConsumer, topic: &str, partition: i32, offset: i64) -> Result<(), ProxyError> {
    let mut list = TopicPartitionList::with_capacity(1);
    list.add_partition_offset(topic, partition, Offset::Offset(offset)).map_err(|e| ProxyError::Kafka(e.to_string()))?;
    consumer.assign(&list).map_err(|e| ProxyError::Kafka(e.to_string()))
}

async fn read(session: &mut Session, max_bytes: usize, max_wait: Duration) -> Result<Vec<ConsumedRecord>, ProxyError> {
    let mut out = Vec::new();
    let mut bytes = 0usize;
    let deadline = tokio::time::Instant::now() + max_wait;
    loop {
        let record = match session.held.pop_front() {
            Some(record) => record,
            None => {
                let wait = if out.is_empty() { deadline } else { tokio::time::Instant::now() };
                match tokio::time::timeout_at(wait, session.consumer.recv()).await {
                    Ok(Ok(message)) => owned(&message),
                    Ok(Err(rdkafka::error::KafkaError::MessageConsumption(rdkafka::types::RDKafkaErrorCode::UnknownTopicOrPartition))) => {
                        return Err(ProxyError::UnknownTopicOrPartition("the topic or partition does not exist".to_owned()));
                    }
                    Ok(Err(err)) => {
                        tracing::debug!(error = %err, "fetch consumer error");
                        continue;
                    }
                    Err(_) => break,
                }
            }
        };
        if record.offset < session.next {
            continue; // Before the requested offset (a compacted gap's predecessor).
        }
        let size = record.size();
        if !out.is_empty() && bytes + size > max_bytes {
            session.held.push_front(record);
            break;
        }
        bytes += size;
        session.next = record.offset + 1;
        out.push(record);
    }
    Ok(out)
}
