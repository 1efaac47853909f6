//! Typed JSON writers for the hottest REST answers. They print, byte for
//! byte, what the generic path prints (protobuf-encode, decode into a
//! `DynamicMessage`, serialize to a JSON tree, add `emit_nulls` nulls,
//! write), without the dynamic message and the tree per record:
//! `GET /consumers/{group}/instances/{instance}/records` answers thousands
//! of records at a time, and the generic path spent most of the request's
//! time and memory there. `tests::records_match_the_generic_path` holds the
//! two together.

use std::any::Any;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::pb::gregor::kafka::v1::{
    ConsumerRecord, ProduceBatch, ProduceRecord, ProduceResult, ProduceToPartitionRequest, ProduceToPartitionResponse, ProduceToTopicRequest,
    ProduceToTopicResponse, ReadRecordsResponse,
    RecordHeader, RecordOffset,
};
use crate::json_value::JsonValue;
use crate::transcode::{IntegralFloats, RouteSpec};

/// The response body for `message` on `route`, when a typed writer serves
/// it; `None` sends the caller down the generic path.
pub(crate) fn response_body(route: &RouteSpec, message: &dyn Any) -> Option<Result<Vec<u8>, serde_json::Error>> {
    if route.response_body == Some("records")
        && let Some(response) = message.downcast_ref::<ReadRecordsResponse>()
    {
        return Some(records_json(&response.records));
    }
    if route.response_body == Some("result") {
        let result = if let Some(response) = message.downcast_ref::<ProduceToTopicResponse>() {
            response.result.as_ref()
        } else if let Some(response) = message.downcast_ref::<ProduceToPartitionResponse>() {
            response.result.as_ref()
        } else {
            return None;
        };
        return Some(serde_json::to_vec(&Result_(result.unwrap_or(&ProduceResult::default()))));
    }
    None
}

/// A `ProduceResult` as the generic path prints a message response body
/// with `emit_nulls`: `null` for unset ids, offsets and errors, `offsets`
/// left out when empty (a default repeated field).
struct Result_<'a>(&'a ProduceResult);

impl Serialize for Result_<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("key_schema_id", &r.key_schema_id)?;
        map.serialize_entry("value_schema_id", &r.value_schema_id)?;
        if !r.offsets.is_empty() {
            map.serialize_entry("offsets", &Each(&r.offsets, Offset))?;
        }
        map.end()
    }
}

struct Offset<'a>(&'a RecordOffset);

impl Serialize for Offset<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let o = self.0;
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("partition", &o.partition)?;
        map.serialize_entry("offset", &o.offset)?;
        map.serialize_entry("error_code", &o.error_code)?;
        map.serialize_entry("error", &o.error)?;
        map.end()
    }
}

/// `[ConsumerRecord…]` as the generic path prints a repeated response body:
/// defaults included, `null` for an unset key, value or timestamp
/// (`ConsumerRecord` carries `emit_nulls`), fields in declaration order.
/// Written by hand rather than through serde: strings that need no escape
/// (base64 values, topic names) are copied as they are, which takes the
/// per-byte escape loop (12 % of a REST consume's CPU) off the hot path.
fn records_json(records: &[ConsumerRecord]) -> Result<Vec<u8>, serde_json::Error> {
    // About what each 100-byte binary record takes.
    let mut body = Vec::with_capacity(64 + records.len() * 256);
    body.push(b'[');
    for (i, r) in records.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(b"{\"topic\":");
        write_str(&mut body, &r.topic)?;
        body.extend_from_slice(b",\"key\":");
        write_value(&mut body, r.key.as_ref())?;
        body.extend_from_slice(b",\"value\":");
        write_value(&mut body, r.value.as_ref())?;
        body.extend_from_slice(b",\"partition\":");
        body.extend_from_slice(itoa::Buffer::new().format(r.partition).as_bytes());
        body.extend_from_slice(b",\"offset\":");
        body.extend_from_slice(itoa::Buffer::new().format(r.offset).as_bytes());
        body.extend_from_slice(b",\"timestamp\":");
        match r.timestamp {
            Some(timestamp) => body.extend_from_slice(itoa::Buffer::new().format(timestamp).as_bytes()),
            None => body.extend_from_slice(b"null"),
        }
        body.extend_from_slice(b",\"headers\":[");
        for (j, header) in r.headers.iter().enumerate() {
            if j > 0 {
                body.push(b',');
            }
            body.extend_from_slice(b"{\"key\":");
            write_str(&mut body, &header.key)?;
            body.extend_from_slice(b",\"value\":");
            write_str(&mut body, &header.value)?;
            body.push(b'}');
        }
        body.extend_from_slice(b"]}");
    }
    body.push(b']');
    Ok(body)
}

