//! `gregor.kafka.v1.KafkaRestService` (REST Proxy v2) over [`KafkaProxy`].

use std::sync::Arc;

use crate::auth::{Access, Operation};

use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::kafka_rest_service_server::KafkaRestService;
use gateway::json_value::JsonValue;
use serde_json::Value as Json;
use rdkafka::Offset;
use tonic::{Request, Response, Status};

use crate::proxy::consumer::{ConsumedRecord, ConsumerInstance, last_offsets, rfc3339_millis};
use crate::proxy::consumers::{ConsumerManager, CreateInstance};
use crate::proxy::decode::RecordDecoder;
use crate::proxy::error::ProxyError;
use crate::proxy::records::{self, EmbeddedFormat};
use crate::proxy::schemas::{NameStrategy, Part, WireSerializer};
use crate::proxy::{Delivered, KafkaProxy, OutgoingRecord, PartitionInfo};
use crate::proxy::schema_source::SchemaSource;
use crate::proxy::users::{KafkaCredentials, UserProxies};

/// The REST proxy's gRPC service; the v2 REST façade calls the same methods.
#[derive(Debug, Clone)]
pub struct KafkaRestApi {
    proxy: Arc<KafkaProxy>,
    schemas: SchemaSource,
    strategy: NameStrategy,
    consumers: Arc<ConsumerManager>,
    decoder: Arc<RecordDecoder>,
    access: Access,
    /// `produce_request_id_header`: copied from a produce request's
    /// headers (gRPC metadata) onto each of its records.
    request_id_header: Option<String>,
    /// `rest_authorization`: each caller's own Kafka clients.
    users: Option<Arc<UserProxies>>,
}

impl KafkaRestApi {
    /// Serves `proxy` and the `consumers`; produced schema'd formats use
    /// `schemas` (the in-process or a remote registry), consumed ones
    /// `decoder`.
    pub fn new(
        proxy: Arc<KafkaProxy>,
        schemas: SchemaSource,
        strategy: NameStrategy,
        consumers: Arc<ConsumerManager>,
        decoder: Arc<RecordDecoder>,
    ) -> Self {
        Self { proxy, schemas, strategy, consumers, decoder, access: Access::default(), request_id_header: None, users: None }
    }

    /// Checks every call against `access`: `Topic:<name>`, Read to read
    /// or describe a topic, Write to produce to it.
    #[must_use]
    /// Copies the request header `name` (lower-case), when a produce
    /// request has it, onto each record as a Kafka header of that name,
    /// unless the record sets that header itself.
    pub fn with_request_id_header(mut self, name: Option<String>) -> Self {
        self.request_id_header = name.map(|n| n.to_ascii_lowercase()).filter(|n| !n.is_empty());
        self
    }

    /// The configured request id header and its value in `metadata`.
    fn request_id(&self, metadata: &tonic::metadata::MetadataMap) -> Option<(String, Vec<u8>)> {
        request_id(self.request_id_header.as_deref(), metadata)
    }

    /// `rest_authorization`: Kafka is reached with each caller's
    /// credentials, through `users`.
    pub fn with_users(mut self, users: Option<Arc<UserProxies>>) -> Self {
        self.users = users;
        self
    }

    /// The Kafka clients for this request: the shared ones, or with
    /// `rest_authorization` the caller's.
    fn kafka(&self) -> Result<Arc<KafkaProxy>, Status> {
        kafka_for(&self.proxy, self.users.as_deref())
    }

