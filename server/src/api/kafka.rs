//! `gregor.kafka.v1.KafkaRestService` (REST Proxy v2) over [`KafkaProxy`].

use std::sync::Arc;

use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::kafka_rest_service_server::KafkaRestService;
use prost_types::value::Kind;
use tonic::{Request, Response, Status};

use crate::proxy::error::ProxyError;
use crate::proxy::records::{self, EmbeddedFormat};
use crate::proxy::schemas::{NameStrategy, Part, WireSerializer};
use crate::proxy::{Delivered, KafkaProxy, OutgoingRecord, PartitionInfo};
use crate::registry::Registry;

/// The REST proxy's gRPC service; the v2 REST façade calls the same methods.
#[derive(Debug, Clone)]
pub struct KafkaRestApi {
    proxy: Arc<KafkaProxy>,
    registry: Arc<Registry>,
    strategy: NameStrategy,
}

impl KafkaRestApi {
    /// Serves `proxy`; schema'd formats use the in-process `registry`.
    pub fn new(proxy: Arc<KafkaProxy>, registry: Arc<Registry>, strategy: NameStrategy) -> Self {
        Self { proxy, registry, strategy }
    }

    /// Produces one request's records: schemas first (schema'd formats),
    /// then every record encoded, then sent; nothing is sent if any fails.
    async fn produce(&self, request: Produce) -> Result<pb::ProduceResult, Status> {
        let format = EmbeddedFormat::parse(&request.format).map_err(ProxyError::UnsupportedFormat)?;
        let batch = request.batch;
        let present = |f: fn(&pb::ProduceRecord) -> Option<&prost_types::Value>| {
            batch.records.iter().any(|r| f(r).is_some_and(|v| !matches!(v.kind, None | Some(Kind::NullValue(_)))))
        };
        let (mut key_serializer, mut value_serializer) = (None, None);
        if let Some(schema_type) = format.schema_type() {
            self.proxy.ensure_topic(&request.topic).await?;
            if present(|r| r.key.as_ref()) {
                key_serializer = Some(
                    WireSerializer::resolve(&self.registry, schema_type, self.strategy, &request.topic, Part::Key, batch.key_schema.as_deref(), batch.key_schema_id)
                        .await?,
                );
            }
            if present(|r| r.value.as_ref()) {
                value_serializer = Some(
                    WireSerializer::resolve(&self.registry, schema_type, self.strategy, &request.topic, Part::Value, batch.value_schema.as_deref(), batch.value_schema_id)
                        .await?,
                );
            }
        }
        let encode_part = |serializer: &Option<WireSerializer>, value: Option<prost_types::Value>| -> Result<Option<Vec<u8>>, String> {
            let json = value.map(to_json);
            match (serializer, json) {
                (_, None | Some(serde_json::Value::Null)) => Ok(None),
                (Some(serializer), Some(json)) => serializer.encode(&json).map(Some),
                (None, json) => format.encode(json.as_ref()),
            }
        };
        let mut outgoing = Vec::with_capacity(batch.records.len());
        for (index, record) in batch.records.into_iter().enumerate() {
            let invalid = |reason: String| ProxyError::InvalidRecord { index, reason };
            let key = encode_part(&key_serializer, record.key).map_err(invalid)?;
            let value = encode_part(&value_serializer, record.value).map_err(invalid)?;
            let headers = record
                .headers
                .into_iter()
                .map(|h| records::header_value(&h.value).map(|v| (h.key, v)))
                .collect::<Result<_, _>>()
                .map_err(invalid)?;
            outgoing.push(OutgoingRecord { key, value, partition: request.partition.or(record.partition), headers });
        }
        let results = self.proxy.produce(&request.topic, outgoing).await?;
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
}

type Reply<T> = Result<Response<T>, Status>;

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

/// `google.protobuf.Value` → JSON. Numbers pass through f64, so integers
/// above 2^53 lose precision (a limit of the proto3 JSON mapping).
fn to_json(value: prost_types::Value) -> serde_json::Value {
    match value.kind {
        None | Some(Kind::NullValue(_)) => serde_json::Value::Null,
        Some(Kind::BoolValue(b)) => b.into(),
        Some(Kind::StringValue(s)) => s.into(),
        Some(Kind::NumberValue(n)) if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 => (n as i64).into(),
        Some(Kind::NumberValue(n)) => serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, Into::into),
        Some(Kind::StructValue(s)) => s.fields.into_iter().map(|(k, v)| (k, to_json(v))).collect::<serde_json::Map<_, _>>().into(),
        Some(Kind::ListValue(l)) => l.values.into_iter().map(to_json).collect::<Vec<_>>().into(),
    }
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

#[tonic::async_trait]
impl KafkaRestService for KafkaRestApi {
    async fn list_brokers(&self, _: Request<pb::ListBrokersRequest>) -> Reply<pb::ListBrokersResponse> {
        Ok(Response::new(pb::ListBrokersResponse { brokers: self.proxy.brokers().await? }))
    }

    async fn list_topics(&self, _: Request<pb::ListTopicsRequest>) -> Reply<pb::ListTopicsResponse> {
        Ok(Response::new(pb::ListTopicsResponse { topics: self.proxy.topics().await? }))
    }

    async fn get_topic(&self, request: Request<pb::GetTopicRequest>) -> Reply<pb::GetTopicResponse> {
        let topic = self.proxy.topic(&request.into_inner().topic).await?;
        Ok(Response::new(pb::GetTopicResponse {
            name: topic.name,
            configs: topic.configs.into_iter().collect(),
            partitions: topic.partitions.into_iter().map(partition).collect(),
        }))
    }

    async fn produce_to_topic(&self, request: Request<pb::ProduceToTopicRequest>) -> Reply<pb::ProduceToTopicResponse> {
        let r = request.into_inner();
        let batch = r.batch.unwrap_or_default();
        let result = self.produce(Produce { topic: r.topic, partition: None, format: r.format, batch }).await?;
        Ok(Response::new(pb::ProduceToTopicResponse { result: Some(result) }))
    }

    async fn list_partitions(&self, request: Request<pb::ListPartitionsRequest>) -> Reply<pb::ListPartitionsResponse> {
        let partitions = self.proxy.partitions(&request.into_inner().topic).await?;
        Ok(Response::new(pb::ListPartitionsResponse { partitions: partitions.into_iter().map(partition).collect() }))
    }

    async fn get_partition(&self, request: Request<pb::GetPartitionRequest>) -> Reply<pb::GetPartitionResponse> {
        let r = request.into_inner();
        let info = self.proxy.partition(&r.topic, r.partition).await?;
        Ok(Response::new(pb::GetPartitionResponse { partition: Some(partition(info)) }))
    }

    async fn get_partition_offsets(&self, request: Request<pb::GetPartitionOffsetsRequest>) -> Reply<pb::GetPartitionOffsetsResponse> {
        let r = request.into_inner();
        let (beginning_offset, end_offset) = self.proxy.offsets(&r.topic, r.partition).await?;
        Ok(Response::new(pb::GetPartitionOffsetsResponse { beginning_offset, end_offset }))
    }

    async fn produce_to_partition(&self, request: Request<pb::ProduceToPartitionRequest>) -> Reply<pb::ProduceToPartitionResponse> {
        let r = request.into_inner();
        let batch = r.batch.unwrap_or_default();
        let result = self.produce(Produce { topic: r.topic, partition: Some(r.partition), format: r.format, batch }).await?;
        Ok(Response::new(pb::ProduceToPartitionResponse { result: Some(result) }))
    }
}
