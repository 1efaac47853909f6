//! `gregor.kafka.v1.KafkaService`: native produce and consume over gRPC.

use std::pin::Pin;
use std::sync::Arc;

use crate::api::kafka::check_topics;
use crate::api::kafka::current_caller;
use crate::proxy::users::UserProxies;
use crate::auth::{Access, Operation};
use std::time::Duration;

use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::kafka_service_server::KafkaService;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::{Stream, StreamExt};
use tonic::{Request, Response, Status, Streaming};

use crate::proxy::consumer::{ConsumedRecord, last_record_offsets};
use crate::proxy::consumers::ConsumerSettings;
use crate::proxy::decode::RecordDecoder;
use crate::proxy::error::ProxyError;
use crate::proxy::fetch::Fetcher;
use crate::proxy::group_stream::{GroupStream, StreamEvent, StreamOptions};
use crate::proxy::{Delivered, KafkaProxy, OutgoingRecord, StreamBatching};

/// Batches a produce stream keeps in flight before it stops reading. The
/// records themselves are bounded by the producer's queue
/// (`queue.buffering.max.messages`, waited on when full); a pending batch
/// holds only its delivery handles, so the window can be wide enough to
/// keep the broker busy across ack round trips.
const IN_FLIGHT_BATCHES: usize = 1024;
/// Batches a consume stream buffers before the client reads them.
const BUFFERED_BATCHES: usize = 4;
/// Default most records per consumed batch.
const DEFAULT_BATCH_RECORDS: u32 = 500;

/// Native gRPC produce and consume over the proxy's clients.
#[derive(Debug, Clone)]
pub struct KafkaNative {
    proxy: Arc<KafkaProxy>,
    consumers: ConsumerSettings,
    decoder: Arc<RecordDecoder>,
    fetcher: Arc<Fetcher>,
    access: Access,
    /// `rest_authorization`: each caller's own Kafka clients.
    users: Option<Arc<UserProxies>>,
    /// `produce_request_id_header`: copied from a produce call's metadata
    /// onto each of its records.
    request_id_header: Option<String>,
}

impl KafkaNative {
    /// Serves `proxy`; streams consume with `consumers`' settings and decode
    /// schema'd records with `decoder`.
    pub fn new(proxy: Arc<KafkaProxy>, consumers: ConsumerSettings, decoder: Arc<RecordDecoder>) -> Self {
        let fetcher = Arc::new(Fetcher::new(&consumers));
        Self { proxy, consumers, decoder, fetcher, access: Access::default(), users: None, request_id_header: None }
    }

    /// Checks every call against `access` (`Topic:<name>`, as the REST
    /// proxy does).
    #[must_use]
    pub fn with_access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// `rest_authorization`: Kafka is reached with each caller's
    /// credentials, through `users`.
    #[must_use]
    pub fn with_users(mut self, users: Option<Arc<UserProxies>>) -> Self {
        self.users = users;
        self
    }

    /// Copies the metadata entry `name` (lower-case), when a produce call
    /// has it, onto each record as a Kafka header of that name, unless the
    /// record sets that header itself.
    #[must_use]
    pub fn with_request_id_header(mut self, name: Option<String>) -> Self {
        self.request_id_header = name.map(|n| n.to_ascii_lowercase()).filter(|n| !n.is_empty());
        self
    }

    /// The producer and metadata clients for this call.
    fn kafka(&self) -> Result<Arc<KafkaProxy>, Status> {
        crate::api::kafka::kafka_for(&self.proxy, self.users.as_deref())
    }

    /// The fetch sessions for this call.
    fn fetcher(&self) -> Result<Arc<Fetcher>, Status> {
        match &self.users {
            None => Ok(self.fetcher.clone()),
            Some(users) => Ok(users.get(&current_caller()?)?.fetcher.clone()),
        }
    }

    /// The settings a stream's group member is made with.
    fn consumer_settings(&self) -> Result<std::borrow::Cow<'_, ConsumerSettings>, Status> {
        match &self.users {
            None => Ok(std::borrow::Cow::Borrowed(&self.consumers)),
            Some(users) => Ok(std::borrow::Cow::Owned(users.settings().consumers_for(&current_caller()?))),
        }
    }
}