    pub fn with_access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// 40301 unless the caller may do `operation` on every topic named.
    fn topics_access<'a>(&self, extensions: &tonic::Extensions, operation: Operation, topics: impl IntoIterator<Item = &'a str>) -> Result<(), Status> {
        check_topics(&self.access, extensions, operation, topics)
    }

    /// The consumer instance (group, name); 40403 when unknown.
    /// With `rest_authorization`, only its creator's: another caller
    /// gets 40403, as with Karapace's per-user proxies.
    fn instance(&self, group: &str, name: &str) -> Result<Arc<ConsumerInstance>, Status> {
        let instance = self.consumers.get(group, name)?;
        if self.users.is_some() && instance.owner.as_deref() != Some(current_caller()?.username.as_str()) {
            return Err(ProxyError::ConsumerNotFound(group.to_owned(), name.to_owned()).into());
        }
        Ok(instance)
    }

    /// Seeks `partitions` of an instance to one logical `offset`.
    async fn seek_all(&self, group: &str, name: &str, partitions: Option<pb::TopicPartitions>, offset: Offset) -> Result<(), Status> {
        let instance = self.instance(group, name)?;
        let partitions = pairs(partitions);
        self.check_partitions(&partitions).await?;
        let targets = partitions.into_iter().map(|(t, p)| (t, p, offset)).collect();
        let _guard = instance.lock().await;
        Ok(instance.seek(targets).await?)
    }

    /// Checks that each partition exists (40401 / 40402).
    async fn check_partitions(&self, partitions: &[(String, i32)]) -> Result<(), Status> {
        for (topic, partition) in partitions {
            self.kafka()?.check_partition(topic, *partition).await?;
        }
        Ok(())
    }

    /// Keys and values of `records` as JSON in `format`, up to the first
    /// record that does not decode: the records before it, and then that
    /// record and all after it with 42203 naming its topic, partition and
    /// offset.
    fn decode_records(&self, format: EmbeddedFormat, records: Vec<ConsumedRecord>) -> (Vec<pb::ConsumerRecord>, Option<(Vec<ConsumedRecord>, ProxyError)>) {
        let decode = |part: &str, record: &ConsumedRecord, bytes: Option<&Vec<u8>>| -> Result<Option<JsonValue>, ProxyError> {
            match bytes {
                None => Ok(None),
                Some(bytes) => self.decoder.decode(format, bytes).map(|json| Some(JsonValue(json))).map_err(|e| {
                    ProxyError::Deserialization(format!(
                        "{part} deserialization error for format {} at topic {} partition {} offset {}: {e}",
                        format.name(),
                        record.topic,
                        record.partition,
                        record.offset
                    ))
                }),
            }
        };
        let mut out = Vec::with_capacity(records.len());
        let mut records = records.into_iter();
        while let Some(record) = records.next() {
            let (key, value) = match (decode("key", &record, record.key.as_ref()), decode("value", &record, record.value.as_ref())) {
                (Ok(key), Ok(value)) => (key, value),
                (Err(err), _) | (_, Err(err)) => {
                    let undelivered = std::iter::once(record).chain(records).collect();
                    return (out, Some((undelivered, err)));
                }
            };
            out.push(pb::ConsumerRecord {
                key,
                value,
                topic: record.topic,
                partition: record.partition,
                offset: record.offset,
                timestamp: record.timestamp,
                headers: record.headers.into_iter().map(|(key, value)| pb::RecordHeader { key, value: records::header_text(&value) }).collect(),
            });
        }
        (out, None)
    }

    /// Produces one request's records: schemas first (schema'd formats),
    /// then every record encoded, then sent; nothing is sent if any fails.
    async fn produce(&self, request: Produce) -> Result<pb::ProduceResult, Status> {
        let format = EmbeddedFormat::parse(&request.format).map_err(ProxyError::UnsupportedFormat)?;
        let batch = request.batch;
        if batch.records.is_empty() {
            return Err(ProxyError::EmptyProduce.into());
        }
        let present = |f: fn(&pb::ProduceRecord) -> Option<&JsonValue>| batch.records.iter().any(|r| f(r).is_some_and(|v| !v.0.is_null()));
        let (mut key_serializer, mut value_serializer) = (None, None);
        if let Some(schema_type) = format.schema_type() {
            self.kafka()?.ensure_topic(&request.topic).await?;
            if present(|r| r.key.as_ref()) {
                key_serializer = Some(
                    WireSerializer::resolve(&self.schemas, schema_type, self.strategy, &request.topic, Part::Key, batch.key_schema.as_deref(), batch.key_schema_id)
                        .await?,
                );
            }
            if present(|r| r.value.as_ref()) {
                value_serializer = Some(
                    WireSerializer::resolve(&self.schemas, schema_type, self.strategy, &request.topic, Part::Value, batch.value_schema.as_deref(), batch.value_schema_id)
                        .await?,
                );
            }
        }
        let encode_part = |serializer: &Option<WireSerializer>, value: Option<JsonValue>| -> Result<Option<Vec<u8>>, String> {
            let json = value.map(JsonValue::into_inner);
            match (serializer, json) {
                (_, None | Some(serde_json::Value::Null)) => Ok(None),
                (Some(serializer), Some(json)) => serializer.encode(&json).map(Some),
                (None, json) => format.encode(json.as_ref()),
            }
        };
        let mut outgoing = Vec::with_capacity(batch.records.len());
        for (index, record) in batch.records.into_iter().enumerate() {
            // A binary key or value that is not base64 is a malformed request
            // (400, as Jackson answers it in Confluent); a schema'd one that does
            // not fit its schema is invalid data (42205).
            let invalid = |reason: String| match format {
                EmbeddedFormat::Binary => ProxyError::BadBinary { index, reason },
                _ => ProxyError::InvalidRecord { index, reason },
            };
            let key = encode_part(&key_serializer, record.key).map_err(invalid)?;
            let value = encode_part(&value_serializer, record.value).map_err(invalid)?;
            let mut headers: Vec<(String, Vec<u8>)> = record
                .headers
                .into_iter()
                .map(|h| records::header_value(&h.value).map(|v| (h.key, v)))
                .collect::<Result<_, _>>()
                .map_err(invalid)?;
            add_request_id(&mut headers, request.request_id.as_ref());
            outgoing.push(OutgoingRecord { key, value, partition: request.partition.or(record.partition), headers, timestamp: None });
        }
        let results = self.kafka()?.produce(&request.topic, outgoing).await?;
        let mut response = produce_response(results);
        response.key_schema_id = key_serializer.map(|s| s.id);
        response.value_schema_id = value_serializer.map(|s| s.id);
        Ok(response)
    }
}