/// A JSON string: copied between quotes when nothing in it needs an escape
/// (serde_json escapes only `"`, `\` and controls below U+0020), else
/// through serde_json.
fn write_str(out: &mut Vec<u8>, text: &str) -> Result<(), serde_json::Error> {
    if needs_escape(text.as_bytes()) {
        return serde_json::to_writer(out, text);
    }
    out.reserve(text.len() + 2);
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
    Ok(())
}

/// Whether any byte needs a JSON escape; branch-free within 32-byte chunks
/// so the compiler vectorizes it.
fn needs_escape(bytes: &[u8]) -> bool {
    bytes.chunks(32).any(|chunk| chunk.iter().fold(false, |found, &b| found | (b < 0x20) | (b == b'"') | (b == b'\\')))
}

/// An optional `google.protobuf.Value`: `null` when unset, a string by
/// [`write_str`], anything else through serde_json (numbers as the generic
/// path prints them, [`IntegralFloats`]; object keys in their order).
fn write_value(out: &mut Vec<u8>, value: Option<&JsonValue>) -> Result<(), serde_json::Error> {
    match value {
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
        Some(JsonValue(serde_json::Value::String(text))) => write_str(out, text),
        Some(JsonValue(value)) => value.serialize(&mut serde_json::Serializer::with_formatter(out, IntegralFloats)),
    }
}

/// A slice as a JSON array, each item written as `item` makes it.
struct Each<'a, T, W>(&'a [T], fn(&'a T) -> W);

impl<'a, T, W: Serialize> Serialize for Each<'a, T, W> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}

/// The protobuf encoding of a request body of message type `message`
/// (full name), when a typed reader serves it (see [`request_batch`]);
/// `None` sends the caller down the generic path.
pub(crate) fn request_body(message: &str, body: &[u8]) -> Option<Vec<u8>> {
    request_batch(message, body).map(|batch| prost::Message::encode_to_vec(&batch))
}

/// The request body of message type `message` (full name) read straight
/// into its typed message, when a typed reader serves it: `ProduceBatch`,
/// the body of every REST produce. `None` sends the caller down the
/// generic path, which also gives the error for a body this reader does
/// not take: it takes only the plain shape (known fields, each of its own
/// JSON type), where both paths agree
/// (`tests::produce_batches_match_the_generic_path`).
pub(crate) fn request_batch(message: &str, body: &[u8]) -> Option<ProduceBatch> {
    if message != "gregor.kafka.v1.ProduceBatch" {
        return None;
    }
    let batch: Batch = crate::json::from_slice(body).ok()?;
    Some(ProduceBatch {
        records: batch
            .records
            .into_iter()
            .map(|r| ProduceRecord {
                key: r.key.map(typed_value),
                value: r.value.map(typed_value),
                partition: r.partition,
                headers: r.headers.into_iter().map(|h| RecordHeader { key: h.key, value: h.value }).collect(),
            })
            .collect(),
        key_schema: batch.key_schema,
        value_schema: batch.value_schema,
        key_schema_id: batch.key_schema_id,
        value_schema_id: batch.value_schema_id,
    })
}

/// A record key or value as the same JSON read through the wire format
/// holds it (numbers as `google.protobuf.Value` keeps them).
fn typed_value(mut json: serde_json::Value) -> JsonValue {
    crate::json_value::normalize_numbers(&mut json);
    JsonValue(json)
}

