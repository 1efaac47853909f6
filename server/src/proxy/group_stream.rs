//! A consumer-group member for streaming consumers (gRPC `Subscribe` and
//! `Consume`): record batches and rebalance events from one rdkafka
//! consumer, with credit-based flow control mapped to pause/resume.
//!
//! [`GroupStream::next`] is cancellation safe: records received are kept
//! in the stream itself until handed out, so a `select!` that drops the
//! future loses nothing.

use std::collections::{BTreeSet, VecDeque};

use futures_util::{FutureExt as _, StreamExt as _};
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::{ClientContext, Offset, TopicPartitionList};
use tokio::sync::mpsc;

use super::consumer::{ConsumedRecord, owned};
use super::consumers::{ConsumerSettings, consumer_config};
use super::error::ProxyError;

/// A (topic, partition).
pub type PartitionKey = (String, i32);

/// What a stream yields.
#[derive(Debug)]
pub enum StreamEvent {
    /// Records, in offset order per partition.
    Records(Vec<ConsumedRecord>),
    /// Partitions assigned to this member.
    Assigned(Vec<PartitionKey>),
    /// Partitions revoked from this member.
    Revoked(Vec<PartitionKey>),
}

enum Change {
    Assigned(Vec<PartitionKey>),
    Revoked(Vec<PartitionKey>),
}

/// Forwards rebalances to the stream.
struct RebalanceContext {
    changes: mpsc::UnboundedSender<Change>,
}

fn keys(list: &TopicPartitionList) -> Vec<PartitionKey> {
    list.elements().iter().map(|e| (e.topic().to_owned(), e.partition())).collect()
}

impl ClientContext for RebalanceContext {}

impl ConsumerContext for RebalanceContext {
    fn post_rebalance(&self, _: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        let change = match rebalance {
            Rebalance::Assign(list) => Change::Assigned(keys(list)),
            Rebalance::Revoke(list) => Change::Revoked(keys(list)),
            Rebalance::Error(err) => {
                tracing::warn!(error = %err, "rebalance error");
                return;
            }
        };
        let _ = self.changes.send(change);
    }
}

/// What to consume and how.
#[derive(Debug, Clone)]
pub struct StreamOptions {
    /// Consumer group id.
    pub group: String,
    /// Topic names.
    pub topics: Vec<String>,
    /// A regular expression topic names must match in full.
    pub pattern: Option<String>,
    /// `earliest` or `latest`.
    pub auto_offset_reset: String,
    /// Commit stored offsets automatically.
    pub auto_commit: bool,
}

/// One group member.
pub struct GroupStream {
    consumer: StreamConsumer<RebalanceContext>,
    changes: mpsc::UnboundedReceiver<Change>,
    /// Records received but not yet handed out.
    held: VecDeque<ConsumedRecord>,
    /// Partitions paused for lack of credit.
    paused: BTreeSet<PartitionKey>,
    auto_commit: bool,
}

impl std::fmt::Debug for GroupStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupStream").field("held", &self.held.len()).finish_non_exhaustive()
    }
}

fn list_of(partitions: &BTreeSet<PartitionKey>) -> TopicPartitionList {
    let mut list = TopicPartitionList::with_capacity(partitions.len());
    for (topic, partition) in partitions {
        list.add_partition(topic, *partition);
    }
    list
}

impl GroupStream {
    /// Creates the member and subscribes; 40903 with neither or both of
    /// topics and pattern.
    pub fn open(settings: &ConsumerSettings, options: StreamOptions) -> Result<Self, ProxyError> {
        let names: Vec<String> = match (options.topics.is_empty(), &options.pattern) {
            (false, None) => options.topics.clone(),
            (true, Some(pattern)) if !pattern.is_empty() => vec![super::consumer::anchored(pattern)],
            _ => return Err(ProxyError::IllegalState("give topics or topic_pattern, not both or neither".to_owned())),
        };
        let (tx, changes) = mpsc::unbounded_channel();
        let config = consumer_config(settings, settings.stream_queue_max_kbytes, &options.group, "grpc-consumer", options.auto_commit, &options.auto_offset_reset);
        let consumer: StreamConsumer<RebalanceContext> =
            config.create_with_context(RebalanceContext { changes: tx }).map_err(|e| ProxyError::InvalidConsumerConfig(e.to_string()))?;
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        consumer.subscribe(&refs).map_err(|e| ProxyError::IllegalState(e.to_string()))?;
        Ok(Self { consumer, changes, held: VecDeque::new(), paused: BTreeSet::new(), auto_commit: options.auto_commit })
    }