/// The parts of the two produce requests.
struct Produce {
    topic: String,
    partition: Option<i32>,
    format: String,
    batch: pb::ProduceBatch,
    /// A request id header to add to each record (name, value).
    request_id: Option<(String, Vec<u8>)>,
}

type Reply<T> = Result<Response<T>, Status>;

/// The request id header `name` (`produce_request_id_header`,
/// lower-case) and its value in `metadata`, when both are there.
pub(crate) fn request_id(name: Option<&str>, metadata: &tonic::metadata::MetadataMap) -> Option<(String, Vec<u8>)> {
    let name = name?;
    let value = metadata.get(name)?;
    Some((name.to_owned(), value.as_bytes().to_vec()))
}

/// Adds the request id to a record's `headers` unless it sets one itself.
pub(crate) fn add_request_id(headers: &mut Vec<(String, Vec<u8>)>, request_id: Option<&(String, Vec<u8>)>) {
    if let Some((name, value)) = request_id
        && !headers.iter().any(|(key, _)| key.eq_ignore_ascii_case(name))
    {
        headers.push((name.clone(), value.clone()));
    }
}

/// `shared`, or with `rest_authorization` (`users`) the caller's admin
/// client (Kafka REST v3).
pub(crate) fn admin_for(shared: &Arc<crate::admin::KafkaAdmin>, users: Option<&UserProxies>) -> Result<Arc<crate::admin::KafkaAdmin>, Status> {
    match users {
        None => Ok(shared.clone()),
        Some(users) => Ok(users.get(&current_caller()?)?.admin.clone()),
    }
}

