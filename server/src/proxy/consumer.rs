//! One REST v2 consumer instance: an rdkafka consumer in a group, with the
//! embedded format and read settings it was created with (Confluent
//! `KafkaConsumerState`, Karapace `ConsumerManager`).
//!
//! Offsets are stored only for records actually handed to the client, so
//! auto-commit and "commit everything consumed" never commit a record the
//! client has not seen. A record read past a request's `max_bytes`, and
//! every record from one that cannot be decoded on, is held back and
//! returned first by the next read ([`ConsumerInstance::settle`]).
//!
//! An instance prefetches only while it is *active* (see
//! [`super::fetch_slots`]): a parked instance has its partitions paused and
//! its queued prefetch freed, and fetches again from where its client
//! stopped reading once it is activated.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use futures_util::{FutureExt as _, StreamExt as _};
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};

use crate::ops::kafka_stats::ConsumerStats;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Headers, Message};
use rdkafka::{Offset, TopicPartitionList};

use super::error::ProxyError;
use super::read_budget::Reservation;
use super::records::EmbeddedFormat;

/// How long a read that has its `min_bytes` waits for the next record
/// before answering: longer than a refetch of the prefetch queue (librdkafka
/// fetches again 10 ms after it drains, `fetch.queue.backoff.ms`), so a
/// read keeps up with a backlog, and Karapace's shortest wait between its
/// fetches (50 ms) at most.
pub const FILL_GAP: Duration = Duration::from_millis(50);

/// Settings one instance was created with.
#[derive(Debug, Clone)]
pub struct InstanceSettings {
    /// Embedded format of its records.
    pub format: EmbeddedFormat,
    /// `earliest` or `latest`.
    pub auto_offset_reset: String,
    /// Whether consumed offsets are committed automatically.
    pub auto_commit: bool,
    /// Bytes after which a read returns early; negative: never.
    pub fetch_min_bytes: i64,
    /// Default read timeout, ms.
    pub request_timeout_ms: u64,
}

/// A record read from Kafka, owned.
#[derive(Debug, Clone)]
pub struct ConsumedRecord {
    /// Topic.
    pub topic: String,
    /// Partition.
    pub partition: i32,
    /// Offset.
    pub offset: i64,
    /// Timestamp, ms since the epoch, when the broker gave one.
    pub timestamp: Option<i64>,
    /// Key bytes; `None` for no key.
    pub key: Option<Vec<u8>>,
    /// Value bytes; `None` for a tombstone.
    pub value: Option<Vec<u8>>,
    /// Headers; a header without a value has an empty one.
    pub headers: Vec<(String, Vec<u8>)>,
}

impl ConsumedRecord {
    /// Key plus value bytes, Confluent's measure of a response's size.
    pub fn size(&self) -> usize {
        self.key.as_ref().map_or(0, Vec::len) + self.value.as_ref().map_or(0, Vec::len)
    }
}

/// How the instance gets its partitions.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    /// Neither subscribed nor assigned.
    Idle,
    /// Group-managed, by topic names or (`pattern`) a regular expression.
    Subscribed { topics: Vec<String>, pattern: bool },
    /// Manually assigned partitions.
    Assigned,
}

/// Mutable state, under one lock.
#[derive(Debug)]
struct State {
    mode: Mode,
    /// Records read but not yet returned (past `max_bytes`, or polled while
    /// parking), returned first by the next read.
    held: VecDeque<ConsumedRecord>,
    /// Offset of the last record returned, per partition.
    consumed: BTreeMap<(String, i32), i64>,
}

/// One consumer instance.
pub struct ConsumerInstance {
    /// Consumer group.
    pub group: String,
    /// Instance name.
    pub name: String,
    /// Creation settings.
    pub settings: InstanceSettings,
    /// With `rest_authorization`, the user who created it (only they may
    /// use it).
    pub owner: Option<String>,
    consumer: StreamConsumer<ConsumerStats>,
    state: Mutex<State>,
    /// Serializes the instance's operations (one request at a time).
    busy: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Whether its partitions are fetching (it holds a fetch slot).
    active: AtomicBool,
    last_used: Mutex<Instant>,
    timeout: Duration,
    /// `consumer <group>/<instance>` for `/livez`: busy while reading.
    beat: crate::ops::liveness::Beat,
    /// Counts the instance in `gregor_consumer_instances` while it lives.
    _open: OpenInstance,
}

