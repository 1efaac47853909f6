//! Consumed keys and values to JSON, by embedded format (REST v2 `records`):
//! `binary` as base64, `json` as the parsed document, `avro` and
//! `jsonschema` and `protobuf` from the Confluent wire format (magic byte
//! 0, 4-byte big-endian schema id, payload) with the writer's schema from
//! the registry, Avro in its JSON encoding ([`super::avro_json::decode`]),
//! Protobuf in proto3 JSON with default values included (Confluent's
//! `JsonFormat.printer().includingDefaultValueFields()`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value as Json;

use super::avro_json;
use super::consumer::ConsumedRecord;
use super::records::EmbeddedFormat;
use super::error::ProxyError;
use super::schema_source::SchemaSource;
use crate::registry::avro::AvroSchema;
use crate::registry::protobuf::{ProtobufSchema, decode_indexes};
use prost_reflect::{DynamicMessage, SerializeOptions};
use crate::registry::schema::{self, ParsedSchema, SchemaType};

/// Decodes record keys and values; writer schemas are cached by id (ids
/// never change meaning).
pub struct RecordDecoder {
    source: SchemaSource,
    avro: Mutex<HashMap<i32, Arc<AvroSchema>>>,
    protobuf: Mutex<HashMap<i32, Arc<ProtobufSchema>>>,
    types: Mutex<HashMap<i32, SchemaType>>,
}

impl std::fmt::Debug for RecordDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordDecoder").finish_non_exhaustive()
    }
}