/// Fetches the writer schemas a decoded batch needs (remote registry). A
/// registry that cannot be reached leaves those values undecoded; logged.
async fn prefetch(decoder: &RecordDecoder, decode: bool, records: &[ConsumedRecord]) {
    if !decode {
        return;
    }
    if let Err(err) = decoder.prefetch(records).await {
        tracing::warn!(error = %err, "schema registry unavailable: records sent without decoded JSON");
    }
}

/// A record for the client, with JSON of wire-format keys and values when
/// `decode` is set.
fn consumed(decoder: &RecordDecoder, decode: bool, record: ConsumedRecord) -> pb::ConsumedRecord {
    // (schema id, JSON, decode error) of a wire-format key or value.
    let wire = |bytes: &Option<Vec<u8>>| match bytes.as_deref().filter(|_| decode).and_then(|b| decoder.decode_wire(b)) {
        None => (None, None, None),
        Some(Ok((id, json))) => (Some(id), Some(json), None),
        Some(Err(error)) => (bytes.as_deref().and_then(wire_id), None, Some(error)),
    };
    let (key_schema_id, key_json, key_decode_error) = wire(&record.key);
    let (value_schema_id, value_json, value_decode_error) = wire(&record.value);
    pb::ConsumedRecord {
        topic: record.topic,
        partition: record.partition,
        offset: record.offset,
        timestamp: record.timestamp,
        key: record.key,
        value: record.value,
        headers: record.headers.into_iter().map(|(key, value)| pb::Header { key, value }).collect(),
        key_json,
        value_json,
        key_schema_id,
        value_schema_id,
        key_decode_error,
        value_decode_error,
    }
}

/// The schema id of wire-format bytes (magic byte 0, 4-byte id).
fn wire_id(bytes: &[u8]) -> Option<i32> {
    match bytes {
        [0, a, b, c, d, ..] => Some(i32::from_be_bytes([*a, *b, *c, *d])),
        _ => None,
    }
}

fn partition_refs(partitions: Vec<(String, i32)>) -> Vec<pb::PartitionRef> {
    partitions.into_iter().map(|(topic, partition)| pb::PartitionRef { topic, partition }).collect()
}

/// Stream options from a subscription; `auto_commit` when it says nothing.
fn stream_options(subscription: &pb::GroupSubscription, auto_commit: bool) -> Result<StreamOptions, Status> {
    if subscription.group.is_empty() {
        return Err(Status::invalid_argument("subscription.group is required"));
    }
    let reset = match pb::OffsetReset::try_from(subscription.auto_offset_reset).unwrap_or_default() {
        pb::OffsetReset::Latest => "latest",
        pb::OffsetReset::Earliest | pb::OffsetReset::Unspecified => "earliest",
    };
    Ok(StreamOptions {
        group: subscription.group.clone(),
        topics: subscription.topics.clone(),
        pattern: subscription.topic_pattern.clone(),
        auto_offset_reset: reset.to_owned(),
        auto_commit: subscription.auto_commit.unwrap_or(auto_commit),
    })
}

/// A batch's records for the client, and their (topic, partition, offset).
fn batch(decoder: &RecordDecoder, decode: bool, records: Vec<ConsumedRecord>) -> (pb::RecordBatch, Vec<(String, i32, i64)>) {
    let positions = last_record_offsets(&records);
    let records = records.into_iter().map(|r| consumed(decoder, decode, r)).collect();
    (pb::RecordBatch { records }, positions)
}

/// Leaves the group off the async runtime.
fn close(stream: GroupStream) {
    tokio::task::spawn_blocking(move || stream.close());
}

/// The records to send, each with the call's request id header added
/// (`produce_request_id_header`) unless it has one.
fn outgoing(records: Vec<pb::Record>, request_id: Option<&(String, Vec<u8>)>) -> Vec<OutgoingRecord> {
    records
        .into_iter()
        .map(|r| {
            let mut headers: Vec<(String, Vec<u8>)> = r.headers.into_iter().map(|h| (h.key, h.value)).collect();
            crate::api::kafka::add_request_id(&mut headers, request_id);
            OutgoingRecord { key: r.key, value: r.value, partition: r.partition, headers, timestamp: None }
        })
        .collect()
}

