//! Typed JSON for Kafka REST v3 streaming produce, the per-record hot
//! path of `body_stream`: a record read straight into its prost message,
//! and a result written straight from it, without a dynamic message and a
//! JSON tree per record. Each gives byte for byte what the generic path
//! gives; anything it does not know (an unknown field, a camelCase name, a
//! header that is not base64) goes down the generic path instead, which
//! also words the errors. `tests` hold the two paths together.

use std::any::Any;

use base64::Engine as _;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value as Json};

use crate::json_value::JsonValue;
use crate::pb::gregor::kafka::v1::{ProduceRecordData, ProduceRecordHeader, ProduceRecordsRequest, ProduceRecordsResponse, ProduceResultData};

/// Full name of the request message served here.
pub(crate) const REQUEST: &str = "gregor.kafka.v1.ProduceRecordsRequest";

/// `object` (one JSON record of a produce stream) as a request, with the
/// path's cluster id and topic (`path_fields`, by JSON name); `None` for
/// anything the typed reader does not take.
pub(crate) fn request(object: &[u8], path_fields: &Map<String, Json>) -> Option<ProduceRecordsRequest> {
    let record: Record = crate::json::from_slice(object).ok()?;
    let text = |name: &str| path_fields.get(name).and_then(Json::as_str).map(str::to_owned);
    let mut headers = Vec::with_capacity(record.headers.len());
    for header in record.headers {
        let value = match header.value {
            Some(text) => Some(base64::engine::general_purpose::STANDARD.decode(text).ok()?),
            None => None,
        };
        headers.push(ProduceRecordHeader { name: header.name, value });
    }
    Some(ProduceRecordsRequest {
        cluster_id: text("clusterId")?,
        topic_name: text("topicName")?,
        partition_id: record.partition_id,
        headers,
        key: record.key.map(Data::into_message),
        value: record.value.map(Data::into_message),
        timestamp: record.timestamp,
    })
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    partition_id: Option<i32>,
    #[serde(default)]
    headers: Vec<Header>,
    key: Option<Data>,
    value: Option<Data>,
    timestamp: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    name: String,
    value: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    r#type: Option<String>,
    subject: Option<String>,
    subject_name_strategy: Option<String>,
    schema_id: Option<i32>,
    schema_version: Option<i32>,
    schema: Option<String>,
    /// `null` is a present `NullValue`, as proto3 JSON reads a
    /// `google.protobuf.Value`; only an absent `data` is unset.
    #[serde(default, deserialize_with = "crate::fast_json::present")]
    data: Option<Json>,
}

impl Data {
    fn into_message(self) -> ProduceRecordData {
        ProduceRecordData {
            r#type: self.r#type,
            subject: self.subject,
            subject_name_strategy: self.subject_name_strategy,
            schema_id: self.schema_id,
            schema_version: self.schema_version,
            schema: self.schema,
            data: self.data.map(JsonValue),
        }
    }
}

/// The JSON of one streamed answer, when it is a produce result.
pub(crate) fn answer(message: &dyn Any) -> Option<Result<Vec<u8>, serde_json::Error>> {
    message.downcast_ref::<ProduceRecordsResponse>().map(|r| serde_json::to_vec(&Answer(r)))
}

/// A result as proto3 JSON prints it without defaults: `error_code` when
/// not 0, every optional field that is set, in field order.
struct Answer<'a>(&'a ProduceRecordsResponse);

impl Serialize for Answer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut map = serializer.serialize_map(None)?;
        if r.error_code != 0 {
            map.serialize_entry("error_code", &r.error_code)?;
        }
        if let Some(message) = &r.message {
            map.serialize_entry("message", message)?;
        }
        if let Some(cluster_id) = &r.cluster_id {
            map.serialize_entry("cluster_id", cluster_id)?;
        }
        if let Some(topic_name) = &r.topic_name {
            map.serialize_entry("topic_name", topic_name)?;
        }
        if let Some(partition_id) = &r.partition_id {
            map.serialize_entry("partition_id", partition_id)?;
        }
        if let Some(offset) = &r.offset {
            map.serialize_entry("offset", offset)?;
        }
        if let Some(timestamp) = &r.timestamp {
            map.serialize_entry("timestamp", timestamp)?;
        }
        if let Some(key) = &r.key {
            map.serialize_entry("key", &ResultData(key))?;
        }
        if let Some(value) = &r.value {
            map.serialize_entry("value", &ResultData(value))?;
        }
        map.end()
    }
}

struct ResultData<'a>(&'a ProduceResultData);

