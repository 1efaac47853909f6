//! `gregor.kafka.v1.RecordsService`: Kafka REST v3 produce
//! (`ProduceAction`, `ProduceBatchAction`). Each record names the
//! embedded format of its key and value; records are sent as they arrive
//! and answered in order, with at most [`IN_FLIGHT_BATCHES`] batches
//! waiting for Kafka's acknowledgements.

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine as _;
use futures_util::FutureExt as _;
use gateway::json_value::JsonValue;
use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::records_service_server::RecordsService;
use serde_json::Value as Json;
use tokio::sync::mpsc;
use tokio_stream::StreamExt as _;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status, Streaming};

use crate::admin::KafkaAdmin;
use crate::auth::{Access, Operation};
use crate::proxy::acks::PendingAcks;
use crate::proxy::error::ProxyError;
use crate::proxy::schema_source::SchemaSource;
use crate::proxy::schemas::{NameStrategy, Part, WireSerializer};
use crate::proxy::users::UserProxies;
use crate::proxy::{KafkaProxy, OutgoingRecord, StreamBatching};
use crate::registry::schema::SchemaType;

/// Batches handed to the producer and not yet acknowledged, per stream:
/// enough to cover the stream producer's linger (20 ms) at full speed, as
/// the gRPC `ProduceStream` window does. A pending batch holds its
/// answers; its records are bounded by the producer's queue.
const IN_FLIGHT_BATCHES: usize = 1024;

/// Records taken into one batch when they are already there.
const BATCH_RECORDS: usize = 1000;

/// Entries of one `records:batch` request at most (Confluent's limit).
const MAX_BATCH_ENTRIES: usize = 10;

/// The records service; the v3 REST façade calls the same methods.
#[derive(Debug, Clone)]
pub struct RecordsApi {
    admin: Arc<KafkaAdmin>,
    proxy: Arc<KafkaProxy>,
    schemas: SchemaSource,
    strategy: NameStrategy,
    access: Access,
    users: Option<Arc<UserProxies>>,
    request_id_header: Option<String>,
}

/// A record's error: (error code, message), Confluent's per-record answer.
type RecordError = (i32, String);

/// What a key or value became.
#[derive(Debug, Clone)]
struct PartResult {
    bytes: Option<Vec<u8>>,
    data: Option<pb::ProduceResultData>,
}

/// A record ready to send and what to answer for it.
#[derive(Debug)]
struct Encoded {
    record: OutgoingRecord,
    timestamp_ms: i64,
    key: Option<pb::ProduceResultData>,
    value: Option<pb::ProduceResultData>,
}

/// Serializers found for one stream, by part, schema type and schema.
type Serializers = HashMap<(bool, SchemaType, Option<i32>, Option<String>, Option<String>), Arc<WireSerializer>>;

/// What the writer answers next, in order.
enum Pending {
    /// A record refused before it was sent.
    Failed(RecordError),
    /// A batch sent to Kafka, with what to answer per record.
    Sent(PendingAcks, Vec<(i64, Option<pb::ProduceResultData>, Option<pb::ProduceResultData>)>),
    /// A batch Kafka refused as a whole.
    Refused(RecordError, usize),
}

impl RecordsApi {
    /// Produces with `proxy` (or each caller's clients, `users`), checks
    /// the cluster id with `admin`; schema'd formats use `schemas`.
    pub fn new(admin: Arc<KafkaAdmin>, proxy: Arc<KafkaProxy>, schemas: SchemaSource, strategy: NameStrategy, users: Option<Arc<UserProxies>>) -> Self {
        Self { admin, proxy, schemas, strategy, access: Access::default(), users, request_id_header: None }
    }

    /// Checks every produce against `access` (`Topic:<name>` Write).
    #[must_use]
    pub fn with_access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// Copies the request header `name`, when set, onto each record.
    #[must_use]
    pub fn with_request_id_header(mut self, name: Option<String>) -> Self {
        self.request_id_header = name.map(|n| n.to_ascii_lowercase()).filter(|n| !n.is_empty());
        self
    }

    /// The admin client that checks the cluster: the shared one, or with
    /// `rest_authorization` the caller's.
    fn admin_for(&self) -> Result<Arc<KafkaAdmin>, Status> {
        super::kafka::admin_for(&self.admin, self.users.as_deref())
    }