fn results(delivered: Vec<Delivered>) -> Vec<pb::RecordResult> {
    delivered
        .into_iter()
        .map(|d| match d {
            Ok((partition, offset)) => pb::RecordResult { partition, offset, error: None },
            Err(message) => pb::RecordResult {
                partition: -1,
                offset: -1,
                error: Some(pb::RecordError { error_code: ProxyError::Kafka(String::new()).error_code() as i32, message }),
            },
        })
        .collect()
}

type AckStream = Pin<Box<dyn Stream<Item = Result<pb::ProduceStreamResponse, Status>> + Send>>;
type SubscribeEvents = Pin<Box<dyn Stream<Item = Result<pb::SubscribeResponse, Status>> + Send>>;
/// Read on every topic a subscription names; a pattern needs `Topic:*`.
fn subscription_access(access: &Access, extensions: &tonic::Extensions, subscription: &pb::GroupSubscription) -> Result<(), Status> {
    let pattern = subscription.topic_pattern.as_ref().map(|_| "*");
    check_topics(access, extensions, Operation::Read, subscription.topics.iter().map(String::as_str).chain(pattern))
}

type ConsumeEvents = Pin<Box<dyn Stream<Item = Result<pb::ConsumeResponse, Status>> + Send>>;

#[tonic::async_trait]
impl KafkaService for KafkaNative {
    async fn produce(&self, request: Request<pb::ProduceRequest>) -> Result<Response<pb::ProduceResponse>, Status> {
        check_topics(&self.access, request.extensions(), Operation::Write, [request.get_ref().topic.as_str()])?;
        let request_id = crate::api::kafka::request_id(self.request_id_header.as_deref(), request.metadata());
        let r = request.into_inner();
        let delivered = self.kafka()?.produce(&r.topic, outgoing(r.records, request_id.as_ref())).await?;
        Ok(Response::new(pb::ProduceResponse { results: results(delivered) }))
    }

    type ProduceStreamStream = AckStream;

