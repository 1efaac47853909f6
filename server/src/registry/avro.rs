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
        (Schema::parse_str(text).map_err(|e| e.to_string())?, Vec::new())
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