/// `shared`, or with `rest_authorization` (`users`) the caller's clients.
pub(crate) fn kafka_for(shared: &Arc<KafkaProxy>, users: Option<&UserProxies>) -> Result<Arc<KafkaProxy>, Status> {
    match users {
        None => Ok(shared.clone()),
        Some(users) => Ok(users.get(&current_caller()?)?.proxy.clone()),
    }
}

/// The `rest_authorization` caller; 401 when there is none (the layer
/// refuses such requests first).
pub(crate) fn current_caller() -> Result<KafkaCredentials, Status> {
    crate::proxy::users::caller().ok_or_else(|| {
        gateway::status::confluent_status(tonic::Code::Unauthenticated, 401, "UNAUTHENTICATED", "Unauthorized")
    })
}

fn partition(info: PartitionInfo) -> pb::Partition {
    pb::Partition {
        partition: info.id,
        leader: info.leader,
        replicas: info
            .replicas
            .into_iter()
            .map(|(broker, leader, in_sync)| pb::Replica { broker, leader, in_sync })
            .collect(),
    }
}

/// A boolean setting given as JSON `true` or a string (`"true"`).
fn setting_bool(name: &str, value: Option<JsonValue>) -> Result<Option<bool>, ProxyError> {
    match value.map(JsonValue::into_inner) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Bool(b)) => Ok(Some(b)),
        Some(Json::String(s)) if s.eq_ignore_ascii_case("true") => Ok(Some(true)),
        Some(Json::String(s)) if s.eq_ignore_ascii_case("false") => Ok(Some(false)),
        _ => Err(ProxyError::InvalidConsumerConfig(format!("{name} must be true or false"))),
    }
}

/// An integer setting given as a JSON number or a string (`"5"`).
fn setting_int(name: &str, value: Option<JsonValue>) -> Result<Option<i64>, ProxyError> {
    let invalid = || ProxyError::InvalidConsumerConfig(format!("{name} must be an integer"));
    match value.map(JsonValue::into_inner) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Number(n)) => n.as_i64().map(Some).ok_or_else(invalid),
        Some(Json::String(s)) => s.trim().parse().map(Some).map_err(|_| invalid()),
        _ => Err(invalid()),
    }
}

/// (topic, partition) pairs of a request body.
fn pairs(partitions: Option<pb::TopicPartitions>) -> Vec<(String, i32)> {
    partitions.map(|p| p.partitions.into_iter().map(|tp| (tp.topic, tp.partition)).collect()).unwrap_or_default()
}

/// Runs a blocking consumer call (broker round trip) off the async runtime.
async fn blocking<T: Send + 'static>(
    instance: &Arc<ConsumerInstance>,
    call: impl FnOnce(&ConsumerInstance) -> Result<T, ProxyError> + Send + 'static,
) -> Result<T, Status> {
    let instance = instance.clone();
    tokio::task::spawn_blocking(move || call(&instance))
        .await
        .map_err(|e| Status::internal(e.to_string()))?
        .map_err(Status::from)
}

fn produce_response(results: Vec<Delivered>) -> pb::ProduceResult {
    pb::ProduceResult {
        key_schema_id: None,
        value_schema_id: None,
        offsets: results
            .into_iter()
            .map(|result| match result {
                Ok((partition, offset)) => pb::RecordOffset { partition: Some(partition), offset: Some(offset), error_code: None, error: None },
                Err(error) => pb::RecordOffset {
                    partition: None,
                    offset: None,
                    error_code: Some(ProxyError::Kafka(String::new()).error_code() as i32),
                    error: Some(error),
                },
            })
            .collect(),
    }
}

