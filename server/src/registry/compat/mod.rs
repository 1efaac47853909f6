//! Compatibility levels and the check a registration runs.
//!
//! BACKWARD means the new schema reads data written with the old one
//! (new = reader), FORWARD the reverse, FULL both; transitive levels check
//! every live version, the others only the latest (confluent-api.md §2.1).

mod avro;
mod json;
pub mod protobuf;

use super::schema::ParsedSchema;

/// A compatibility level (Confluent `CompatibilityLevel.java`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompatibilityLevel {
    /// No check.
    None,
    /// New reads the latest.
    Backward,
    /// New reads every live version.
    BackwardTransitive,
    /// The latest reads new.
    Forward,
    /// Every live version reads new.
    ForwardTransitive,
    /// Both directions against the latest.
    Full,
    /// Both directions against every live version.
    FullTransitive,
}

impl CompatibilityLevel {
    /// Parses a level name, case-insensitively; `None` when unknown (42203).
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name.trim().to_ascii_uppercase().as_str() {
            "NONE" => Self::None,
            "BACKWARD" => Self::Backward,
            "BACKWARD_TRANSITIVE" => Self::BackwardTransitive,
            "FORWARD" => Self::Forward,
            "FORWARD_TRANSITIVE" => Self::ForwardTransitive,
            "FULL" => Self::Full,
            "FULL_TRANSITIVE" => Self::FullTransitive,
            _ => return None,
        })
    }

    /// The upper-case name.
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "NONE",
            Self::Backward => "BACKWARD",
            Self::BackwardTransitive => "BACKWARD_TRANSITIVE",
            Self::Forward => "FORWARD",
            Self::ForwardTransitive => "FORWARD_TRANSITIVE",
            Self::Full => "FULL",
            Self::FullTransitive => "FULL_TRANSITIVE",
        }
    }

    /// Whether every live version is checked rather than the latest.
    pub fn is_transitive(self) -> bool {
        matches!(self, Self::BackwardTransitive | Self::ForwardTransitive | Self::FullTransitive)
    }

    fn backward(self) -> bool {
        matches!(self, Self::Backward | Self::BackwardTransitive | Self::Full | Self::FullTransitive)
    }

    fn forward(self) -> bool {
        matches!(self, Self::Forward | Self::ForwardTransitive | Self::Full | Self::FullTransitive)
    }
}

/// One incompatibility found between a reader and a writer schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incompatibility {
    /// Confluent's error type, e.g. `READER_FIELD_MISSING_DEFAULT_VALUE`.
    pub kind: &'static str,
    /// JSON pointer into the schema where it was found, e.g. `/fields/1`.
    pub location: String,
    /// What is wrong.
    pub description: String,
}

impl Incompatibility {
    fn message(&self) -> String {
        format!(
            "{{errorType:'{}', description:'{}', additionalInfo:'{}'}}",
            self.kind,
            self.description,
            if self.location.is_empty() { "/" } else { &self.location }
        )
    }
}

/// An earlier version to check against.
#[derive(Debug)]
pub struct PriorVersion<'a> {
    /// Its version number.
    pub version: i32,
    /// Its text, quoted in messages.
    pub text: &'a str,
    /// Its parsed form; `None` when it no longer parses or has another type.
    pub parsed: Option<&'a ParsedSchema>,
}

/// Checks `new` against `prior` versions (oldest first) at `level`.
/// `prior` must already be the versions the level names (see
/// [`CompatibilityLevel::is_transitive`]). Returns Confluent-style messages;
/// empty means compatible. Stops at the first incompatible version, as
/// Karapace and Confluent do.
pub fn check(level: CompatibilityLevel, new: &ParsedSchema, prior: &[PriorVersion<'_>]) -> Vec<String> {
    if level == CompatibilityLevel::None {
        return Vec::new();
    }
    for old in prior.iter().rev() {
        let mut found = Vec::new();
        match old.parsed {
            None => found.push(Incompatibility {
                kind: "TYPE_MISMATCH",
                location: String::new(),
                description: "The new schema's type differs from the old schema's, or the old schema no longer parses".to_owned(),
            }),
            Some(old_parsed) => {
                if level.backward() {
                    found.extend(pair(new, old_parsed));
                }
                if level.forward() {
                    found.extend(pair(old_parsed, new));
                }
            }
        }
        if !found.is_empty() {
            let mut messages: Vec<String> = found.iter().map(Incompatibility::message).collect();
            messages.push(format!("{{oldSchemaVersion: {}}}", old.version));
            messages.push(format!("{{oldSchema: '{}'}}", old.text));
            messages.push(format!("{{compatibility: '{}'}}", level.name()));
            return messages;
        }
    }
    Vec::new()
}

/// Whether data written with `old` can be read with `new` (BACKWARD for a
/// single pair), by the rules of the schemas' type.
pub fn backward_compatible(new: &ParsedSchema, old: &ParsedSchema) -> bool {
    pair(new, old).is_empty()
}

/// Incompatibilities of reading data written with `writer` using `reader`.
fn pair(reader: &ParsedSchema, writer: &ParsedSchema) -> Vec<Incompatibility> {
    match (reader, writer) {
        (ParsedSchema::Avro(r), ParsedSchema::Avro(w)) => avro::reader_writer(r, w),
        (ParsedSchema::Json(r), ParsedSchema::Json(w)) => json::reader_writer(&r.bundled, &w.bundled),
        (ParsedSchema::Protobuf(r), ParsedSchema::Protobuf(w)) => protobuf::reader_writer(r, w),
        _ => vec![Incompatibility {
            kind: "TYPE_MISMATCH",
            location: String::new(),
            description: "The new schema's type differs from the old schema's".to_owned(),
        }],
    }
}