    /// The next event: up to `max_records` records (0: none, only
    /// rebalances; records that arrive meanwhile are held and their
    /// partitions paused), or a rebalance. Returns records as soon as some
    /// are available, with whatever else is already buffered.
    pub async fn next(&mut self, max_records: usize) -> Result<StreamEvent, ProxyError> {
        loop {
            if let Ok(change) = self.changes.try_recv() {
                return Ok(self.apply(change));
            }
            if max_records > 0 && !self.held.is_empty() {
                // Drain what is buffered locally without waiting, through
                // one message stream (each `recv` registers a waker anew).
                let mut messages = self.consumer.stream();
                while self.held.len() < max_records {
                    match messages.next().now_or_never().flatten() {
                        Some(Ok(message)) => self.held.push_back(owned(&message)),
                        _ => break,
                    }
                }
                let take = max_records.min(self.held.len());
                return Ok(StreamEvent::Records(self.held.drain(..take).collect()));
            }
            tokio::select! {
                change = self.changes.recv() => {
                    if let Some(change) = change {
                        return Ok(self.apply(change));
                    }
                }
                received = self.consumer.recv() => match received {
                    Ok(message) => {
                        let record = owned(&message);
                        drop(message);
                        if max_records == 0 {
                            self.pause_one((record.topic.clone(), record.partition));
                        }
                        self.held.push_back(record);
                    }
                    Err(KafkaError::MessageConsumption(RDKafkaErrorCode::UnknownTopicOrPartition)) => {
                        return Err(ProxyError::UnknownTopicOrPartition("a subscribed topic does not exist".to_owned()));
                    }
                    Err(err) => tracing::debug!(error = %err, "consumer error while streaming"),
                },
            }
        }
    }

    fn apply(&mut self, change: Change) -> StreamEvent {
        match change {
            Change::Assigned(partitions) => StreamEvent::Assigned(partitions),
            Change::Revoked(partitions) => {
                // Their records go to the next owner; drop what is held.
                self.held.retain(|r| !partitions.iter().any(|(t, p)| *t == r.topic && *p == r.partition));
                for key in &partitions {
                    self.paused.remove(key);
                }
                StreamEvent::Revoked(partitions)
            }
        }
    }

    fn pause_one(&mut self, key: PartitionKey) {
        if self.paused.insert(key.clone()) {
            let one = list_of(&BTreeSet::from([key]));
            if let Err(err) = self.consumer.pause(&one) {
                tracing::debug!(error = %err, "pause failed");
            }
        }
    }

    /// Pauses every assigned partition (no credit left).
    pub fn pause_all(&mut self) {
        let assigned: BTreeSet<PartitionKey> = self.consumer.assignment().map(|l| keys(&l).into_iter().collect()).unwrap_or_default();
        let new: BTreeSet<PartitionKey> = assigned.difference(&self.paused).cloned().collect();
        if !new.is_empty() {
            if let Err(err) = self.consumer.pause(&list_of(&new)) {
                tracing::debug!(error = %err, "pause failed");
            }
            self.paused.extend(new);
        }
    }

    /// Resumes paused partitions (credit granted).
    pub fn resume_all(&mut self) {
        if !self.paused.is_empty() {
            if let Err(err) = self.consumer.resume(&list_of(&self.paused)) {
                tracing::debug!(error = %err, "resume failed");
            }
            self.paused.clear();
        }
    }

    /// Marks records (topic, partition, offset) as handed out: with
    /// auto-commit their offsets are committed in the background.
    pub fn delivered(&self, records: &[(String, i32, i64)]) {
        if self.auto_commit {
            for (topic, partition, offset) in records {
                // Fails only for a partition revoked since; its next owner re-reads.
                let _ = self.consumer.store_offset(topic, *partition, *offset);
            }
        }
    }

    /// Commits `offset + 1` for each (topic, partition, offset), without
    /// waiting for the broker.
    pub fn commit(&self, offsets: &[(String, i32, i64)]) -> Result<(), ProxyError> {
        let mut list = TopicPartitionList::with_capacity(offsets.len());
        for (topic, partition, offset) in offsets {
            list.add_partition_offset(topic, *partition, Offset::Offset(offset + 1))
                .map_err(|e| ProxyError::Kafka(e.to_string()))?;
        }
        self.consumer.commit(&list, CommitMode::Async).map_err(|e| ProxyError::Kafka(e.to_string()))
    }

    /// Leaves the group (commits stored offsets first with auto-commit).
    /// Blocks up to the session timeout: call off the async runtime.
    pub fn close(self) {
        if self.auto_commit {
            let _ = self.consumer.commit_consumer_state(CommitMode::Sync);
        }
        self.consumer.unsubscribe();
        drop(self.consumer);
    }
}