/// 40301 unless `access` lets the caller do `operation` on every topic
/// named (`Topic:<name>`), and for a write to the protected schemas topic.
pub(crate) fn check_topics<'a>(
    access: &Access,
    extensions: &tonic::Extensions,
    operation: Operation,
    topics: impl IntoIterator<Item = &'a str>,
) -> Result<(), Status> {
    for topic in topics {
        if operation == Operation::Write && access.is_protected(topic) {
            return Err(ProxyError::ProtectedTopic(topic.to_owned()).into());
        }
        check_permission(access, extensions, operation, topic)?;
    }
    Ok(())
}

/// 40301 unless `access` lets the caller do `operation` on `Topic:<topic>`;
/// the schemas topic's protection is not checked.
pub(crate) fn check_permission(access: &Access, extensions: &tonic::Extensions, operation: Operation, topic: &str) -> Result<(), Status> {
    if access.enabled() && !access.allows(extensions, operation, &format!("Topic:{topic}")) {
        return Err(ProxyError::TopicForbidden(topic.to_owned()).into());
    }
    Ok(())
}

#[tonic::async_trait]
impl KafkaRestService for KafkaRestApi {
    async fn list_brokers(&self, _: Request<pb::ListBrokersRequest>) -> Reply<pb::ListBrokersResponse> {
        Ok(Response::new(pb::ListBrokersResponse { brokers: self.kafka()?.brokers().await? }))
    }

    async fn list_topics(&self, request: Request<pb::ListTopicsRequest>) -> Reply<pb::ListTopicsResponse> {
        let mut topics = self.kafka()?.topics().await?;
        // Only the topics the caller may read.
        topics.retain(|t| self.topics_access(request.extensions(), Operation::Read, [t.as_str()]).is_ok());
        Ok(Response::new(pb::ListTopicsResponse { topics }))
    }

