//! Avro reader/writer compatibility, a port of Apache Avro's Java
//! `SchemaCompatibility` (which Confluent and Karapace both use): six
//! incompatibility types, names compared by simple name or reader alias,
//! the spec's type promotions, record fields needing a default when the
//! writer lacks them, enum defaults honoured.

use std::collections::HashSet;

use apache_avro::Schema;
use apache_avro::schema::{Name, UnionSchema};

use super::Incompatibility;
use crate::registry::avro::AvroSchema;

/// Incompatibilities of reading `writer` data with `reader`.
pub(super) fn reader_writer(reader: &AvroSchema, writer: &AvroSchema) -> Vec<Incompatibility> {
    let mut checker = Checker { reader, writer, visiting: HashSet::new() };
    let mut out = Vec::new();
    checker.compare(&reader.root, &writer.root, "", &mut out);
    out
}

struct Checker<'a> {
    reader: &'a AvroSchema,
    writer: &'a AvroSchema,
    /// Named (reader, writer) pairs under comparison, to stop on recursion.
    visiting: HashSet<(String, String)>,
}

/// The schema a logical type annotates; compatibility ignores logical types.
fn underlying(schema: &Schema) -> Schema {
    use apache_avro::schema::{InnerDecimalSchema, UuidSchema};
    match schema {
        Schema::Decimal(d) => match &d.inner {
            InnerDecimalSchema::Fixed(f) => Schema::Fixed(f.clone()),
            InnerDecimalSchema::Bytes => Schema::Bytes,
        },
        Schema::BigDecimal => Schema::Bytes,
        Schema::Uuid(UuidSchema::String) => Schema::String,
        Schema::Uuid(UuidSchema::Bytes) => Schema::Bytes,
        Schema::Uuid(UuidSchema::Fixed(f)) => Schema::Fixed(f.clone()),
        Schema::Date | Schema::TimeMillis => Schema::Int,
        Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => Schema::Long,
        Schema::Duration(f) => Schema::Fixed(f.clone()),
        other => other.clone(),
    }
}

fn type_name(schema: &Schema) -> &'static str {
    match schema {
        Schema::Null => "NULL",
        Schema::Boolean => "BOOLEAN",
        Schema::Int => "INT",
        Schema::Long => "LONG",
        Schema::Float => "FLOAT",
        Schema::Double => "DOUBLE",
        Schema::Bytes => "BYTES",
        Schema::String => "STRING",
        Schema::Array(_) => "ARRAY",
        Schema::Map(_) => "MAP",
        Schema::Union(_) => "UNION",
        Schema::Record(_) => "RECORD",
        Schema::Enum(_) => "ENUM",
        Schema::Fixed(_) => "FIXED",
        _ => "UNKNOWN",
    }
}

/// Java `schemaNameEquals`: same simple name, or the writer's full name
/// among the reader's aliases.
fn names_match(reader: &Name, reader_aliases: Option<&Vec<apache_avro::schema::Alias>>, writer: &Name) -> bool {
    reader.name() == writer.name()
        || reader_aliases
            .is_some_and(|aliases| aliases.iter().any(|a| a.fullname(None) == writer.fullname(None) || a.name() == writer.name()))
}