/// One open instance in the metrics, from creation to drop.
#[derive(Debug)]
struct OpenInstance;

impl OpenInstance {
    fn new() -> Self {
        crate::ops::metrics::consumer_instances(1);
        Self
    }
}

impl Drop for OpenInstance {
    fn drop(&mut self) {
        crate::ops::metrics::consumer_instances(-1);
    }
}

impl std::fmt::Debug for ConsumerInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConsumerInstance").field("group", &self.group).field("name", &self.name).finish_non_exhaustive()
    }
}

fn kafka(err: KafkaError) -> ProxyError {
    ProxyError::Kafka(err.to_string())
}

/// The anchored librdkafka regex for a Java-style full-match pattern.
pub(crate) fn anchored(pattern: &str) -> String {
    let inner = pattern.strip_prefix('^').unwrap_or(pattern);
    let inner = inner.strip_suffix('$').unwrap_or(inner);
    format!("^({inner})$")
}

impl ConsumerInstance {
    /// Wraps a created `consumer`; `timeout` bounds broker round trips.
    pub fn new(group: String, name: String, settings: InstanceSettings, consumer: StreamConsumer<ConsumerStats>, timeout: Duration) -> Self {
        let (group_for_beat, name_for_beat) = (group.clone(), name.clone());
        Self {
            group,
            name,
            settings,
            owner: None,
            consumer,
            state: Mutex::new(State { mode: Mode::Idle, held: VecDeque::new(), consumed: BTreeMap::new() }),
            busy: std::sync::Arc::new(tokio::sync::Mutex::new(())),
            active: AtomicBool::new(false),
            last_used: Mutex::new(Instant::now()),
            timeout,
            beat: {
                let beat = crate::ops::liveness::register(format!("consumer {group}/{name}", group = &group_for_beat, name = &name_for_beat));
                beat.set_idle(true);
                beat
            },
            _open: OpenInstance::new(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Marks the instance used now (for the idle timeout).
    pub fn touch(&self) {
        *self.last_used.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }

    /// How long since the last request, if none is running now.
    pub fn idle_for(&self) -> Option<Duration> {
        let _guard = self.busy.try_lock().ok()?;
        Some(self.last_used.lock().unwrap_or_else(|e| e.into_inner()).elapsed())
    }

    /// Waits for the instance's other requests to finish.
    pub async fn lock(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.touch();
        self.busy.lock().await
    }

    /// The instance's request lock when no request holds it.
    pub(crate) fn try_lock_idle(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        self.busy.clone().try_lock_owned().ok()
    }

    /// Whether its partitions are fetching.
    pub(crate) fn is_active(&self) -> bool {
        self.active.load(Ordering::Acquire)
    }

    /// Lets its assigned partitions fetch again, from the position after
    /// the last record polled (librdkafka saved it when pausing).
    pub(crate) fn activate(&self) {
        self.active.store(true, Ordering::Release);
        if let Ok(list) = self.consumer.assignment()
            && list.count() > 0
        {
            let _ = self.consumer.resume(&list);
        }
    }

    /// Stops fetching and frees what was prefetched: pauses every assigned
    /// partition (which outdates its queued records) and polls the queue
    /// empty, so librdkafka destroys them. A record that still comes out
    /// (a partition assigned by a rebalance served in that poll) is held
    /// for the next read, and the new assignment paused too.
    pub(crate) fn park(&self) {
        self.active.store(false, Ordering::Release);
        self.pause_assigned();
        let mut polled = Vec::new();
        let mut messages = self.consumer.stream();
        while let Some(received) = messages.next().now_or_never().flatten() {
            if let Ok(message) = received {
                polled.push(owned(&message));
            }
        }
        drop(messages);
        self.pause_assigned();
        if !polled.is_empty() {
            self.state().held.extend(polled);
        }
    }

    fn pause_assigned(&self) {
        if let Ok(list) = self.consumer.assignment()
            && list.count() > 0
        {
            let _ = self.consumer.pause(&list);
        }
    }

    /// Subscribes to `topics`, or to the topics `pattern` matches in full.
    /// 40903 with neither or both, or when partitions are assigned.
    pub fn subscribe(&self, topics: Vec<String>, pattern: Option<String>) -> Result<(), ProxyError> {
        let mut state = self.state();
        if state.mode == Mode::Assigned {
            return Err(ProxyError::IllegalState(
                "Subscription to topics, partitions and pattern are mutually exclusive: the instance has assigned partitions"
                    .to_owned(),
            ));
        }
        let (names, shown, is_pattern) = match (topics.is_empty(), pattern) {
            (false, None) => (topics.clone(), topics, false),
            (true, Some(pattern)) if !pattern.is_empty() => (vec![anchored(&pattern)], vec![pattern], true),
            (true, _) => return Err(ProxyError::IllegalState("Neither topic_pattern nor topics are present in request".to_owned())),
            (false, Some(_)) => {
                return Err(ProxyError::IllegalState(
                    "Subscription to topics, partitions and pattern are mutually exclusive: give topics or topic_pattern".to_owned(),
                ));
            }
        };
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        self.consumer.subscribe(&refs).map_err(|e| ProxyError::IllegalState(e.to_string()))?;
        state.mode = Mode::Subscribed { topics: shown, pattern: is_pattern };
        state.held.clear();
        Ok(())
    }

    /// Topic names (or the pattern) subscribed to.
    pub fn subscription(&self) -> Vec<String> {
        match &self.state().mode {
            Mode::Subscribed { topics, .. } => topics.clone(),
            _ => Vec::new(),
        }
    }

    /// Drops the subscription (and leaves the group's assignment).
    pub fn unsubscribe(&self) {
        let mut state = self.state();
        if matches!(state.mode, Mode::Subscribed { .. }) {
            self.consumer.unsubscribe();
            state.mode = Mode::Idle;
            state.held.clear();
        }
    }

    /// Assigns `partitions` manually (an empty list clears the assignment).
    /// 40903 when subscribed.
    pub fn assign(&self, partitions: &[(String, i32)]) -> Result<(), ProxyError> {
        let mut state = self.state();
        if matches!(state.mode, Mode::Subscribed { .. }) {
            return Err(ProxyError::IllegalState(
                "Subscription to topics, partitions and pattern are mutually exclusive: the instance is subscribed".to_owned(),
            ));
        }
        let mut list = TopicPartitionList::with_capacity(partitions.len());
        for (topic, partition) in partitions {
            list.add_partition(topic, *partition);
        }
        self.consumer.assign(&list).map_err(kafka)?;
        if !self.is_active() && !partitions.is_empty() {
            // Parked: no prefetch until the next read activates it.
            let _ = self.consumer.pause(&list);
        }
        state.mode = if partitions.is_empty() { Mode::Idle } else { Mode::Assigned };
        state.held.clear();
        Ok(())
    }

    /// The partitions currently assigned (manually or by the group).
    pub fn assignment(&self) -> Result<Vec<(String, i32)>, ProxyError> {
        let list = self.consumer.assignment().map_err(kafka)?;
        let mut out: Vec<(String, i32)> = list.elements().iter().map(|e| (e.topic().to_owned(), e.partition())).collect();
        out.sort();
        Ok(out)
    }

    /// Moves the read position of assigned partitions. 40903 for a
    /// partition not assigned to the instance.
    pub async fn seek(&self, targets: Vec<(String, i32, Offset)>) -> Result<(), ProxyError> {
        if targets.is_empty() {
            return Ok(());
        }
        self.check_assigned(targets.iter().map(|(t, p, _)| (t.as_str(), *p)))?;
        let mut list = TopicPartitionList::with_capacity(targets.len());
        for (topic, partition, offset) in &targets {
            list.add_partition_offset(topic, *partition, *offset).map_err(kafka)?;
        }
        {
            let mut state = self.state();
            state.held.retain(|h| !targets.iter().any(|(t, p, _)| *t == h.topic && *p == h.partition));
        }
        // librdkafka refuses to seek a partition whose fetcher has not
        // started yet (just assigned, or assigned while parked) with
        // "Erroneous state", or "Outdated" when the assignment's own start
        // overtakes the seek. An assigned instance then takes the offsets
        // with a new assignment; a subscribed one tries again until the
        // group's fetcher is up, within the request timeout.
        let deadline = Instant::now() + self.timeout;
        loop {
            let result = self.consumer.seek_partitions(list, self.timeout).map_err(kafka)?;
            let mut retry = TopicPartitionList::new();
            for element in result.elements() {
                match element.error() {
                    Ok(()) => {}
                    Err(KafkaError::OffsetFetch(RDKafkaErrorCode::State | RDKafkaErrorCode::Outdated)) => {
                        let target = targets.iter().find(|(t, p, _)| *t == element.topic() && *p == element.partition());
                        if let Some((topic, partition, offset)) = target {
                            retry.add_partition_offset(topic, *partition, *offset).map_err(kafka)?;
                        }
                    }
                    Err(err) => {
                        return Err(ProxyError::IllegalState(format!(
                            "Cannot seek partition {}-{}: {err}",
                            element.topic(),
                            element.partition()
                        )));
                    }
                }
            }
            if retry.count() == 0 {
                return Ok(());
            }
            if self.state().mode == Mode::Assigned {
                return self.reassign_at(&retry);
            }
            if Instant::now() >= deadline {
                return Err(ProxyError::IllegalState("Cannot seek: the partitions are not fetching yet; try again".to_owned()));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
            list = retry;
        }
    }

    /// Assigns the instance's partitions again, those in `targets` at their
    /// offsets and the others at their current position (their committed
    /// offset or the reset policy when they have none yet); paused again
    /// when the instance is parked.
    fn reassign_at(&self, targets: &TopicPartitionList) -> Result<(), ProxyError> {
        let current = self.consumer.position().map_err(kafka)?;
        let mut list = TopicPartitionList::with_capacity(current.count());
        for element in current.elements() {
            let offset = targets.find_partition(element.topic(), element.partition()).map_or(element.offset(), |t| t.offset());
            list.add_partition_offset(element.topic(), element.partition(), offset).map_err(kafka)?;
        }
        self.consumer.assign(&list).map_err(kafka)?;
        if !self.is_active() && list.count() > 0 {
            let _ = self.consumer.pause(&list);
        }
        Ok(())
    }

    /// 40903 for the first of `partitions` not assigned to the instance.
    pub fn check_assigned<'a>(&self, mut partitions: impl Iterator<Item = (&'a str, i32)>) -> Result<(), ProxyError> {
        let assigned = self.assignment()?;
        match partitions.find(|(t, p)| !assigned.iter().any(|(at, ap)| at == t && ap == p)) {
            Some((topic, partition)) => Err(ProxyError::IllegalState(format!("No current assignment for partition {topic}-{partition}"))),
            None => Ok(()),
        }
    }

    /// The offset of the first record at or after `timestamp` (ms) for each
    /// partition; `Offset::End` when there is none.
    pub fn offsets_for_times(&self, targets: &[(String, i32, i64)]) -> Result<Vec<(String, i32, Offset)>, ProxyError> {
        let mut list = TopicPartitionList::with_capacity(targets.len());
        for (topic, partition, timestamp) in targets {
            list.add_partition_offset(topic, *partition, Offset::Offset(*timestamp)).map_err(kafka)?;
        }
        let found = self.consumer.offsets_for_times(list, self.timeout).map_err(kafka)?;
        Ok(found
            .elements()
            .iter()
            .map(|e| {
                let offset = match e.offset() {
                    Offset::Offset(o) if o >= 0 => Offset::Offset(o),
                    _ => Offset::End,
                };
                (e.topic().to_owned(), e.partition(), offset)
            })
            .collect())
    }

    /// Reads records: returns once more than `min_bytes` (key + value
    /// bytes; negative: never) are gathered and nothing more is buffered,
    /// before `max_bytes` would be exceeded, or at `timeout`.
    ///
    /// Once `min_bytes` are gathered and the prefetched records are taken,
    /// a read that has fetched records goes on while more keep arriving
    /// within [`FILL_GAP`] (as
    /// Karapace's fetch loop does), so a backlog comes back in responses of
    /// up to `max_bytes`; each record is charged to `reservation`
    /// ([`super::read_budget`]) and the read ends where the shared budget
    /// does.
    pub async fn read(&self, timeout: Duration, max_bytes: usize, min_bytes: i64, reservation: &mut Reservation) -> Result<Vec<ConsumedRecord>, ProxyError> {
        // Busy (judged by `/livez`) while reading; progress when done.
        self.beat.set_idle(false);
        let result = self.read_records(timeout, max_bytes, min_bytes, reservation).await;
        self.beat.beat();
        self.beat.set_idle(true);
        if let Ok(records) = &result {
            let bytes: usize = records.iter().map(ConsumedRecord::size).sum();
            crate::ops::metrics::consumed(&self.group, records.len() as u64, bytes as u64);
            self.report_lag();
        }
        result
    }

    /// Reports the instance's lag after a read: per assigned partition
    /// with a position, the high watermark librdkafka last saw (no broker
    /// request) less the position, plus the records read but held back for
    /// the next read. Partitions not yet read from are left out.
    fn report_lag(&self) {
        let Ok(positions) = self.consumer.position() else { return };
        let state = self.state();
        let mut lag = None;
        for element in positions.elements() {
            let Offset::Offset(position) = element.offset() else { continue };
            let Some((_, high)) = crate::admin::ffi::cached_watermarks(self.consumer.client(), element.topic(), element.partition()) else { continue };
            let held = state.held.iter().filter(|r| r.partition == element.partition() && r.topic == element.topic()).count();
            *lag.get_or_insert(0) += (high - position).max(0) + i64::try_from(held).unwrap_or(i64::MAX);
        }
        drop(state);
        if let Some(lag) = lag {
            self.consumer.context().report_lag(lag);
        }
    }

    async fn read_records(&self, timeout: Duration, max_bytes: usize, min_bytes: i64, reservation: &mut Reservation) -> Result<Vec<ConsumedRecord>, ProxyError> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut records: Vec<ConsumedRecord> = Vec::new();
        let mut bytes = 0usize;
        let satisfied = |records: &[ConsumedRecord], bytes: usize| {
            !records.is_empty() && u64::try_from(min_bytes).is_ok_and(|min| bytes as u64 >= min)
        };
        let mut held = std::mem::take(&mut self.state().held);
        let mut failure = None;
        // Whether a record came from Kafka in this read (not only held ones).
        let mut fetched = false;
        // One message stream for the whole read (each `recv` registers a waker anew).
        let mut messages = self.consumer.stream();
        loop {
            let record = match held.pop_front() {
                Some(record) => record,
                None => {
                    let received = if satisfied(&records, bytes) {
                        // What is already buffered (one poll, no timer),
                        // then what arrives within the fill gap.
                        match messages.next().now_or_never().flatten() {
                            Some(received) => received,
                            // Only held records so far (an instance just
                            // activated has nothing prefetched): answer.
                            None if !fetched => break,
                            None => {
                                let gap = (tokio::time::Instant::now() + FILL_GAP).min(deadline);
                                match tokio::time::timeout_at(gap, messages.next()).await {
                                    Ok(Some(received)) => received,
                                    Ok(None) | Err(_) => break,
                                }
                            }
                        }
                    } else {
                        match tokio::time::timeout_at(deadline, messages.next()).await {
                            Ok(Some(received)) => received,
                            Ok(None) | Err(_) => break,
                        }
                    };
                    match received {
                        Ok(message) => {
                            fetched = true;
                            owned(&message)
                        }
                        Err(KafkaError::MessageConsumption(RDKafkaErrorCode::UnknownTopicOrPartition)) => {
                            failure = Some(ProxyError::UnknownTopicOrPartition(
                                "a subscribed or assigned topic or partition does not exist".to_owned(),
                            ));
                            break;
                        }
                        Err(err) => {
                            tracing::debug!(instance = self.name, error = %err, "consumer error while reading");
                            continue;
                        }
                    }
                }
            };
            let size = record.size();
            // The first record goes out whatever the budget says, so every
            // read makes progress.
            if (bytes + size >= max_bytes || !reservation.charge(size)) && !records.is_empty() {
                held.push_front(record);
                break;
            }
            bytes += size;
            records.push(record);
            if bytes >= max_bytes {
                break;
            }
        }
        if let Some(err) = failure {
            // Nothing is returned: what was read comes first next time.
            records.extend(held);
            self.state().held = records.into();
            return Err(err);
        }
        self.state().held = held;
        Ok(records)
    }

    /// Settles a [`read`](Self::read): `delivered` records (the last
    /// offset of each partition, [`last_offsets`]) reached the client, so
    /// their offsets are stored (for auto-commit and "commit
    /// everything consumed"); `undelivered` ones (from the first record that
    /// could not be decoded on) are held and come first on the next read,
    /// so the position stays at them until the client seeks past.
    pub fn settle(&self, delivered: Vec<(String, i32, i64)>, undelivered: Vec<ConsumedRecord>) {
        let mut state = self.state();
        if !undelivered.is_empty() {
            let mut held: VecDeque<ConsumedRecord> = undelivered.into();
            held.extend(state.held.drain(..));
            state.held = held;
        }
        for (topic, partition, offset) in delivered {
            // Fails only for a partition revoked since; its next owner re-reads.
            let _ = self.consumer.store_offset(&topic, partition, offset);
            state.consumed.insert((topic, partition), offset);
        }
    }

    /// Commits `offsets` (the next offset to read, per partition), or with
    /// `None` every record returned so far. Returns (topic, partition,
    /// consumed, committed) per partition committed.
    pub fn commit(&self, offsets: Option<Vec<(String, i32, i64)>>, asynchronous: bool) -> Result<Vec<(String, i32, i64, i64)>, ProxyError> {
        let mode = if asynchronous { CommitMode::Async } else { CommitMode::Sync };
        let committed: Vec<(String, i32, i64, i64)> = match offsets {
            Some(offsets) => {
                let mut list = TopicPartitionList::with_capacity(offsets.len());
                for (topic, partition, next) in &offsets {
                    list.add_partition_offset(topic, *partition, Offset::Offset(*next)).map_err(kafka)?;
                }
                self.consumer.commit(&list, mode).map_err(kafka)?;
                offsets.into_iter().map(|(t, p, next)| (t, p, next - 1, next)).collect()
            }
            None => {
                let consumed: Vec<_> = self.state().consumed.iter().map(|((t, p), o)| (t.clone(), *p, *o, o + 1)).collect();
                if consumed.is_empty() {
                    return Ok(Vec::new());
                }
                match self.consumer.commit_consumer_state(mode) {
                    // Nothing stored since the last commit.
                    Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                    Err(err) => return Err(kafka(err)),
                }
                consumed
            }
        };
        Ok(committed)
    }

    /// The group's committed offsets for `partitions`; partitions without
    /// one are left out.
    pub fn committed(&self, partitions: &[(String, i32)]) -> Result<Vec<(String, i32, i64, String)>, ProxyError> {
        let mut list = TopicPartitionList::with_capacity(partitions.len());
        for (topic, partition) in partitions {
            list.add_partition(topic, *partition);
        }
        let found = self.consumer.committed_offsets(list, self.timeout).map_err(kafka)?;
        Ok(found
            .elements()
            .iter()
            .filter_map(|e| match e.offset() {
                Offset::Offset(o) => Some((e.topic().to_owned(), e.partition(), o, e.metadata().to_owned())),
                _ => None,
            })
            .collect())
    }

    /// Leaves the group and closes the consumer (blocks up to the session
    /// timeout; call off the async runtime).
    pub fn close(self) {
        if matches!(self.state().mode, Mode::Subscribed { .. }) {
            self.consumer.unsubscribe();
        }
        drop(self.consumer);
    }
}

/// The last offset of each (topic, partition) of `records` (topic,
/// partition, offset), in the order partitions first appear: what to store
/// once per partition rather than per record (each store costs librdkafka
/// a topic-handle lookup).
pub(crate) fn last_offsets<'a>(records: impl IntoIterator<Item = (&'a str, i32, i64)>) -> Vec<(String, i32, i64)> {
    let mut last: Vec<(&str, i32, i64)> = Vec::new();
    for (topic, partition, offset) in records {
        match last.iter_mut().find(|(t, p, _)| *p == partition && *t == topic) {
            Some(entry) => entry.2 = entry.2.max(offset),
            None => last.push((topic, partition, offset)),
        }
    }
    last.into_iter().map(|(t, p, o)| (t.to_owned(), p, o)).collect()
}