    async fn get_topic(&self, request: Request<pb::GetTopicRequest>) -> Reply<pb::GetTopicResponse> {
        self.topics_access(request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let topic = self.kafka()?.topic(&request.into_inner().topic).await?;
        Ok(Response::new(pb::GetTopicResponse {
            name: topic.name,
            configs: topic.configs.into_iter().collect(),
            partitions: topic.partitions.into_iter().map(partition).collect(),
        }))
    }

    async fn produce_to_topic(&self, request: Request<pb::ProduceToTopicRequest>) -> Reply<pb::ProduceToTopicResponse> {
        self.topics_access(request.extensions(), Operation::Write, [request.get_ref().topic.as_str()])?;
        let request_id = self.request_id(request.metadata());
        let r = request.into_inner();
        let batch = r.batch.unwrap_or_default();
        let result = self.produce(Produce { topic: r.topic, partition: None, format: r.format, batch, request_id }).await?;
        Ok(Response::new(pb::ProduceToTopicResponse { result: Some(result) }))
    }

    async fn list_partitions(&self, request: Request<pb::ListPartitionsRequest>) -> Reply<pb::ListPartitionsResponse> {
        self.topics_access(request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let partitions = self.kafka()?.partitions(&request.into_inner().topic).await?;
        Ok(Response::new(pb::ListPartitionsResponse { partitions: partitions.into_iter().map(partition).collect() }))
    }

    async fn get_partition(&self, request: Request<pb::GetPartitionRequest>) -> Reply<pb::GetPartitionResponse> {
        self.topics_access(request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let r = request.into_inner();
        let info = self.kafka()?.partition(&r.topic, r.partition).await?;
        Ok(Response::new(pb::GetPartitionResponse { partition: Some(partition(info)) }))
    }

    async fn get_partition_offsets(&self, request: Request<pb::GetPartitionOffsetsRequest>) -> Reply<pb::GetPartitionOffsetsResponse> {
        self.topics_access(request.extensions(), Operation::Read, [request.get_ref().topic.as_str()])?;
        let r = request.into_inner();
        let (beginning_offset, end_offset) = self.kafka()?.offsets(&r.topic, r.partition).await?;
        Ok(Response::new(pb::GetPartitionOffsetsResponse { beginning_offset, end_offset }))
    }

    async fn produce_to_partition(&self, request: Request<pb::ProduceToPartitionRequest>) -> Reply<pb::ProduceToPartitionResponse> {
        self.topics_access(request.extensions(), Operation::Write, [request.get_ref().topic.as_str()])?;
        let request_id = self.request_id(request.metadata());
        let r = request.into_inner();
        let batch = r.batch.unwrap_or_default();
        let result = self.produce(Produce { topic: r.topic, partition: Some(r.partition), format: r.format, batch, request_id }).await?;
        Ok(Response::new(pb::ProduceToPartitionResponse { result: Some(result) }))
    }

    async fn create_consumer(&self, request: Request<pb::CreateConsumerRequest>) -> Reply<pb::CreateConsumerResponse> {
        let r = request.into_inner();
        let config = r.config.unwrap_or_default();
        let create = CreateInstance {
            name: config.name.or(config.id),
            format: config.format,
            auto_offset_reset: config.auto_offset_reset,
            auto_commit: setting_bool("auto.commit.enable", config.auto_commit_enable)?,
            fetch_min_bytes: setting_int("fetch.min.bytes", config.fetch_min_bytes)?,
            request_timeout_ms: setting_int("consumer.request.timeout.ms", config.consumer_request_timeout_ms)?,
        };
        // With `rest_authorization`, the consumer logs in as its creator.
        let user = match &self.users {
            None => None,
            Some(users) => {
                let caller = current_caller()?;
                Some((users.settings().consumers_for(&caller), caller.username))
            }
        };
        let (instance, base_uri) = self.consumers.create(&r.group, create, user)?;
        Ok(Response::new(pb::CreateConsumerResponse { instance_id: instance.name.clone(), base_uri }))
    }

    async fn delete_consumer(&self, request: Request<pb::DeleteConsumerRequest>) -> Reply<pb::DeleteConsumerResponse> {
        let r = request.into_inner();
        self.instance(&r.group, &r.instance)?;
        self.consumers.delete(&r.group, &r.instance).await?;
        Ok(Response::new(pb::DeleteConsumerResponse {}))
    }

    async fn set_subscription(&self, request: Request<pb::SetSubscriptionRequest>) -> Reply<pb::SetSubscriptionResponse> {
        if let Some(subscription) = &request.get_ref().subscription {
            // A pattern may match any topic: it needs Read on `Topic:*`.
            let pattern = subscription.topic_pattern.as_ref().map(|_| "*");
            self.topics_access(request.extensions(), Operation::Read, subscription.topics.iter().map(String::as_str).chain(pattern))?;
        }
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let _guard = instance.lock().await;
        let subscription = r.subscription.unwrap_or_default();
        instance.subscribe(subscription.topics, subscription.topic_pattern)?;
        Ok(Response::new(pb::SetSubscriptionResponse {}))
    }

    async fn get_subscription(&self, request: Request<pb::GetSubscriptionRequest>) -> Reply<pb::GetSubscriptionResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        Ok(Response::new(pb::GetSubscriptionResponse { topics: instance.subscription() }))
    }

    async fn delete_subscription(&self, request: Request<pb::DeleteSubscriptionRequest>) -> Reply<pb::DeleteSubscriptionResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let _guard = instance.lock().await;
        instance.unsubscribe();
        Ok(Response::new(pb::DeleteSubscriptionResponse {}))
    }

    async fn set_assignment(&self, request: Request<pb::SetAssignmentRequest>) -> Reply<pb::SetAssignmentResponse> {
        self.topics_access(request.extensions(), Operation::Read, request.get_ref().assignment.iter().flat_map(|a| a.partitions.iter()).map(|p| p.topic.as_str()))?;
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let partitions = pairs(r.assignment);
        self.check_partitions(&partitions).await?;
        let _guard = instance.lock().await;
        instance.assign(&partitions)?;
        Ok(Response::new(pb::SetAssignmentResponse {}))
    }

    async fn get_assignment(&self, request: Request<pb::GetAssignmentRequest>) -> Reply<pb::GetAssignmentResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let partitions = instance.assignment()?.into_iter().map(|(topic, partition)| pb::TopicPartition { topic, partition }).collect();
        Ok(Response::new(pb::GetAssignmentResponse { partitions }))
    }

