//! Schema types, references and the parsed form used for identity and
//! compatibility. A schema's *canonical form* decides whether two texts are
//! the same schema (so they share one id): Avro's parsed-and-reprinted JSON
//! (so `{"type":"string"}` equals `"string"`, as in Confluent's
//! `AvroSchema.canonicalString`), JSON Schema with sorted keys and no
//! insignificant white space (Karapace's `sort_keys=True`), and Protobuf's
//! compiled descriptor printed back as `.proto` text.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::avro::AvroSchema;
use super::json::JsonSchema;
use super::protobuf::ProtobufSchema;
use super::error::{RegistryError, Result};

/// The kind of a schema (`schemaType`; absent means AVRO).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemaType {
    /// Apache Avro.
    Avro,
    /// JSON Schema.
    Json,
    /// Protocol Buffers.
    Protobuf,
}

impl SchemaType {
    /// Parses a `schemaType` value; empty means AVRO. Unknown types are an
    /// invalid schema (42201), as in Confluent.
    pub fn from_api(name: &str) -> Result<Self> {
        match name.to_ascii_uppercase().as_str() {
            "" | "AVRO" => Ok(Self::Avro),
            "JSON" => Ok(Self::Json),
            "PROTOBUF" => Ok(Self::Protobuf),
            other => Err(RegistryError::InvalidSchema(format!("unknown schema type '{other}'"))),
        }
    }

    /// `AVRO`, `JSON` or `PROTOBUF`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Avro => "AVRO",
            Self::Json => "JSON",
            Self::Protobuf => "PROTOBUF",
        }
    }

    /// The `schemaType` to print: empty for AVRO, which Confluent omits.
    pub fn api_name(self) -> &'static str {
        match self {
            Self::Avro => "",
            other => other.name(),
        }
    }
}

/// A reference from a schema to a named type held by another subject's
/// version (Confluent `SchemaReference`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    /// Name used by the referring schema (an Avro full name).
    pub name: String,
    /// Referenced subject.
    pub subject: String,
    /// Referenced version.
    pub version: i32,
}

/// A schema that a schema references, directly or through another
/// reference, as its parser needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    /// The reference name it was reached by: an Avro full name, a
    /// Protobuf import path, a JSON Schema `$ref` URL.
    pub name: String,
    /// The referenced subject.
    pub subject: String,
    /// The referenced version.
    pub version: i32,
    /// Its schema text.
    pub text: Arc<str>,
}

/// A schema parsed for comparison.
#[derive(Debug)]
pub enum ParsedSchema {
    /// Avro, with the named types of its references.
    Avro(AvroSchema),
    /// A JSON Schema document, with its references bundled in.
    Json(JsonSchema),
    /// A compiled `.proto` file with its imports.
    Protobuf(ProtobufSchema),
}

/// Parses and validates `text`. `dependencies` are every schema it
/// references, transitively, dependencies before dependents.
/// Errors are the message of an invalid schema (42201).
pub fn parse(schema_type: SchemaType, text: &str, dependencies: &[Dependency]) -> Result<ParsedSchema, String> {
    match schema_type {
        SchemaType::Avro => {
            let texts: Vec<&str> = dependencies.iter().map(|d| &*d.text).collect();
            super::avro::parse(text, &texts).map(ParsedSchema::Avro)
        }
        SchemaType::Json => super::json::parse(text, dependencies).map(ParsedSchema::Json),
        SchemaType::Protobuf => super::protobuf::parse(text, dependencies).map(ParsedSchema::Protobuf),
    }
}

impl ParsedSchema {
    /// The canonical text that decides identity.
    pub fn canonical(&self) -> String {
        match self {
            Self::Avro(schema) => schema.canonical(),
            Self::Json(schema) => super::json::canonical(&schema.document),
            Self::Protobuf(schema) => schema.canonical(),
        }
    }
}