/// [`last_offsets`] of owned records.
pub(crate) fn last_record_offsets(records: &[ConsumedRecord]) -> Vec<(String, i32, i64)> {
    last_offsets(records.iter().map(|r| (r.topic.as_str(), r.partition, r.offset)))
}

/// An owned copy of a message.
pub(crate) fn owned<M: Message>(message: &M) -> ConsumedRecord {
    let headers = message
        .headers()
        .map(|headers| headers.iter().map(|h| (h.key.to_owned(), h.value.map(<[u8]>::to_vec).unwrap_or_default())).collect())
        .unwrap_or_default();
    ConsumedRecord {
        topic: message.topic().to_owned(),
        partition: message.partition(),
        offset: message.offset(),
        timestamp: message.timestamp().to_millis(),
        key: message.key().map(<[u8]>::to_vec),
        value: message.payload().map(<[u8]>::to_vec),
        headers,
    }
}

/// Milliseconds since the epoch of an RFC 3339 date-time
/// (`2024-01-31T12:00:00.250Z`, `...+02:00`), as Confluent's seek-by-time
/// bodies carry them; `None` when it does not parse.
pub fn rfc3339_millis(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', 't', ' '])?;
    let mut parts = date.splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (clock, offset_minutes) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, 0)
    } else {
        let at = time.rfind(['+', '-'])?;
        let (clock, zone) = time.split_at(at);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let (h, m) = zone[1..].split_once(':')?;
        (clock, sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?))
    };
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
    let mut hms = hms.splitn(3, ':');
    let hour: i64 = hms.next()?.parse().ok()?;
    let minute: i64 = hms.next()?.parse().ok()?;
    let second: i64 = hms.next()?.parse().ok()?;
    let millis: i64 = if fraction.is_empty() {
        0
    } else {
        let digits: String = fraction.chars().chain(std::iter::repeat('0')).take(3).collect();
        digits.parse().ok()?
    };
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + hour) * 60 + minute - offset_minutes) * 60_000 + second * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339() {
        assert_eq!(rfc3339_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(rfc3339_millis("2024-02-29T12:30:15.250Z"), Some(1_709_209_815_250));
        assert_eq!(rfc3339_millis("2024-02-29T14:30:15.25+02:00"), Some(1_709_209_815_250));
        assert_eq!(rfc3339_millis("yesterday"), None);
    }

    #[test]
    fn last_offsets_per_partition_in_first_seen_order() {
        let record = |topic: &str, partition, offset| ConsumedRecord {
            topic: topic.to_owned(),
            partition,
            offset,
            timestamp: None,
            key: None,
            value: None,
            headers: Vec::new(),
        };
        let records = [record("b", 1, 5), record("a", 0, 7), record("b", 1, 6), record("b", 0, 2), record("a", 0, 8)];
        assert_eq!(
            last_record_offsets(&records),
            [("b".to_owned(), 1, 6), ("a".to_owned(), 0, 8), ("b".to_owned(), 0, 2)]
        );
        assert!(last_record_offsets(&[]).is_empty());
    }

    #[test]
    fn anchors_patterns_for_a_full_match() {
        assert_eq!(anchored("orders-.*"), "^(orders-.*)$");
        assert_eq!(anchored("^a|b$"), "^(a|b)$");
    }
}