/// The distinct schema ids of the wire-format keys and values of `records`.
fn wire_ids(records: &[ConsumedRecord]) -> Vec<i32> {
    let mut ids: Vec<i32> = records
        .iter()
        .flat_map(|r| [r.key.as_deref(), r.value.as_deref()])
        .flatten()
        .filter_map(|bytes| split_wire(bytes).ok().map(|(id, _)| id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The schema id and payload of a wire-format value.
fn split_wire(bytes: &[u8]) -> Result<(i32, &[u8]), String> {
    match bytes {
        [0, a, b, c, d, payload @ ..] => Ok((i32::from_be_bytes([*a, *b, *c, *d]), payload)),
        [0, ..] => Err("shorter than the 5-byte wire-format header".to_owned()),
        [magic, ..] => Err(format!("unknown magic byte {magic} (expected 0, the Confluent wire format)")),
        [] => Err("empty payload".to_owned()),
    }
}

impl RecordDecoder {
    /// A decoder that reads writer schemas from `source`.
    pub fn new(source: SchemaSource) -> Self {
        Self {
            source,
            avro: Mutex::new(HashMap::new()),
            protobuf: Mutex::new(HashMap::new()),
            types: Mutex::new(HashMap::new()),
        }
    }

    /// Fetches the writer schemas of the wire-format keys and values of
    /// `records` (from a remote registry; a no-op for the local one), so
    /// that [`decode`](Self::decode) and [`decode_wire`](Self::decode_wire)
    /// find them. 40801 when the registry cannot be reached.
    pub async fn prefetch(&self, records: &[ConsumedRecord]) -> Result<(), ProxyError> {
        if !matches!(self.source, SchemaSource::Remote(_)) {
            return Ok(());
        }
        let ids = wire_ids(records);
        self.source.prefetch(ids).await
    }

    /// The JSON for one key or value; `Err` says why it does not decode
    /// (REST answers 42203).
    pub fn decode(&self, format: EmbeddedFormat, bytes: &[u8]) -> Result<Json, String> {
        match format {
            EmbeddedFormat::Binary => Ok(Json::String(STANDARD.encode(bytes))),
            EmbeddedFormat::Json => gateway::json::from_slice(bytes).map_err(|e| format!("not JSON: {e}")),
            EmbeddedFormat::JsonSchema => {
                let (_, payload) = split_wire(bytes)?;
                gateway::json::from_slice(payload).map_err(|e| format!("not JSON: {e}"))
            }
            EmbeddedFormat::Avro => {
                let (id, payload) = split_wire(bytes)?;
                let schema = self.avro_schema(id)?;
                avro_json::decode(&schema, payload).map_err(|e| format!("not Avro of schema {id}: {e}"))
            }
            EmbeddedFormat::Protobuf => {
                let (id, payload) = split_wire(bytes)?;
                let schema = self.protobuf_schema(id)?;
                let (indexes, message_bytes) = decode_indexes(payload)?;
                let message =
                    schema.message_at(&indexes).ok_or_else(|| format!("schema {id} has no message at indexes {indexes:?}"))?;
                let dynamic = DynamicMessage::decode(message.clone(), message_bytes)
                    .map_err(|e| format!("not Protobuf {} of schema {id}: {e}", message.full_name()))?;
                let options = SerializeOptions::new().skip_default_fields(false);
                dynamic.serialize_with_options(serde_json::value::Serializer, &options).map_err(|e| e.to_string())
            }
        }
    }

    fn protobuf_schema(&self, id: i32) -> Result<Arc<ProtobufSchema>, String> {
        if let Some(schema) = self.protobuf.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Ok(schema.clone());
        }
        let stored = self.source.get(id)?;
        let ParsedSchema::Protobuf(parsed) = schema::parse(stored.schema_type, &stored.text, &stored.dependencies)? else {
            return Err(format!("schema {id} is {}, not PROTOBUF", stored.schema_type.name()));
        };
        let parsed = Arc::new(parsed);
        self.protobuf.lock().unwrap_or_else(|e| e.into_inner()).insert(id, parsed.clone());
        Ok(parsed)
    }

    /// For a key or value in the Confluent wire format (magic byte 0 and a
    /// schema id): its schema id and JSON text, or why it does not decode
    /// (unknown schema id, bytes that do not match the schema, too deep).
    /// `None` for bytes not in the wire format.
    pub fn decode_wire(&self, bytes: &[u8]) -> Option<Result<(i32, String), String>> {
        let (id, _) = split_wire(bytes).ok()?;
        let format = match self.schema_type(id) {
            Some(SchemaType::Avro) => EmbeddedFormat::Avro,
            Some(SchemaType::Json) => EmbeddedFormat::JsonSchema,
            Some(SchemaType::Protobuf) => EmbeddedFormat::Protobuf,
            None => return Some(Err(format!("schema {id} not found in the registry"))),
        };
        Some(self.decode(format, bytes).map(|json| (id, json.to_string())))
    }

    /// The type of schema `id`, cached: decoding a batch asks once per id,
    /// not once per record.
    fn schema_type(&self, id: i32) -> Option<SchemaType> {
        if let Some(schema_type) = self.types.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Some(*schema_type);
        }
        let schema_type = self.source.get(id).ok()?.schema_type;
        self.types.lock().unwrap_or_else(|e| e.into_inner()).insert(id, schema_type);
        Some(schema_type)
    }

    fn avro_schema(&self, id: i32) -> Result<Arc<AvroSchema>, String> {
        if let Some(schema) = self.avro.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Ok(schema.clone());
        }
        let stored = self.source.get(id)?;
        if stored.schema_type != SchemaType::Avro {
            return Err(format!("schema {id} is {}, not AVRO", stored.schema_type.name()));
        }
        let ParsedSchema::Avro(parsed) = schema::parse(SchemaType::Avro, &stored.text, &stored.dependencies)? else {
            return Err(format!("schema {id} is not Avro"));
        };
        let parsed = Arc::new(parsed);
        self.avro.lock().unwrap_or_else(|e| e.into_inner()).insert(id, parsed.clone());
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_wire_format() {
        assert_eq!(split_wire(&[0, 0, 0, 1, 2, 9, 9]).unwrap(), (258, &[9u8, 9][..]));
        assert!(split_wire(&[1, 0, 0, 0, 1]).is_err());
        assert!(split_wire(&[]).is_err());
    }
}