    /// Reads batches and hands them to the producer as they come; a second
    /// task acknowledges them in order. Both queues are bounded, so a slow
    /// broker or a client that does not read acks stops the reading. A
    /// batch that cannot be produced (unknown topic or partition) ends the
    /// stream with its status after the acks before it.
    async fn produce_stream(&self, request: Request<Streaming<pb::ProduceStreamRequest>>) -> Result<Response<AckStream>, Status> {
        let extensions = request.extensions().clone();
        let access = self.access.clone();
        let request_id = crate::api::kafka::request_id(self.request_id_header.as_deref(), request.metadata());
        let mut inbound = request.into_inner();
        let (acks_tx, acks_rx) = mpsc::channel(IN_FLIGHT_BATCHES);
        let (pending_tx, mut pending_rx) = mpsc::channel(IN_FLIGHT_BATCHES);
        let proxy = self.kafka()?;
        tokio::spawn(async move {
            let mut batching = StreamBatching::default();
            loop {
                let batch: pb::ProduceStreamRequest = match inbound.message().await {
                    Ok(Some(batch)) => batch,
                    Ok(None) => break,
                    Err(status) => {
                        let _ = pending_tx.send((0, Err(status))).await;
                        break;
                    }
                };
                // Each batch names its topic: checked batch by batch.
                let pending = match check_topics(&access, &extensions, Operation::Write, [batch.topic.as_str()]) {
                    Ok(()) => proxy.enqueue_stream(&mut batching, &batch.topic, outgoing(batch.records, request_id.as_ref())).await.map_err(Status::from),
                    Err(status) => Err(status),
                };
                let failed = pending.is_err();
                if pending_tx.send((batch.sequence, pending)).await.is_err() || failed {
                    break;
                }
            }
        });
        tokio::spawn(async move {
            while let Some((sequence, pending)) = pending_rx.recv().await {
                let ack = match pending {
                    Ok(batch) => Ok(pb::ProduceStreamResponse { sequence, results: results(batch.wait().await) }),
                    Err(status) => Err(status),
                };
                let last = ack.is_err();
                if acks_tx.send(ack).await.is_err() || last {
                    break;
                }
            }
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(acks_rx))))
    }

    type SubscribeStream = SubscribeEvents;

    /// One task per stream: reads the next event and sends it; the bounded
    /// channel to tonic holds the consumer back when the client is slow.
    async fn subscribe(&self, request: Request<pb::SubscribeRequest>) -> Result<Response<SubscribeEvents>, Status> {
        if let Some(subscription) = &request.get_ref().subscription {
            subscription_access(&self.access, request.extensions(), subscription)?;
        }
        let subscription = request.into_inner().subscription.ok_or_else(|| Status::invalid_argument("subscription is required"))?;
        let options = stream_options(&subscription, true)?;
        let max = if subscription.max_batch_records == 0 { DEFAULT_BATCH_RECORDS } else { subscription.max_batch_records } as usize;
        let decode = subscription.decoding == pb::Decoding::SchemaRegistry as i32;
        let settings = self.consumer_settings()?;
        let mut stream = GroupStream::open(&settings, options)?;
        let decoder = self.decoder.clone();
        let (tx, rx) = mpsc::channel(BUFFERED_BATCHES);
        tokio::spawn(async move {
            loop {
                let event = tokio::select! {
                    () = tx.closed() => break,
                    event = stream.next(max) => event,
                };
                let (message, delivered) = match event {
                    Ok(StreamEvent::Records(records)) => {
                        prefetch(&decoder, decode, &records).await;
                        let (batch, positions) = batch(&decoder, decode, records);
                        (Ok(pb::SubscribeResponse { event: Some(pb::subscribe_response::Event::Batch(batch)) }), positions)
                    }
                    Ok(StreamEvent::Assigned(p)) => (
                        Ok(pb::SubscribeResponse {
                            event: Some(pb::subscribe_response::Event::Rebalance(pb::Rebalance { assigned: partition_refs(p), revoked: Vec::new() })),
                        }),
                        Vec::new(),
                    ),
                    Ok(StreamEvent::Revoked(p)) => (
                        Ok(pb::SubscribeResponse {
                            event: Some(pb::subscribe_response::Event::Rebalance(pb::Rebalance { assigned: Vec::new(), revoked: partition_refs(p) })),
                        }),
                        Vec::new(),
                    ),
                    Err(err) => (Err(Status::from(err)), Vec::new()),
                };
                let failed = message.is_err();
                if tx.send(message).await.is_err() || failed {
                    break;
                }
                stream.delivered(&delivered);
            }
            close(stream);
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(rx))))
    }

    type ConsumeStream = ConsumeEvents;

    /// Like `subscribe`, with the client's credits deciding how many records
    /// may be sent (partitions are paused at zero) and its acks committed.
    async fn consume(&self, request: Request<Streaming<pb::ConsumeRequest>>) -> Result<Response<ConsumeEvents>, Status> {
        let extensions = request.extensions().clone();
        let mut inbound = request.into_inner();
        let subscription = match inbound.next().await {
            Some(Ok(pb::ConsumeRequest { command: Some(pb::consume_request::Command::Start(subscription)) })) => subscription,
            Some(Err(status)) => return Err(status),
            _ => return Err(Status::invalid_argument("the first message of a Consume stream must be `start`")),
        };
        subscription_access(&self.access, &extensions, &subscription)?;
        let options = stream_options(&subscription, false)?;
        let max = if subscription.max_batch_records == 0 { DEFAULT_BATCH_RECORDS } else { subscription.max_batch_records } as u64;
        let decode = subscription.decoding == pb::Decoding::SchemaRegistry as i32;
        let settings = self.consumer_settings()?;
        let mut stream = GroupStream::open(&settings, options)?;
        let decoder = self.decoder.clone();
        let (tx, rx) = mpsc::channel(BUFFERED_BATCHES);
        tokio::spawn(async move {
            use pb::consume_request::Command;
            use pb::consume_response::Event;
            let mut credits: u64 = 0;
            loop {
                let want = credits.min(max) as usize;
                tokio::select! {
                    () = tx.closed() => break,
                    command = inbound.next() => {
                        let reply = match command {
                            Some(Ok(pb::ConsumeRequest { command: Some(Command::Credit(credit)) })) => {
                                credits += u64::from(credit.records);
                                if credits > 0 {
                                    stream.resume_all();
                                }
                                None
                            }
                            Some(Ok(pb::ConsumeRequest { command: Some(Command::Ack(ack)) })) => {
                                let offsets: Vec<_> = ack.offsets.iter().map(|o| (o.topic.clone(), o.partition, o.offset)).collect();
                                Some(match stream.commit(&offsets) {
                                    Ok(()) => Ok(pb::ConsumeResponse { event: Some(Event::Committed(ack)) }),
                                    Err(err) => Err(Status::from(err)),
                                })
                            }
                            Some(Ok(_)) => Some(Err(Status::invalid_argument("`start` may only be the first message"))),
                            // The client closed its side (or broke it): leave the group.
                            Some(Err(_)) | None => break,
                        };
                        if let Some(reply) = reply {
                            let failed = reply.is_err();
                            if tx.send(reply).await.is_err() || failed {
                                break;
                            }
                        }
                    }
                    event = stream.next(want) => {
                        let (reply, positions) = match event {
                            Ok(StreamEvent::Records(records)) => {
                                credits = credits.saturating_sub(records.len() as u64);
                                prefetch(&decoder, decode, &records).await;
                                let (batch, positions) = batch(&decoder, decode, records);
                                (Ok(pb::ConsumeResponse { event: Some(Event::Batch(batch)) }), positions)
                            }
                            Ok(StreamEvent::Assigned(p)) => {
                                (Ok(pb::ConsumeResponse { event: Some(Event::Rebalance(pb::Rebalance { assigned: partition_refs(p), revoked: Vec::new() })) }), Vec::new())
                            }
                            Ok(StreamEvent::Revoked(p)) => {
                                (Ok(pb::ConsumeResponse { event: Some(Event::Rebalance(pb::Rebalance { assigned: Vec::new(), revoked: partition_refs(p) })) }), Vec::new())
                            }
                            Err(err) => (Err(Status::from(err)), Vec::new()),
                        };
                        if credits == 0 {
                            stream.pause_all();
                        }
                        let failed = reply.is_err();
                        if tx.send(reply).await.is_err() || failed {
                            break;
                        }
                        stream.delivered(&positions);
                    }
                }
            }
            close(stream);
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(rx))))
    }

    async fn list_offsets(&self, request: Request<pb::ListOffsetsRequest>) -> Result<Response<pb::ListOffsetsResponse>, Status> {
        check_topics(&self.access, request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let r = request.into_inner();
        let at = match pb::OffsetSpec::try_from(r.spec).unwrap_or_default() {
            pb::OffsetSpec::Earliest => None,
            pb::OffsetSpec::Latest | pb::OffsetSpec::Unspecified => Some(None),
            pb::OffsetSpec::Timestamp => Some(Some(r.timestamp)),
        };
        let offsets = self.kafka()?.list_offsets(&r.topic, &r.partitions, at).await?;
        Ok(Response::new(pb::ListOffsetsResponse {
            offsets: offsets.into_iter().map(|(partition, offset)| pb::PartitionOffsetInfo { partition, offset }).collect(),
        }))
    }

    async fn fetch(&self, request: Request<pb::FetchRequest>) -> Result<Response<pb::FetchResponse>, Status> {
        check_topics(&self.access, request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let r = request.into_inner();
        if r.offset < 0 {
            return Err(Status::invalid_argument("offset must be >= 0"));
        }
        self.kafka()?.check_partition(&r.topic, r.partition).await?;
        let max_bytes = if r.max_bytes == 0 { 1 << 20 } else { r.max_bytes as usize };
        let max_wait = Duration::from_millis(if r.max_wait_ms == 0 { 500 } else { u64::from(r.max_wait_ms) });
        let records = self.fetcher()?.fetch(&r.topic, r.partition, r.offset, max_bytes, max_wait).await?;
        let decode = r.decoding == pb::Decoding::SchemaRegistry as i32;
        Ok(Response::new(pb::FetchResponse { records: records.into_iter().map(|rec| consumed(&self.decoder, decode, rec)).collect() }))
    }
}
