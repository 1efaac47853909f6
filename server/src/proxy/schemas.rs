//! Schema'd embedded formats (`avro`, `jsonschema`, `protobuf`): the schema
//! a request names (`*_schema` text, registered on the fly, or
//! `*_schema_id`) is taken from the registry, each key or value is checked
//! against it and written in the Confluent wire format: magic byte 0, the
//! schema id as 4 big-endian bytes, then the Avro binary datum, the JSON
//! text, or the Protobuf message indexes and message of the schema's first
//! message (as Confluent's REST proxy does).


use serde_json::Value as Json;

use super::schema_source::SchemaSource;
use super::avro_json;
use super::error::ProxyError;
use crate::registry::avro::AvroSchema;
use crate::registry::schema::{self, ParsedSchema, SchemaType};

/// How subjects are named (Karapace `name_strategy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameStrategy {
    /// `{topic}-key` / `{topic}-value` (default).
    TopicName,
    /// The record's full name (Avro) or `title` (JSON Schema).
    RecordName,
    /// `{topic}-{record name}`.
    TopicRecordName,
}

impl NameStrategy {
    /// Parses `topic_name`, `record_name` or `topic_record_name`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "topic_name" => Some(Self::TopicName),
            "record_name" => Some(Self::RecordName),
            "topic_record_name" => Some(Self::TopicRecordName),
            _ => None,
        }
    }
}

/// Which half of a record a schema is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The key.
    Key,
    /// The value.
    Value,
}

impl Part {
    fn suffix(self) -> &'static str {
        match self {
            Self::Key => "key",
            Self::Value => "value",
        }
    }
}

/// A schema ready to serialize with.
pub struct WireSerializer {
    /// The schema id written in front of every payload.
    pub id: i32,
    encoder: Encoder,
}

impl std::fmt::Debug for WireSerializer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WireSerializer").field("id", &self.id).finish_non_exhaustive()
    }
}

enum Encoder {
    Avro(AvroSchema),
    Json(jsonschema::Validator),
    /// The message type and its Confluent message indexes.
    Protobuf(prost_reflect::MessageDescriptor, Vec<i32>),
}

impl WireSerializer {
    /// Finds or registers the schema a request names for one `part`, in
    /// the in-process or remote registry (`source`).
    pub async fn resolve(
        source: &SchemaSource,
        schema_type: SchemaType,
        strategy: NameStrategy,
        topic: &str,
        part: Part,
        text: Option<&str>,
        id: Option<i32>,
    ) -> Result<Self, ProxyError> {
        let invalid = |e: String| ProxyError::InvalidSchema(e);
        let (id, stored) = match (id, text) {
            (Some(id), _) => {
                let stored = source.by_id(id).await?;
                // The id must be a version of the subject the topic's records
                // use (Confluent 42207), not any schema of the registry.
                let parsed = schema::parse(stored.schema_type, &stored.text, &stored.dependencies).map_err(invalid)?;
                let subject = subject(strategy, topic, part, &parsed)?;
                if !source.is_registered_under(id, &subject).await? {
                    return Err(ProxyError::SchemaNotInSubject { id, subject });
                }
                (id, stored)
            }
            (None, Some(text)) => {
                let parsed = schema::parse(schema_type, text, &[]).map_err(invalid)?;
                let subject = subject(strategy, topic, part, &parsed)?;
                source.register(&subject, schema_type, text).await?
            }
            (None, None) => return Err(ProxyError::MissingSchema(part)),
        };
        if stored.schema_type != schema_type {
            return Err(invalid(format!("schema {id} is {}, not {}", stored.schema_type.name(), schema_type.name())));
        }
        let encoder = match schema::parse(schema_type, &stored.text, &stored.dependencies).map_err(invalid)? {
            ParsedSchema::Avro(avro) => Encoder::Avro(avro),
            ParsedSchema::Json(json) => Encoder::Json(crate::registry::json::validator(&json.bundled).map_err(invalid)?),
            ParsedSchema::Protobuf(proto) => {
                let message = proto.first_message().ok_or_else(|| invalid("the Protobuf schema has no message".to_owned()))?;
                let indexes = proto.indexes_of(&message);
                Encoder::Protobuf(message, indexes)
            }
        };
        Ok(Self { id, encoder })
    }

    /// The wire-format bytes for one key or value.
    pub fn encode(&self, json: &Json) -> Result<Vec<u8>, String> {
        let payload = match &self.encoder {
            Encoder::Avro(schema) => avro_json::encode(schema, json)?,
            Encoder::Json(validator) => {
                if let Some(error) = validator.iter_errors(json).next() {
                    return Err(format!("does not match the JSON schema: {error} at {}", error.instance_path()));
                }
                serde_json::to_vec(json).map_err(|e| e.to_string())?
            }
            Encoder::Protobuf(message, indexes) => {
                let dynamic = prost_reflect::DynamicMessage::deserialize(message.clone(), json)
                    .map_err(|e| format!("does not match the Protobuf schema ({}): {e}", message.full_name()))?;
                let mut bytes = crate::registry::protobuf::encode_indexes(indexes);
                prost::Message::encode(&dynamic, &mut bytes).map_err(|e| e.to_string())?;
                bytes
            }
        };
        let mut out = Vec::with_capacity(5 + payload.len());
        out.push(0);
        out.extend_from_slice(&self.id.to_be_bytes());
        out.extend_from_slice(&payload);
        Ok(out)
    }
}

/// The subject a schema registers under.
fn subject(strategy: NameStrategy, topic: &str, part: Part, parsed: &ParsedSchema) -> Result<String, ProxyError> {
    let record = || -> Result<String, ProxyError> {
        match parsed {
            ParsedSchema::Avro(avro) => match &avro.root {
                apache_avro::Schema::Record(r) => Ok(r.name.fullname(None)),
                _ => Err(ProxyError::InvalidSchema("record name strategies need an Avro record schema".to_owned())),
            },
            ParsedSchema::Json(json) => json
                .document
                .get("title")
                .and_then(Json::as_str)
                .map(str::to_owned)
                .ok_or_else(|| ProxyError::InvalidSchema("record name strategies need a JSON schema with a title".to_owned())),
            ParsedSchema::Protobuf(proto) => proto
                .first_message()
                .map(|m| m.full_name().to_owned())
                .ok_or_else(|| ProxyError::InvalidSchema("record name strategies need a message in the schema".to_owned())),
        }
    };
    Ok(match strategy {
        NameStrategy::TopicName => format!("{topic}-{}", part.suffix()),
        NameStrategy::RecordName => record()?,
        NameStrategy::TopicRecordName => format!("{topic}-{}", record()?),
    })
}