    /// Why records for (`cluster_id`, `topic`) cannot be produced at all,
    /// if they cannot: another cluster (404), a topic the caller may not
    /// write (40301) or that does not exist (40401).
    async fn refusal(&self, admin: &KafkaAdmin, kafka: &KafkaProxy, extensions: &tonic::Extensions, cluster_id: &str, topic: &str) -> Option<RecordError> {
        match admin.cluster().await {
            Ok(cluster) if cluster.id == cluster_id => {}
            Ok(_) => return Some((404, format!("Cluster {cluster_id} cannot be found."))),
            Err(err) => {
                // Credentials Kafka refused: the producer sees that, the
                // admin client only a closed connection.
                if let Err(refused @ ProxyError::KafkaAuthentication) = kafka.brokers().await {
                    return Some((i32::try_from(refused.error_code()).unwrap_or(403), refused.to_string()));
                }
                return Some((i32::try_from(err.error_code()).unwrap_or(500), err.to_string()));
            }
        }
        if let Err(status) = super::kafka::check_topics(&self.access, extensions, Operation::Write, [topic]) {
            return Some((40301, status.message().to_owned()));
        }
        match kafka.ensure_topic(topic).await {
            Ok(()) => None,
            Err(err) => Some((i32::try_from(err.error_code()).unwrap_or(500), err.to_string())),
        }
    }

    /// One key or value as bytes, in its embedded format.
    async fn encode_part(&self, topic: &str, part: Part, data: Option<pb::ProduceRecordData>, serializers: &mut Serializers) -> Result<PartResult, RecordError> {
        let Some(data) = data else { return Ok(PartResult { bytes: None, data: None }) };
        let bad = |message: String| (400, message);
        let name = match part {
            Part::Key => "key",
            Part::Value => "value",
        };
        if data.schema_version.is_some() {
            return Err(bad(format!("{name}: schema_version is not supported yet; name the schema by schema_id")));
        }
        let type_name = match (&data.r#type, data.schema_id) {
            (Some(t), _) => t.to_ascii_uppercase(),
            // A schema id alone names its type.
            (None, Some(id)) => match self.schemas.by_id(id).await {
                Ok(stored) => match stored.schema_type {
                    SchemaType::Avro => "AVRO",
                    SchemaType::Json => "JSONSCHEMA",
                    SchemaType::Protobuf => "PROTOBUF",
                }
                .to_owned(),
                Err(err) => return Err((i32::try_from(err.error_code()).unwrap_or(400), err.to_string())),
            },
            (None, None) => "BINARY".to_owned(),
        };
        let json = data.data.map(JsonValue::into_inner).unwrap_or(Json::Null);
        let (bytes, schema_id) = match type_name.as_str() {
            "BINARY" => match &json {
                Json::Null => (None, None),
                Json::String(text) => (
                    Some(base64::engine::general_purpose::STANDARD.decode(text).map_err(|e| bad(format!("{name}: data is not base64: {e}")))?),
                    None,
                ),
                _ => return Err(bad(format!("{name}: BINARY data must be a base64 string"))),
            },
            "STRING" => match &json {
                Json::Null => (None, None),
                Json::String(text) => (Some(text.clone().into_bytes()), None),
                _ => return Err(bad(format!("{name}: STRING data must be a string"))),
            },
            "JSON" => match &json {
                Json::Null => (None, None),
                other => (Some(serde_json::to_vec(other).map_err(|e| bad(e.to_string()))?), None),
            },
            "AVRO" | "JSONSCHEMA" | "PROTOBUF" => {
                let schema_type = match type_name.as_str() {
                    "AVRO" => SchemaType::Avro,
                    "JSONSCHEMA" => SchemaType::Json,
                    _ => SchemaType::Protobuf,
                };
                let strategy = match &data.subject_name_strategy {
                    Some(s) => NameStrategy::parse(&s.to_ascii_lowercase()).ok_or_else(|| bad(format!("{name}: unknown subject_name_strategy {s}")))?,
                    None => self.strategy,
                };
                let key = (matches!(part, Part::Key), schema_type, data.schema_id, data.schema.clone(), data.subject_name_strategy.clone());
                let serializer = match serializers.get(&key) {
                    Some(serializer) => serializer.clone(),
                    None => {
                        let resolved = WireSerializer::resolve(&self.schemas, schema_type, strategy, topic, part, data.schema.as_deref(), data.schema_id)
                            .await
                            .map_err(|e: ProxyError| (i32::try_from(e.error_code()).unwrap_or(400), e.to_string()))?;
                        let resolved = Arc::new(resolved);
                        if serializers.len() < 64 {
                            serializers.insert(key, resolved.clone());
                        }
                        resolved
                    }
                };
                match &json {
                    Json::Null => (None, Some(serializer.id)),
                    other => (Some(serializer.encode(other).map_err(|e| (42206, format!("{name}: {e}")))?), Some(serializer.id)),
                }
            }
            other => return Err(bad(format!("{name}: unknown type {other}: use BINARY, JSON, STRING, AVRO, JSONSCHEMA or PROTOBUF"))),
        };
        let result = pb::ProduceResultData {
            size: Some(bytes.as_ref().map_or(0, |b| i64::try_from(b.len()).unwrap_or(i64::MAX))),
            r#type: Some(type_name),
            subject: None,
            schema_id,
            schema_version: None,
        };
        Ok(PartResult { bytes, data: Some(result) })
    }

