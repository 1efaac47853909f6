//! Encoding of REST v2 record keys and values by embedded format:
//! `binary` carries base64 strings, `json` any JSON document (written as
//! its compact UTF-8 text); the schema'd formats go through
//! [`super::schemas`].

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::registry::schema::SchemaType;

/// An embedded format a request's Content-Type names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbeddedFormat {
    /// `application/vnd.kafka.binary.v2+json`.
    Binary,
    /// `application/vnd.kafka.json.v2+json`.
    Json,
    /// `application/vnd.kafka.avro.v2+json`: Avro via the registry.
    Avro,
    /// `application/vnd.kafka.jsonschema.v2+json`: JSON Schema via the registry.
    JsonSchema,
    /// `application/vnd.kafka.protobuf.v2+json`: Protobuf via the registry,
    /// values in proto3 JSON.
    Protobuf,
}

impl EmbeddedFormat {
    /// The format bound from the Content-Type (`BINARY`, `JSON`, ...);
    /// `Err` carries a format not served yet.
    pub fn parse(name: &str) -> Result<Self, String> {
        match name.to_ascii_uppercase().as_str() {
            "BINARY" | "" => Ok(Self::Binary),
            "JSON" => Ok(Self::Json),
            "AVRO" => Ok(Self::Avro),
            "JSONSCHEMA" => Ok(Self::JsonSchema),
            "PROTOBUF" => Ok(Self::Protobuf),
            other => Err(other.to_ascii_lowercase()),
        }
    }

    /// The lowercase name, as in media types and consumer settings.
    pub fn name(self) -> &'static str {
        match self {
            Self::Binary => "binary",
            Self::Json => "json",
            Self::Avro => "avro",
            Self::JsonSchema => "jsonschema",
            Self::Protobuf => "protobuf",
        }
    }

    /// The registry schema type of a schema'd format.
    pub fn schema_type(self) -> Option<SchemaType> {
        match self {
            Self::Avro => Some(SchemaType::Avro),
            Self::JsonSchema => Some(SchemaType::Json),
            Self::Protobuf => Some(SchemaType::Protobuf),
            Self::Binary | Self::Json => None,
        }
    }

    /// Bytes for a key or value of a schemaless format; `None` for JSON
    /// null or an absent field.
    pub fn encode(self, value: Option<&Value>) -> Result<Option<Vec<u8>>, String> {
        match (self, value) {
            (_, None | Some(Value::Null)) => Ok(None),
            (Self::Avro | Self::JsonSchema | Self::Protobuf, Some(_)) => Err("schema'd formats are encoded with their schema".to_owned()),
            (Self::Binary, Some(Value::String(text))) => {
                STANDARD.decode(text).map(Some).map_err(|e| format!("not base64: {e}"))
            }
            (Self::Binary, Some(_)) => Err("binary keys and values must be base64 strings".to_owned()),
            (Self::Json, Some(value)) => serde_json::to_vec(value).map(Some).map_err(|e| e.to_string()),
        }
    }
}

/// Encodes a header value as base64.
pub fn header_text(value: &[u8]) -> String {
    STANDARD.encode(value)
}

/// Decodes a base64 header value.
pub fn header_value(text: &str) -> Result<Vec<u8>, String> {
    STANDARD.decode(text).map_err(|e| format!("header value is not base64: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn encodes_by_format() {
        assert_eq!(EmbeddedFormat::Binary.encode(Some(&json!("aGk="))).unwrap(), Some(b"hi".to_vec()));
        assert!(EmbeddedFormat::Binary.encode(Some(&json!("%%%"))).is_err());
        assert!(EmbeddedFormat::Binary.encode(Some(&json!(5))).is_err());
        assert_eq!(EmbeddedFormat::Json.encode(Some(&json!({"a": [1, null]}))).unwrap(), Some(br#"{"a":[1,null]}"#.to_vec()));
        assert_eq!(EmbeddedFormat::Json.encode(Some(&Value::Null)).unwrap(), None);
        assert_eq!(EmbeddedFormat::parse("json"), Ok(EmbeddedFormat::Json));
        assert_eq!(EmbeddedFormat::parse("AVRO"), Ok(EmbeddedFormat::Avro));
        assert_eq!(EmbeddedFormat::parse("PROTOBUF"), Ok(EmbeddedFormat::Protobuf));
        assert_eq!(EmbeddedFormat::parse("XML"), Err("xml".to_owned()));
    }
}