impl Checker<'_> {
    fn compare(&mut self, reader: &Schema, writer: &Schema, location: &str, out: &mut Vec<Incompatibility>) {
        let reader = underlying(self.reader.resolve(reader));
        let writer = underlying(self.writer.resolve(writer));

        if let (Some(r), Some(w)) = (named(&reader), named(&writer)) {
            let key = (r.fullname(None), w.fullname(None));
            if !self.visiting.insert(key.clone()) {
                return; // already under comparison higher up: assume compatible, as Java does
            }
            self.compare_resolved(&reader, &writer, location, out);
            self.visiting.remove(&key);
        } else {
            self.compare_resolved(&reader, &writer, location, out);
        }
    }

    fn compare_resolved(&mut self, reader: &Schema, writer: &Schema, location: &str, out: &mut Vec<Incompatibility>) {
        let mismatch = |out: &mut Vec<Incompatibility>| {
            out.push(Incompatibility {
                kind: "TYPE_MISMATCH",
                location: location.to_owned(),
                description: format!(
                    "reader type: {} not compatible with writer type: {}",
                    type_name(reader),
                    type_name(writer)
                ),
            });
        };
        match (reader, writer) {
            (_, Schema::Union(w)) => {
                for (i, branch) in w.variants().iter().enumerate() {
                    let mut nested = Vec::new();
                    self.compare(reader, branch, &format!("{location}/{i}"), &mut nested);
                    out.extend(nested);
                }
            }
            (Schema::Union(r), _) => {
                if !self.union_has_branch_for(r, writer) {
                    out.push(Incompatibility {
                        kind: "MISSING_UNION_BRANCH",
                        location: location.to_owned(),
                        description: format!("reader union lacking writer type: {}", type_name(writer)),
                    });
                }
            }
            (Schema::Null, Schema::Null)
            | (Schema::Boolean, Schema::Boolean)
            | (Schema::Int, Schema::Int)
            | (Schema::Long, Schema::Long | Schema::Int)
            | (Schema::Float, Schema::Float | Schema::Long | Schema::Int)
            | (Schema::Double, Schema::Double | Schema::Float | Schema::Long | Schema::Int)
            | (Schema::Bytes, Schema::Bytes | Schema::String)
            | (Schema::String, Schema::String | Schema::Bytes) => {}
            (Schema::Array(r), Schema::Array(w)) => {
                self.compare(&r.items, &w.items, &format!("{location}/items"), out);
            }
            (Schema::Map(r), Schema::Map(w)) => {
                self.compare(&r.types, &w.types, &format!("{location}/values"), out);
            }
            (Schema::Fixed(r), Schema::Fixed(w)) => {
                if !names_match(&r.name, r.aliases.as_ref(), &w.name) {
                    out.push(name_mismatch(location, &w.name));
                }
                if r.size != w.size {
                    out.push(Incompatibility {
                        kind: "FIXED_SIZE_MISMATCH",
                        location: format!("{location}/size"),
                        description: format!("expected: {}, found: {}", w.size, r.size),
                    });
                }
            }
            (Schema::Enum(r), Schema::Enum(w)) => {
                if !names_match(&r.name, r.aliases.as_ref(), &w.name) {
                    out.push(name_mismatch(location, &w.name));
                }
                let missing: Vec<&str> =
                    w.symbols.iter().filter(|s| !r.symbols.contains(s)).map(String::as_str).collect();
                if !missing.is_empty() && r.default.is_none() {
                    out.push(Incompatibility {
                        kind: "MISSING_ENUM_SYMBOLS",
                        location: format!("{location}/symbols"),
                        description: format!("[{}]", missing.join(", ")),
                    });
                }
            }
            (Schema::Record(r), Schema::Record(w)) => {
                if !names_match(&r.name, r.aliases.as_ref(), &w.name) {
                    out.push(name_mismatch(location, &w.name));
                }
                for (i, field) in r.fields.iter().enumerate() {
                    let writer_field = w.fields.iter().find(|wf| wf.name == field.name).or_else(|| {
                        w.fields.iter().find(|wf| field.aliases.contains(&wf.name))
                    });
                    match writer_field {
                        Some(wf) => self.compare(&field.schema, &wf.schema, &format!("{location}/fields/{i}/type"), out),
                        None if field.default.is_some() => {}
                        None => out.push(Incompatibility {
                            kind: "READER_FIELD_MISSING_DEFAULT_VALUE",
                            location: format!("{location}/fields/{i}"),
                            description: format!(
                                "The field '{}' at path '{location}/fields/{i}' in the new schema has no default value and is missing in the old schema",
                                field.name
                            ),
                        }),
                    }
                }
            }
            _ => mismatch(out),
        }
    }

    /// Java: the first reader branch of a compatible kind, checked fully.
    fn union_has_branch_for(&mut self, reader: &UnionSchema, writer: &Schema) -> bool {
        reader.variants().iter().any(|branch| {
            let mut nested = Vec::new();
            self.compare(branch, writer, "", &mut nested);
            nested.is_empty()
        })
    }
}

fn named(schema: &Schema) -> Option<&Name> {
    match schema {
        Schema::Record(r) => Some(&r.name),
        Schema::Enum(e) => Some(&e.name),
        Schema::Fixed(f) => Some(&f.name),
        _ => None,
    }
}

fn name_mismatch(location: &str, writer: &Name) -> Incompatibility {
    Incompatibility {
        kind: "NAME_MISMATCH",
        location: format!("{location}/name"),
        description: format!("expected: {}", writer.fullname(None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::avro::parse;

    fn kinds(reader: &str, writer: &str) -> Vec<&'static str> {
        let r = parse(reader, &[]).unwrap();
        let w = parse(writer, &[]).unwrap();
        reader_writer(&r, &w).into_iter().map(|i| i.kind).collect()
    }

    const V1: &str = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}"#;

    #[test]
    fn added_field_needs_a_default() {
        let v2 = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"string"}]}"#;
        let v3 = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"string","default":"x"}]}"#;
        assert_eq!(kinds(v2, V1), ["READER_FIELD_MISSING_DEFAULT_VALUE"]);
        assert!(kinds(v3, V1).is_empty());
        assert!(kinds(V1, v2).is_empty(), "removing a field is fine for the reader");
    }

    #[test]
    fn promotions_and_mismatches() {
        let long = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"long"}]}"#;
        assert!(kinds(long, V1).is_empty());
        assert_eq!(kinds(V1, long), ["TYPE_MISMATCH"]);
        assert!(kinds(r#""bytes""#, r#""string""#).is_empty());
    }

    #[test]
    fn enums_unions_fixed_names() {
        assert_eq!(
            kinds(r#"{"type":"enum","name":"E","symbols":["A"]}"#, r#"{"type":"enum","name":"E","symbols":["A","B"]}"#),
            ["MISSING_ENUM_SYMBOLS"]
        );
        assert!(kinds(
            r#"{"type":"enum","name":"E","symbols":["A","U"],"default":"U"}"#,
            r#"{"type":"enum","name":"E","symbols":["A","B"]}"#
        )
        .is_empty());
        assert_eq!(kinds(r#"["null","int"]"#, r#""string""#), ["MISSING_UNION_BRANCH"]);
        assert!(kinds(r#"["null","long"]"#, r#""int""#).is_empty());
        assert_eq!(kinds(r#""int""#, r#"["null","int"]"#), ["TYPE_MISMATCH"]);
        assert_eq!(
            kinds(r#"{"type":"fixed","name":"F","size":4}"#, r#"{"type":"fixed","name":"F","size":8}"#),
            ["FIXED_SIZE_MISMATCH"]
        );
        assert_eq!(
            kinds(r#"{"type":"record","name":"S","fields":[]}"#, r#"{"type":"record","name":"R","fields":[]}"#),
            ["NAME_MISMATCH"]
        );
    }

    #[test]
    fn recursive_types_terminate() {
        let list = r#"{"type":"record","name":"L","fields":[{"name":"next","type":["null","L"]}]}"#;
        assert!(kinds(list, list).is_empty());
    }
}