    /// One record ready to send.
    async fn encode(
        &self,
        kafka: &KafkaProxy,
        topic: &str,
        r: pb::ProduceRecordsRequest,
        request_id: Option<&(String, Vec<u8>)>,
        serializers: &mut Serializers,
    ) -> Result<Encoded, RecordError> {
        // Checked per record (cached metadata), so one record naming an
        // unknown partition does not fail the others of its batch.
        if let Some(partition) = r.partition_id {
            kafka.check_partition(topic, partition).await.map_err(|e| (i32::try_from(e.error_code()).unwrap_or(404), e.to_string()))?;
        }
        let timestamp_ms = match &r.timestamp {
            Some(text) => crate::proxy::consumer::rfc3339_millis(text).ok_or_else(|| (400, format!("Invalid timestamp {text:?}: use RFC 3339")))?,
            None => now_ms(),
        };
        let key = self.encode_part(topic, Part::Key, r.key, serializers).await?;
        let value = self.encode_part(topic, Part::Value, r.value, serializers).await?;
        let mut headers = Vec::with_capacity(r.headers.len());
        for header in r.headers {
            headers.push((header.name, header.value.unwrap_or_default()));
        }
        super::kafka::add_request_id(&mut headers, request_id);
        Ok(Encoded {
            record: OutgoingRecord { key: key.bytes, value: value.bytes, partition: r.partition_id, headers, timestamp: Some(timestamp_ms) },
            timestamp_ms,
            key: key.data,
            value: value.data,
        })
    }
}

fn now_ms() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

/// `ms` since the epoch as RFC 3339 (`2026-12-01T10:00:00.123Z`).
fn rfc3339(ms: i64) -> Option<String> {
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()?;
    at.format(&time::format_description::well_known::Rfc3339).ok()
}

fn error_answer((code, message): RecordError) -> pb::ProduceRecordsResponse {
    pb::ProduceRecordsResponse { error_code: code, message: Some(message), ..Default::default() }
}

/// Answers, in order, what `pending` holds as acknowledgements arrive.
async fn write_answers(mut pending: mpsc::Receiver<Pending>, answers: mpsc::Sender<Result<pb::ProduceRecordsResponse, Status>>, cluster_id: String, topic: String) {
    while let Some(next) = pending.recv().await {
        let mut batch = Vec::new();
        match next {
            Pending::Failed(error) => batch.push(error_answer(error)),
            Pending::Refused(error, count) => batch.extend((0..count).map(|_| error_answer(error.clone()))),
            Pending::Sent(acks, records) => {
                for (delivered, (timestamp_ms, key, value)) in acks.wait().await.into_iter().zip(records) {
                    batch.push(match delivered {
                        Ok((partition, offset)) => pb::ProduceRecordsResponse {
                            error_code: 200,
                            message: None,
                            cluster_id: Some(cluster_id.clone()),
                            topic_name: Some(topic.clone()),
                            partition_id: Some(partition),
                            offset: Some(offset),
                            timestamp: rfc3339(timestamp_ms),
                            key,
                            value,
                        },
                        Err(error) => error_answer((50002, error)),
                    });
                }
            }
        }
        for answer in batch {
            if answers.send(Ok(answer)).await.is_err() {
                return; // the caller went away
            }
        }
    }
}

