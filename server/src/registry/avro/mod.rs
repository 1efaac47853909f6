//! Avro schemas: parsing with referenced named types (apache-avro), the
//! text Confluent stores for them ([`canonical`]) and name resolution for
//! the compatibility checker.

mod canonical;

use std::collections::HashMap;

use apache_avro::Schema;
use serde_json::Value;

/// A parsed Avro schema with every named type it can reach.
#[derive(Debug)]
pub struct AvroSchema {
    /// The schema itself; references to named types are `Schema::Ref`.
    pub root: Schema,
    /// Named types by full name: the schema's own and its references'.
    pub names: HashMap<String, Schema>,
    /// Avro Java's `Schema.toString()` of the schema, with its references'
    /// types known: what Confluent stores and compares.
    canonical: String,
    /// The schema's JSON and its references', for [`AvroSchema::resolved`].
    source: Value,
    dependencies: Vec<Value>,
}

/// Parses Avro JSON `text`; `dependencies` are referenced schemas' texts,
/// dependencies before dependents. Errors are apache-avro's message, or
/// the JSON reader's (nesting is bounded at 1000 levels).
pub fn parse(text: &str, dependencies: &[&str]) -> Result<AvroSchema, String> {
    if text.trim().is_empty() {
        return Err("Empty schema".to_owned());
    }
    // Read with Gregor's nesting bound (1000, as Jackson) rather than
    // serde_json's 128, which refused 43 nested records.
    let source: Value = gateway::json::from_str(text).map_err(|e| e.to_string())?;
    // apache-avro 0.22 panics on some schemas it should refuse (a
    // `fixed` whose `size` is not a number, met while it resolves a
    // field's default; found by the avro_schema fuzzer): such a schema is
    // refused, as with Protobuf's printer.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if dependencies.is_empty() {
            Schema::parse(&source).map(|root| (root, Vec::new()))
        } else {
            Schema::parse_str_with_list(text, dependencies)
        }
    }));
    let (root, deps) = match parsed {
        Ok(result) => result.map_err(|e| e.to_string())?,
        Err(_) => return Err("Invalid schema: the Avro parser could not read it".to_owned()),
    };
    let dependencies = dependencies
        .iter()
        .map(|d| gateway::json::from_str::<Value>(d).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let canonical = canonical::canonical(&source, &dependencies)?;
    let mut names = HashMap::new();
    for schema in deps.iter().chain(std::iter::once(&root)) {
        collect_names(schema, &mut names);
    }
    Ok(AvroSchema { root, names, canonical, source, dependencies })
}

impl AvroSchema {
    /// Canonical JSON, as Confluent's `AvroSchema.canonicalString()`:
    /// compact, custom properties kept, in Avro Java's key order, so
    /// formatting and `{"type":"int"}` vs `"int"` do not matter.
    pub fn canonical(&self) -> String {
        self.canonical.clone()
    }

    /// The schema with every referenced named type written out where it is
    /// first used (Confluent's `format=resolved`), as compact JSON.
    pub fn resolved(&self) -> String {
        canonical::resolved(&self.source, &self.dependencies).unwrap_or_else(|_| self.canonical.clone())
    }

    /// Follows a `Schema::Ref` to the named type it stands for.
    pub fn resolve<'a>(&'a self, schema: &'a Schema) -> &'a Schema {
        match schema {
            Schema::Ref { name } => self.names.get(&name.fullname(None)).unwrap_or(schema),
            other => other,
        }
    }
}

fn collect_names(schema: &Schema, names: &mut HashMap<String, Schema>) {
    match schema {
        Schema::Record(record) => {
            names.insert(record.name.fullname(None), schema.clone());
            for field in &record.fields {
                collect_names(&field.schema, names);
            }
        }
        Schema::Enum(e) => {
            names.insert(e.name.fullname(None), schema.clone());
        }
        Schema::Fixed(f) | Schema::Duration(f) => {
            names.insert(f.name.fullname(None), schema.clone());
        }
        Schema::Array(a) => collect_names(&a.items, names),
        Schema::Map(m) => collect_names(&m.types, names),
        Schema::Union(u) => u.variants().iter().for_each(|v| collect_names(v, names)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_schema_the_avro_parser_panics_on_is_refused() {
        // Found by the avro_schema fuzzer (seed `fixed_size_not_a_number`).
        let text = include_str!("../../../../fuzz/seeds/avro_schema/fixed_size_not_a_number");
        assert!(parse(text, &[]).is_err());
    }

    use super::*;

    #[test]
    fn resolved_inlines_references_once() {
        let address = r#"{"type":"record","name":"Address","namespace":"t","fields":[{"name":"city","type":"string"}]}"#;
        let person = r#"{"type":"record","name":"Person","namespace":"t","fields":[{"name":"home","type":"t.Address"},{"name":"work","type":"t.Address"}]}"#;
        let parsed = parse(person, &[address]).unwrap();
        let resolved: serde_json::Value = serde_json::from_str(&parsed.resolved()).unwrap();
        assert_eq!(resolved["fields"][0]["type"]["name"], "Address");
        // Written by name in its own namespace, as Avro Java does.
        assert_eq!(resolved["fields"][1]["type"], "Address");
        // and it parses on its own
        assert!(parse(&parsed.resolved(), &[]).is_ok());
        // The canonical text names the referenced type instead.
        assert_eq!(
            parsed.canonical(),
            r#"{"type":"record","name":"Person","namespace":"t","fields":[{"name":"home","type":"Address"},{"name":"work","type":"Address"}]}"#
        );
    }

    #[test]
    fn canonical_keeps_properties_in_avro_javas_order() {
        let text = r#"{"fields":[{"foo":1,"type":{"type":"int"},"name":"a","default":1,"doc":"d"}],"x":"\u0001","name":"n.R","type":"record"}"#;
        assert_eq!(
            parse(text, &[]).unwrap().canonical(),
            r#"{"type":"record","name":"R","namespace":"n","fields":[{"name":"a","type":"int","doc":"d","default":1,"foo":1}],"x":"\u0001"}"#
        );
        assert_eq!(parse(r#"{"unique":"u1","type":"string"}"#, &[]).unwrap().canonical(), r#"{"type":"string","unique":"u1"}"#);
        assert_eq!(parse(r#"{"type":"string"}"#, &[]).unwrap().canonical(), r#""string""#);
    }
}
