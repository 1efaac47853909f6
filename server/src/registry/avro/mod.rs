//! Avro schemas: parsing with referenced named types (apache-avro) and
//! name resolution for the compatibility checker.

use std::collections::HashMap;

use apache_avro::Schema;

/// A parsed Avro schema with every named type it can reach.
#[derive(Debug)]
pub struct AvroSchema {
    /// The schema itself; references to named types are `Schema::Ref`.
    pub root: Schema,
    /// Named types by full name: the schema's own and its references'.
    pub names: HashMap<String, Schema>,
}

/// Parses Avro JSON `text`; `dependencies` are referenced schemas' texts.
pub fn parse(text: &str, dependencies: &[&str]) -> Result<AvroSchema, String> {
    if text.trim().is_empty() {
        return Err("Empty schema".to_owned());
    }
    let (root, deps) = if dependencies.is_empty() {
        // Read with Gregor's nesting bound (1000, as Jackson) rather than
        // serde_json's 128, which refused 43 nested records.
        let json: serde_json::Value = gateway::json::from_str(text).map_err(|e| e.to_string())?;
        (Schema::parse(&json).map_err(|e| e.to_string())?, Vec::new())
    } else {
        Schema::parse_str_with_list(text, dependencies).map_err(|e| e.to_string())?
    };
    let mut names = HashMap::new();
    for schema in deps.iter().chain(std::iter::once(&root)) {
        collect_names(schema, &mut names);
    }
    Ok(AvroSchema { root, names })
}

impl AvroSchema {
    /// Canonical JSON: the parsed schema printed back by apache-avro, so
    /// formatting and `{"type":"int"}` vs `"int"` do not matter.
    pub fn canonical(&self) -> String {
        serde_json::to_string(&self.root).unwrap_or_default()
    }

    /// The schema with every referenced named type written out where it is
    /// first used (Confluent's `format=resolved`), as compact JSON.
    pub fn resolved(&self) -> String {
        let mut seen = std::collections::HashSet::new();
        collect_defined(&self.root, &mut seen);
        serde_json::to_string(&self.inline(&self.root, &mut seen)).unwrap_or_default()
    }

    fn inline(&self, schema: &Schema, seen: &mut std::collections::HashSet<String>) -> Schema {
        match schema {
            Schema::Ref { name } => {
                let full = name.fullname(None);
                match self.names.get(&full) {
                    Some(definition) if seen.insert(full) => {
                        collect_defined(definition, seen);
                        self.inline(definition, seen)
                    }
                    _ => schema.clone(),
                }
            }
            Schema::Record(record) => {
                let mut record = record.clone();
                for field in &mut record.fields {
                    field.schema = self.inline(&field.schema, seen);
                }
                Schema::Record(record)
            }
            Schema::Array(array) => {
                let mut array = array.clone();
                array.items = Box::new(self.inline(&array.items, seen));
                Schema::Array(array)
            }
            Schema::Map(map) => {
                let mut map = map.clone();
                map.types = Box::new(self.inline(&map.types, seen));
                Schema::Map(map)
            }
            Schema::Union(union) => {
                let variants = union.variants().iter().map(|v| self.inline(v, seen)).collect();
                apache_avro::schema::UnionSchema::new(variants).map_or_else(|_| schema.clone(), Schema::Union)
            }
            other => other.clone(),
        }
    }

    /// Follows a `Schema::Ref` to the named type it stands for.
    pub fn resolve<'a>(&'a self, schema: &'a Schema) -> &'a Schema {
        match schema {
            Schema::Ref { name } => self.names.get(&name.fullname(None)).unwrap_or(schema),
            other => other,
        }
    }
}

/// Full names a schema defines itself (so they are not inlined again).
fn collect_defined(schema: &Schema, seen: &mut std::collections::HashSet<String>) {
    let mut own = HashMap::new();
    collect_names(schema, &mut own);
    seen.extend(own.into_keys());
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
    use super::*;

    #[test]
    fn resolved_inlines_references_once() {
        let address = r#"{"type":"record","name":"Address","namespace":"t","fields":[{"name":"city","type":"string"}]}"#;
        let person = r#"{"type":"record","name":"Person","namespace":"t","fields":[{"name":"home","type":"t.Address"},{"name":"work","type":"t.Address"}]}"#;
        let parsed = parse(person, &[address]).unwrap();
        let resolved: serde_json::Value = serde_json::from_str(&parsed.resolved()).unwrap();
        assert_eq!(resolved["fields"][0]["type"]["name"], "Address");
        assert_eq!(resolved["fields"][1]["type"], "t.Address");
        // and it parses on its own
        assert!(parse(&parsed.resolved(), &[]).is_ok());
    }
}