#[tonic::async_trait]
impl RecordsService for RecordsApi {
    type ProduceRecordsStream = ReceiverStream<Result<pb::ProduceRecordsResponse, Status>>;

    async fn produce_records(&self, request: Request<Streaming<pb::ProduceRecordsRequest>>) -> Result<Response<Self::ProduceRecordsStream>, Status> {
        // Resolved here: the caller's credentials are not visible in the
        // task that produces.
        let kafka = super::kafka::kafka_for(&self.proxy, self.users.as_deref())?;
        let admin = self.admin_for()?;
        let request_id = super::kafka::request_id(self.request_id_header.as_deref(), request.metadata());
        let extensions = request.extensions().clone();
        let mut input = request.into_inner();
        let (answers, answers_rx) = mpsc::channel(BATCH_RECORDS);
        let this = self.clone();
        tokio::spawn(async move {
            let first = match input.next().await {
                Some(Ok(first)) => first,
                Some(Err(status)) => {
                    let _ = answers.send(Err(status)).await;
                    return;
                }
                None => return,
            };
            let (cluster_id, topic) = (first.cluster_id.clone(), first.topic_name.clone());
            let refusal = this.refusal(&admin, &kafka, &extensions, &cluster_id, &topic).await;
            let (pending, pending_rx) = mpsc::channel(IN_FLIGHT_BATCHES);
            let writer = tokio::spawn(write_answers(pending_rx, answers.clone(), cluster_id.clone(), topic.clone()));
            let mut serializers = Serializers::new();
            let mut batching = StreamBatching::default();
            let mut next = Some(first);
            'stream: while let Some(record) = next.take() {
                // This record and those already there, up to a batch.
                let mut batch = vec![record];
                while batch.len() < BATCH_RECORDS {
                    match input.next().now_or_never() {
                        Some(Some(Ok(record))) => batch.push(record),
                        Some(Some(Err(status))) => {
                            let _ = answers.send(Err(status)).await;
                            break 'stream;
                        }
                        Some(None) | None => break,
                    }
                }
                let mut outgoing = Vec::with_capacity(batch.len());
                let mut answers_for = Vec::with_capacity(batch.len());
                for record in batch {
                    let error = if let Some(refusal) = &refusal {
                        Some(refusal.clone())
                    } else if record.cluster_id != cluster_id || record.topic_name != topic {
                        Some((400, "All records of one stream go to the stream's first topic".to_owned()))
                    } else {
                        match this.encode(&kafka, &topic, record, request_id.as_ref(), &mut serializers).await {
                            Ok(encoded) => {
                                outgoing.push(encoded.record);
                                answers_for.push((encoded.timestamp_ms, encoded.key, encoded.value));
                                None
                            }
                            Err(error) => Some(error),
                        }
                    };
                    if let Some(error) = error {
                        // Answers stay in order: what was encoded before goes first.
                        if !send_batch(&kafka, &mut batching, &topic, &pending, &mut outgoing, &mut answers_for).await || pending.send(Pending::Failed(error)).await.is_err() {
                            break 'stream;
                        }
                    }
                }
                if !send_batch(&kafka, &mut batching, &topic, &pending, &mut outgoing, &mut answers_for).await {
                    break;
                }
                next = match input.next().await {
                    Some(Ok(record)) => Some(record),
                    Some(Err(status)) => {
                        let _ = answers.send(Err(status)).await;
                        None
                    }
                    None => None,
                };
            }
            drop(pending);
            let _ = writer.await;
        });
        Ok(Response::new(ReceiverStream::new(answers_rx)))
    }

    async fn produce_records_batch(&self, request: Request<pb::ProduceRecordsBatchRequest>) -> Result<Response<pb::ProduceRecordsBatchResponse>, Status> {
        let kafka = super::kafka::kafka_for(&self.proxy, self.users.as_deref())?;
        let request_id = super::kafka::request_id(self.request_id_header.as_deref(), request.metadata());
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        // Confluent's `Errors.produceBatchException`: 422 with 42208 and its messages.
        let invalid = |message: &str| gateway::status::confluent_status(tonic::Code::InvalidArgument, 42208, "INVALID_BATCH", message);
        if r.entries.is_empty() {
            return Err(invalid("Empty batch."));
        }
        if r.entries.len() > MAX_BATCH_ENTRIES {
            return Err(invalid("Too many entries in batch."));
        }
        let mut ids = std::collections::HashSet::new();
        for entry in &r.entries {
            if entry.id.is_empty() || entry.id.len() > 80 {
                return Err(invalid("Batch entry identifier is not a valid string."));
            }
            if !ids.insert(entry.id.clone()) {
                return Err(invalid("Batch entry IDs are not distinct."));
            }
        }
        let admin = self.admin_for()?;
        let refusal = self.refusal(&admin, &kafka, &extensions, &r.cluster_id, &r.topic_name).await;
        let mut serializers = Serializers::new();
        let mut response = pb::ProduceRecordsBatchResponse::default();
        let mut outgoing = Vec::new();
        let mut sent = Vec::new();
        for entry in r.entries {
            let id = entry.id.clone();
            let record = pb::ProduceRecordsRequest {
                cluster_id: r.cluster_id.clone(),
                topic_name: r.topic_name.clone(),
                partition_id: entry.partition_id,
                headers: entry.headers,
                key: entry.key,
                value: entry.value,
                timestamp: entry.timestamp,
            };
            let encoded = match &refusal {
                Some(error) => Err(error.clone()),
                None => self.encode(&kafka, &r.topic_name, record, request_id.as_ref(), &mut serializers).await,
            };
            match encoded {
                Ok(encoded) => {
                    outgoing.push(encoded.record);
                    sent.push((id, encoded.timestamp_ms, encoded.key, encoded.value));
                }
                Err((error_code, message)) => response.failures.push(pb::ProduceBatchFailure { id, error_code, message }),
            }
        }
        if !outgoing.is_empty() {
            match kafka.produce(&r.topic_name, outgoing).await {
                Ok(delivered) => {
                    for (result, (id, timestamp_ms, key, value)) in delivered.into_iter().zip(sent) {
                        match result {
                            Ok((partition_id, offset)) => response.successes.push(pb::ProduceBatchSuccess {
                                id,
                                cluster_id: r.cluster_id.clone(),
                                topic_name: r.topic_name.clone(),
                                partition_id,
                                offset,
                                timestamp: rfc3339(timestamp_ms),
                                key,
                                value,
                            }),
                            Err(message) => response.failures.push(pb::ProduceBatchFailure { id, error_code: 50002, message }),
                        }
                    }
                }
                Err(err) => {
                    let code = i32::try_from(err.error_code()).unwrap_or(500);
                    for (id, ..) in sent {
                        response.failures.push(pb::ProduceBatchFailure { id, error_code: code, message: err.to_string() });
                    }
                }
            }
        }
        // Confluent answers a batch with 207 Multi-Status.
        let mut reply = Response::new(response);
        reply.metadata_mut().insert(gateway::transcode::HTTP_STATUS_METADATA, tonic::metadata::MetadataValue::from_static("207"));
        Ok(reply)
    }
}

/// Hands the records gathered so far to the producer and queues their
/// answers; false when the stream cannot go on.
async fn send_batch(
    kafka: &KafkaProxy,
    batching: &mut StreamBatching,
    topic: &str,
    pending: &mpsc::Sender<Pending>,
    outgoing: &mut Vec<OutgoingRecord>,
    answers_for: &mut Vec<(i64, Option<pb::ProduceResultData>, Option<pb::ProduceResultData>)>,
) -> bool {
    if outgoing.is_empty() {
        return true;
    }
    let records = std::mem::take(outgoing);
    let answers = std::mem::take(answers_for);
    let next = match kafka.enqueue_stream(batching, topic, records).await {
        Ok(acks) => Pending::Sent(acks, answers),
        Err(err) => Pending::Refused((i32::try_from(err.error_code()).unwrap_or(500), err.to_string()), answers.len()),
    };
    pending.send(next).await.is_ok()
}