impl Serialize for ResultData<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(None)?;
        if let Some(size) = &d.size {
            map.serialize_entry("size", size)?;
        }
        if let Some(r#type) = &d.r#type {
            map.serialize_entry("type", r#type)?;
        }
        if let Some(subject) = &d.subject {
            map.serialize_entry("subject", subject)?;
        }
        if let Some(schema_id) = &d.schema_id {
            map.serialize_entry("schema_id", schema_id)?;
        }
        if let Some(schema_version) = &d.schema_version {
            map.serialize_entry("schema_version", schema_version)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use prost_reflect::{DeserializeOptions, DynamicMessage};
    use serde_json::json;

    use super::*;

    /// What the generic path (`body_stream::message_frame`) makes of
    /// `object` with the path fields.
    fn generic_request(object: &str, path_fields: &Map<String, Json>) -> Option<ProduceRecordsRequest> {
        let descriptor = crate::descriptor_pool().get_message_by_name(REQUEST).unwrap();
        let mut json: Json = serde_json::from_str(object).ok()?;
        let fields = json.as_object_mut()?;
        for (name, value) in path_fields {
            fields.insert(name.clone(), value.clone());
        }
        let options = DeserializeOptions::new().deny_unknown_fields(false);
        let message = DynamicMessage::deserialize_with_options(descriptor, json, &options).ok()?;
        Some(message.transcode_to().unwrap())
    }

    fn path() -> Map<String, Json> {
        json!({"clusterId": "c-1", "topicName": "orders"}).as_object().unwrap().clone()
    }

    #[test]
    fn requests_match_the_generic_path() {
        let served = [
            r#"{"value":{"type":"BINARY","data":"aGVsbG8="}}"#,
            r#"{"key":{"type":"STRING","data":"k"},"value":{"type":"JSON","data":{"a":[1,2.5,null],"b":"x"}},"partition_id":1}"#,
            r#"{"value":{"schema_id":3,"data":null},"headers":[{"name":"h","value":"AAE="},{"name":"n","value":null}]}"#,
            r#"{"value":{"type":"AVRO","schema":"\"string\"","subject_name_strategy":"TOPIC_NAME","subject":"s","schema_version":2,"data":"v"},"timestamp":"2026-01-02T03:04:05Z"}"#,
            r#"{"key":null,"value":{}}"#,
            r#"{}"#,
        ];
        for object in served {
            let fast = request(object.as_bytes(), &path()).unwrap_or_else(|| panic!("typed reader refused {object}"));
            assert_eq!(Some(fast), generic_request(object, &path()), "{object}");
        }
        // What the typed reader leaves to the generic path.
        for object in [r#"{"partitionId":1}"#, r#"{"value":{"type":"JSON"},"extra":1}"#, r#"{"headers":[{"name":"h","value":"%%"}]}"#] {
            assert!(request(object.as_bytes(), &path()).is_none(), "{object}");
        }
    }

    #[test]
    fn answers_match_the_generic_path() {
        let route = crate::transcode::RouteSpec {
            rpc: "gregor.kafka.v1.RecordsService/ProduceRecords",
            input: REQUEST,
            output: "gregor.kafka.v1.ProduceRecordsResponse",
            body: crate::transcode::BodySpec::All,
            response_body: None,
            media: &crate::media::STREAM_MEDIA,
            content_type_binding: None,
            accept_binding: None,
            no_content: false,
            emit_defaults: false,
            emit_nulls: false,
            descriptors: std::sync::OnceLock::new(),
        };
        let answers = [
            ProduceRecordsResponse {
                error_code: 200,
                cluster_id: Some("c-1".to_owned()),
                topic_name: Some("t\"ópico".to_owned()),
                partition_id: Some(0),
                offset: Some(9_007_199_254_740_993),
                timestamp: Some("2026-12-01T14:30:47.123Z".to_owned()),
                key: Some(ProduceResultData { size: Some(0), r#type: Some("STRING".to_owned()), ..ProduceResultData::default() }),
                value: Some(ProduceResultData {
                    size: Some(12),
                    r#type: Some("AVRO".to_owned()),
                    subject: Some("s".to_owned()),
                    schema_id: Some(0),
                    schema_version: Some(3),
                }),
                ..ProduceRecordsResponse::default()
            },
            ProduceRecordsResponse { error_code: 40402, message: Some("Partition 7 of topic 'x' not found.\n".to_owned()), ..ProduceRecordsResponse::default() },
            ProduceRecordsResponse::default(),
        ];
        for message in answers {
            let fast = answer(&message).unwrap().unwrap();
            let generic = crate::transcode::stream_message_json(&route, &prost::Message::encode_to_vec(&message)).unwrap();
            assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(generic).unwrap());
        }
    }
}