/// The `batch` field of `input` when it is one of the two REST produce
/// requests, which take a [`request_batch`] there directly: that saves
/// every record value a protobuf encoding and decoding (the REST produce
/// body is the largest request Gregor reads). `None` for other messages.
pub(crate) fn batch_slot(input: &mut dyn Any) -> Option<&mut Option<ProduceBatch>> {
    if input.is::<ProduceToTopicRequest>() {
        return input.downcast_mut::<ProduceToTopicRequest>().map(|request| &mut request.batch);
    }
    input.downcast_mut::<ProduceToPartitionRequest>().map(|request| &mut request.batch)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Batch {
    #[serde(default)]
    records: Vec<BatchRecord>,
    key_schema: Option<String>,
    value_schema: Option<String>,
    key_schema_id: Option<i32>,
    value_schema_id: Option<i32>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchRecord {
    /// `null` is a present `NullValue`, as proto3 JSON reads a
    /// `google.protobuf.Value`; only an absent key is unset.
    #[serde(default, deserialize_with = "present")]
    key: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    value: Option<serde_json::Value>,
    partition: Option<i32>,
    #[serde(default)]
    headers: Vec<BatchHeader>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchHeader {
    key: String,
    value: String,
}

pub(crate) fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde::Deserialize::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn value(json: serde_json::Value) -> Option<JsonValue> {
        Some(JsonValue(json))
    }

    /// A `KafkaRestService` route as the generator writes it: JSON out,
    /// `emit_nulls`, answering with the `response_body` field.
    fn json_route(method: &str, body: crate::transcode::BodySpec, response_body: &'static str) -> RouteSpec {
        static MEDIA: crate::media::MediaSpec = crate::media::MediaSpec { consumes: &[], produces: &[("application/json", 1.0)] };
        let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
        RouteSpec {
            rpc: leak(format!("gregor.kafka.v1.KafkaRestService/{method}")),
            input: leak(format!("gregor.kafka.v1.{method}Request")),
            output: leak(format!("gregor.kafka.v1.{method}Response")),
            body,
            response_body: Some(response_body),
            media: &MEDIA,
            content_type_binding: None,
            accept_binding: None,
            no_content: false,
            emit_defaults: false,
            emit_nulls: true,
            descriptors: std::sync::OnceLock::new(),
        }
    }

    #[test]
    fn records_match_the_generic_path() {
        // Keys in the order prost-reflect prints a Struct (sorted), which
        // the generic path must match; the typed path keeps any order.
        let object = json!({"a": [2.5, true, null], "b": 1, "é\"\n": "x\u{1}y"});
        let records = vec![
            ConsumerRecord {
                topic: "t".to_owned(),
                key: None,
                value: value(json!("aGVsbG8=")),
                partition: 0,
                offset: 0,
                timestamp: None,
                headers: Vec::new(),
            },
            ConsumerRecord {
                topic: "tópico".to_owned(),
                key: value(json!(-3)),
                value: value(object),
                partition: 7,
                offset: 9_007_199_254_740_993,
                timestamp: Some(1_700_000_000_000),
                headers: vec![RecordHeader { key: "h".to_owned(), value: "AA==".to_owned() }, RecordHeader::default()],
            },
            ConsumerRecord { value: value(json!(null)), key: value(json!(null)), ..ConsumerRecord::default() },
            // Strings that need escapes, also past the first 32-byte chunk.
            ConsumerRecord {
                topic: "t\"q".to_owned(),
                key: value(json!(format!("{}\\{}\u{7f}", "k".repeat(40), "\u{1f}"))),
                value: value(json!(format!("{}\"", "v".repeat(70)))),
                headers: vec![RecordHeader { key: "a\tb\u{0}".to_owned(), value: "ü\u{2028}".to_owned() }],
                ..ConsumerRecord::default()
            },
        ];
        let route = &json_route("ReadRecords", crate::transcode::BodySpec::None, "records");
        let response = ReadRecordsResponse { records };
        let fast = response_body(route, &response).expect("served by the typed writer").unwrap();
        let generic = crate::transcode::generic_body(route, &prost::Message::encode_to_vec(&response)).unwrap();
        assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(generic).unwrap());
        let ordered = ReadRecordsResponse {
            records: vec![ConsumerRecord { value: value(json!({"z": 1, "a": {"y": 2, "b": 3}})), ..ConsumerRecord::default() }],
        };
        let fast = String::from_utf8(response_body(route, &ordered).unwrap().unwrap()).unwrap();
        assert!(fast.contains(r#""value":{"z":1,"a":{"y":2,"b":3}}"#), "{fast}");
        let empty = ReadRecordsResponse::default();
        assert_eq!(response_body(route, &empty).unwrap().unwrap(), b"[]");
    }

    #[test]
    fn produce_results_match_the_generic_path() {
        let route = &json_route("ProduceToTopic", crate::transcode::BodySpec::Field("batch"), "result");
        let results = [
            None,
            Some(ProduceResult::default()),
            Some(ProduceResult {
                key_schema_id: Some(0),
                value_schema_id: Some(12),
                offsets: vec![
                    RecordOffset { partition: Some(0), offset: Some(0), error_code: None, error: None },
                    RecordOffset { partition: Some(3), offset: Some(9_007_199_254_740_993), ..RecordOffset::default() },
                    RecordOffset { partition: None, offset: None, error_code: Some(50002), error: Some("t\"imed \u{7f}out".to_owned()) },
                ],
            }),
        ];
        for result in results {
            let response = ProduceToTopicResponse { result };
            let fast = response_body(route, &response).expect("served by the typed writer").unwrap();
            let generic = crate::transcode::generic_body(route, &prost::Message::encode_to_vec(&response)).unwrap();
            assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(generic).unwrap());
            let partition = ProduceToPartitionResponse { result: response.result.clone() };
            let fast = response_body(route, &partition).unwrap().unwrap();
            let generic = crate::transcode::generic_body(route, &prost::Message::encode_to_vec(&response)).unwrap();
            assert_eq!(fast, generic);
        }
    }

    /// What the generic path makes of `body` as a `ProduceBatch`.
    fn generic_batch(body: &str) -> Option<ProduceBatch> {
        let descriptor = crate::descriptor_pool().get_message_by_name("gregor.kafka.v1.ProduceBatch").unwrap();
        let options = prost_reflect::DeserializeOptions::new().deny_unknown_fields(false);
        let mut deserializer = serde_json::Deserializer::from_str(body);
        let message = prost_reflect::DynamicMessage::deserialize_with_options(descriptor, &mut deserializer, &options).ok()?;
        Some(message.transcode_to().unwrap())
    }

    #[test]
    fn produce_batches_match_the_generic_path() {
        let served = [
            r#"{"records":[{"value":"aGVsbG8="},{"key":"a2V5","value":"dg==","partition":1}]}"#,
            r#"{"records":[{"key":null,"value":null},{"value":{"b":[1,2.5,"x",null,true],"a":{}}},{"key":-0.0,"value":1e300}]}"#,
            r#"{"value_schema":"{\"type\":\"string\"}","key_schema_id":3,"value_schema_id":null,"key_schema":null,"records":[{"value":"s","headers":[{"key":"h","value":"AA=="}]}]}"#,
            r#"{"records":[],"value_schema_id":7}"#,
            r#"{}"#,
            r#"{"records":[{"partition":null,"headers":[]}]}"#,
            r#"{"records":[{"key":1.0,"value":{"a":[2,3.5,-0.0,12345678901234567890,9007199254740993,-7],"b":{"c":1e3}}}]}"#,
        ];
        for body in served {
            let fast = request_body("gregor.kafka.v1.ProduceBatch", body.as_bytes()).unwrap_or_else(|| panic!("not served: {body}"));
            let fast = <ProduceBatch as prost::Message>::decode(fast.as_slice()).unwrap();
            assert_eq!(Some(fast), generic_batch(body), "{body}");
            // Set straight into the request, the batch is what the wire gives.
            let typed = request_batch("gregor.kafka.v1.ProduceBatch", body.as_bytes()).unwrap();
            assert_eq!(Some(typed), generic_batch(body), "{body}");
        }
        // Shapes left to the generic path (which accepts some, with its own rules, and refuses others).
        let left = [
            r#"{"records":[{"value":"x","extra":1}]}"#,
            r#"{"records":[{"value":"x","partition":"1"}]}"#,
            r#"{"records":[{"value":"x","partition":1.0}]}"#,
            r#"{"records":null}"#,
            r#"{"recordz":[]}"#,
            r#"{"records":[{"headers":[{"key":"h","value":null}]}]}"#,
            r#"{"records":[{"value":"x"}]"#,
            r#"[]"#,
        ];
        for body in left {
            assert!(request_body("gregor.kafka.v1.ProduceBatch", body.as_bytes()).is_none(), "{body}");
        }
        assert!(request_body("gregor.kafka.v1.Other", b"{}").is_none());
    }

    #[test]
    fn typed_batches_go_only_into_produce_requests() {
        let batch = ProduceBatch { value_schema_id: Some(3), ..Default::default() };
        let mut topic = ProduceToTopicRequest { topic: "t".into(), ..Default::default() };
        *batch_slot(&mut topic).expect("a produce request") = Some(batch.clone());
        assert_eq!(topic.batch.as_ref(), Some(&batch));
        let mut partition = ProduceToPartitionRequest::default();
        *batch_slot(&mut partition).expect("a produce request") = Some(batch.clone());
        assert_eq!(partition.batch, Some(batch));
        assert!(batch_slot(&mut ProduceBatch::default()).is_none());
    }
}