    async fn seek(&self, request: Request<pb::SeekRequest>) -> Reply<pb::SeekResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let positions = r.positions.unwrap_or_default();
        let mut targets = Vec::new();
        for o in positions.offsets {
            if o.offset < 0 {
                return Err(ProxyError::InvalidConsumerConfig(format!("offset must be >= 0, got {}", o.offset)).into());
            }
            targets.push((o.topic, o.partition, Offset::Offset(o.offset)));
        }
        let mut times = Vec::new();
        for t in positions.timestamps {
            let millis = match t.timestamp.map(JsonValue::into_inner) {
                Some(Json::Number(n)) => n.as_i64(),
                Some(Json::String(s)) => s.trim().parse().ok().or_else(|| rfc3339_millis(&s)),
                _ => None,
            }
            .ok_or_else(|| ProxyError::InvalidConsumerConfig("timestamp must be an ISO 8601 date-time or ms since the epoch".to_owned()))?;
            times.push((t.topic, t.partition, millis));
        }
        // Unknown topics and partitions are the client's mistake: 40401 / 40402.
        let named: Vec<(String, i32)> =
            targets.iter().map(|(t, p, _)| (t.clone(), *p)).chain(times.iter().map(|(t, p, _)| (t.clone(), *p))).collect();
        self.check_partitions(&named).await?;
        let _guard = instance.lock().await;
        if !times.is_empty() {
            instance.check_assigned(times.iter().map(|(t, p, _)| (t.as_str(), *p)))?;
            targets.extend(blocking(&instance, move |i| i.offsets_for_times(&times)).await?);
        }
        instance.seek(targets).await?;
        Ok(Response::new(pb::SeekResponse {}))
    }

    async fn seek_to_beginning(&self, request: Request<pb::SeekToBeginningRequest>) -> Reply<pb::SeekToBeginningResponse> {
        let r = request.into_inner();
        self.seek_all(&r.group, &r.instance, r.partitions, Offset::Beginning).await?;
        Ok(Response::new(pb::SeekToBeginningResponse {}))
    }

    async fn seek_to_end(&self, request: Request<pb::SeekToEndRequest>) -> Reply<pb::SeekToEndResponse> {
        let r = request.into_inner();
        self.seek_all(&r.group, &r.instance, r.partitions, Offset::End).await?;
        Ok(Response::new(pb::SeekToEndResponse {}))
    }

    async fn read_records(&self, request: Request<pb::ReadRecordsRequest>) -> Reply<pb::ReadRecordsResponse> {
        let accept = request.metadata().get(gateway::transcode::ACCEPT_METADATA).and_then(|a| a.to_str().ok()).map(str::to_owned);
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let format = instance.settings.format;
        // The instance's own format whenever the Accept list admits it (as
        // Karapace serves `avro, v2+json, json, */*`); 40601 when the client
        // names only other embedded formats.
        let own_media = format!("application/vnd.kafka.{}.v2+json", format.name());
        let admitted = accept.as_deref().is_some_and(|a| gateway::media::admits(Some(a), &own_media));
        if !admitted && !r.format.is_empty() && EmbeddedFormat::parse(&r.format).ok() != Some(format) {
            return Err(ProxyError::FormatMismatch { instance: format.name().to_owned(), requested: r.format.to_ascii_lowercase() }.into());
        }
        let settings = self.consumers.settings();
        let timeout_ms = r.timeout.filter(|t| *t > 0).map_or(instance.settings.request_timeout_ms, |t| t as u64);
        let max_bytes = r
            .max_bytes
            .filter(|m| *m > 0)
            .map_or(settings.request_max_bytes, |m| usize::try_from(m).unwrap_or(usize::MAX).min(settings.request_max_bytes));
        let _guard = instance.lock().await;
        // The reservation is held until the response is built.
        let (records, _reservation) = self
            .consumers
            .read(&instance, std::time::Duration::from_millis(timeout_ms), max_bytes, instance.settings.fetch_min_bytes)
            .await?;
        if format.schema_type().is_some()
            && let Err(err) = self.decoder.prefetch(&records).await
        {
            instance.settle(Vec::new(), records);
            return Err(err.into());
        }
        let (decoded, failure) = self.decode_records(format, records);
        let delivered = last_offsets(decoded.iter().map(|r| (r.topic.as_str(), r.partition, r.offset)));
        match failure {
            // The records before the bad one now; the error once it is first.
            Some((undelivered, err)) => {
                instance.settle(delivered, undelivered);
                if decoded.is_empty() {
                    return Err(err.into());
                }
            }
            None => instance.settle(delivered, Vec::new()),
        }
        let mut response = Response::new(pb::ReadRecordsResponse { records: decoded });
        if admitted && let Ok(media) = tonic::metadata::MetadataValue::try_from(own_media.as_str()) {
            response.metadata_mut().insert(gateway::transcode::MEDIA_TYPE_METADATA, media);
        }
        Ok(response)
    }

    async fn commit_offsets(&self, request: Request<pb::CommitOffsetsRequest>) -> Reply<pb::CommitOffsetsResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let offsets: Vec<(String, i32, i64)> =
            r.commit.map(|c| c.offsets.into_iter().map(|o| (o.topic, o.partition, o.offset + 1)).collect()).unwrap_or_default();
        let partitions: Vec<(String, i32)> = offsets.iter().map(|(t, p, _)| (t.clone(), *p)).collect();
        self.check_partitions(&partitions).await?;
        let _guard = instance.lock().await;
        let asynchronous = r.r#async;
        let given = (!offsets.is_empty()).then_some(offsets);
        let committed = blocking(&instance, move |i| i.commit(given, asynchronous)).await?;
        Ok(Response::new(pb::CommitOffsetsResponse {
            offsets: committed
                .into_iter()
                .map(|(topic, partition, consumed, committed)| pb::CommittedOffset { topic, partition, consumed, committed })
                .collect(),
        }))
    }

    async fn get_committed_offsets(&self, request: Request<pb::GetCommittedOffsetsRequest>) -> Reply<pb::GetCommittedOffsetsResponse> {
        let r = request.into_inner();
        let instance = self.instance(&r.group, &r.instance)?;
        let partitions = pairs(r.partitions);
        self.check_partitions(&partitions).await?;
        let _guard = instance.lock().await;
        let found = blocking(&instance, move |i| i.committed(&partitions)).await?;
        Ok(Response::new(pb::GetCommittedOffsetsResponse {
            offsets: found
                .into_iter()
                .map(|(topic, partition, offset, metadata)| pb::PartitionOffset { topic, partition, offset, metadata })
                .collect(),
        }))
    }
}

/// The REST Proxy v2 root resource for a process without the registry
/// (Confluent kafka-rest `RootResource`: `{}` for GET and POST).
#[derive(Debug, Clone, Copy)]
pub struct ProxyRoot;

#[tonic::async_trait]
impl gateway::pb::gregor::kafka::v1::kafka_rest_root_service_server::KafkaRestRootService for ProxyRoot {
    async fn get_proxy_root(&self, _: Request<pb::GetProxyRootRequest>) -> Reply<pb::GetProxyRootResponse> {
        Ok(Response::new(pb::GetProxyRootResponse {}))
    }

    async fn post_proxy_root(&self, _: Request<pb::PostProxyRootRequest>) -> Reply<pb::PostProxyRootResponse> {
        Ok(Response::new(pb::PostProxyRootResponse {}))
    }
}
