//! JSON Schema documents: validity against their meta-schema (the
//! `jsonschema` crate), the sorted-key canonical form, and references to
//! other subjects' schemas (`"$ref": "address.json"` where a reference is
//! named `address.json`, as in Confluent), resolved by bundling the
//! referenced documents into one.

use serde_json::{Map, Value};

use super::schema::Dependency;

/// Where referenced documents are put in a bundled schema.
const BUNDLE_KEY: &str = "__gregor_ref";

/// A parsed JSON Schema.
#[derive(Debug, Clone)]
pub struct JsonSchema {
    /// The document as registered (its identity).
    pub document: Value,
    /// The document with every referenced schema inlined under
    /// `definitions`, its `$ref`s pointing there: what instances are
    /// validated with and compatibility is checked on.
    pub bundled: Value,
}

/// Parses and validates a JSON Schema document; `dependencies` are the
/// schemas it references, by reference name. A `$ref` that names neither a
/// place in the document nor a reference is an invalid schema.
pub fn parse(text: &str, dependencies: &[Dependency]) -> Result<JsonSchema, String> {
    let document = parse_document(text)?;
    let mut docs = Vec::with_capacity(dependencies.len());
    for dependency in dependencies {
        let doc = parse_document(&dependency.text).map_err(|e| format!("referenced schema '{}' is invalid: {e}", dependency.name))?;
        docs.push((dependency.name.clone(), doc));
    }
    let bundled = bundle(&document, &docs);
    // Every `$ref` must resolve, inside the schema or to a reference
    // (`#/definitions/nope` is 42201 in Confluent too).
    if has_ref(&bundled) {
        validator(&bundled).map_err(|e| format!("unresolvable $ref: {e}"))?;
    }
    Ok(JsonSchema { document, bundled })
}

fn parse_document(text: &str) -> Result<Value, String> {
    if text.trim().is_empty() {
        return Err("Empty schema".to_owned());
    }
    let value: Value = gateway::json::from_str(text).map_err(|e| format!("Invalid JSON: {e}"))?;
    if !(value.is_object() || value.is_boolean()) {
        return Err("a JSON Schema must be an object or a boolean".to_owned());
    }
    if declares_draft(&value) {
        jsonschema::meta::validate(&value).map_err(|e| e.to_string())?;
    } else {
        // No `$schema`: draft 7, as Confluent (everit) and Karapace read it,
        // so `items: [...]` tuples and `dependencies` stay valid.
        jsonschema::draft7::meta::validate(&value).map_err(|e| e.to_string())?;
    }
    Ok(value)
}

/// `root` with each `(name, document)` inlined as
/// `definitions.__gregor_ref_{i}` and every `$ref` to a name (optionally
/// with a `#/pointer` fragment) rewritten to point there; local refs inside
/// an inlined document are re-rooted, and its `$id`/`$schema` dropped so
/// they resolve within the bundle.
pub fn bundle(root: &Value, documents: &[(String, Value)]) -> Value {
    if documents.is_empty() || !root.is_object() {
        return root.clone();
    }
    let names: Vec<&str> = documents.iter().map(|(n, _)| n.as_str()).collect();
    let mut out = rewrite(root, "", &names);
    let mut definitions = Map::new();
    for (i, (_, document)) in documents.iter().enumerate() {
        let prefix = format!("/definitions/{BUNDLE_KEY}_{i}");
        let mut inlined = rewrite(document, &prefix, &names);
        if let Value::Object(map) = &mut inlined {
            map.remove("$id");
            map.remove("$schema");
        }
        definitions.insert(format!("{BUNDLE_KEY}_{i}"), inlined);
    }
    if let Value::Object(map) = &mut out {
        match map.get_mut("definitions") {
            Some(Value::Object(existing)) => existing.extend(definitions),
            _ => {
                map.insert("definitions".to_owned(), Value::Object(definitions));
            }
        }
    }
    out
}

/// Which reference a `$ref` base names: exactly, or as the last path
/// segment of one (`address.json` for `https://example.com/address.json`).
fn referenced(base: &str, names: &[&str]) -> Option<usize> {
    names.iter().position(|n| *n == base).or_else(|| {
        let last = |s: &str| s.rsplit('/').next().unwrap_or(s).to_owned();
        names.iter().position(|n| last(n) == last(base))
    })
}

fn rewrite(value: &Value, prefix: &str, names: &[&str]) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, item) in map {
                let item = match (key.as_str(), item) {
                    ("$ref", Value::String(target)) => Value::String(retarget(target, prefix, names)),
                    _ => rewrite(item, prefix, names),
                };
                out.insert(key.clone(), item);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| rewrite(v, prefix, names)).collect()),
        other => other.clone(),
    }
}

fn retarget(target: &str, prefix: &str, names: &[&str]) -> String {
    if let Some(pointer) = target.strip_prefix('#') {
        return format!("#{prefix}{pointer}");
    }
    let (base, fragment) = target.split_once('#').unwrap_or((target, ""));
    match referenced(base, names) {
        Some(i) => format!("#/definitions/{BUNDLE_KEY}_{i}{fragment}"),
        None => target.to_owned(),
    }
}

/// Whether any `$ref` points outside the document.
fn has_ref(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(k, v)| matches!((k.as_str(), v), ("$ref", Value::String(_))) || has_ref(v)),
        Value::Array(items) => items.iter().any(has_ref),
        _ => false,
    }
}

/// A validator for instances of `schema`: the draft its `$schema` names,
/// else draft 7 (the default of Confluent's and Karapace's registries).
pub fn validator(schema: &Value) -> Result<jsonschema::Validator, String> {
    if declares_draft(schema) {
        jsonschema::validator_for(schema).map_err(|e| e.to_string())
    } else {
        jsonschema::draft7::new(schema).map_err(|e| e.to_string())
    }
}

/// Whether `$schema` names a draft the validator knows (4, 6, 7, 2019-09,
/// 2020-12, over http or https, with or without the empty fragment). Any
/// other `$schema` is read as draft 7, as Confluent does; it is never
/// fetched (no network access from the registry: that would also let a
/// client make it call any URL).
fn declares_draft(schema: &Value) -> bool {
    const KNOWN: [&str; 5] = [
        "json-schema.org/draft-04/schema",
        "json-schema.org/draft-06/schema",
        "json-schema.org/draft-07/schema",
        "json-schema.org/draft/2019-09/schema",
        "json-schema.org/draft/2020-12/schema",
    ];
    schema.get("$schema").and_then(Value::as_str).is_some_and(|uri| {
        let uri = uri.trim().trim_end_matches('#');
        let uri = uri.strip_prefix("https://").or_else(|| uri.strip_prefix("http://")).unwrap_or("");
        KNOWN.contains(&uri)
    })
}

/// Compact JSON with object keys sorted at every level.
pub fn canonical(value: &Value) -> String {
    sorted(value).to_string()
}

fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::with_capacity(map.len());
            for key in keys {
                out.insert(key.clone(), sorted(&map[key]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_sorts_keys_and_drops_whitespace() {
        let a = parse(r#"{ "type": "object", "properties": {"b": {"type":"string"}, "a": {"type": "integer"}} }"#, &[]).unwrap();
        let b = parse(r#"{"properties":{"a":{"type":"integer"},"b":{"type":"string"}},"type":"object"}"#, &[]).unwrap();
        assert_eq!(canonical(&a.document), canonical(&b.document));
    }

    #[test]
    fn rejects_invalid_schemas() {
        assert!(parse(r#"{"type": 12}"#, &[]).is_err());
        assert!(parse("[1]", &[]).is_err());
        assert!(parse("", &[]).is_err());
        let unresolved = parse(r#"{"properties": {"a": {"$ref": "missing.json"}}}"#, &[]).unwrap_err();
        assert!(unresolved.contains("$ref"), "{unresolved}");
    }

    #[test]
    fn references_to_other_subjects_are_bundled() {
        let address = Dependency {
            name: "https://example.com/address.json".to_owned(),
            subject: "address".to_owned(),
            version: 1,
            text: r##"{"$id": "https://example.com/address.json", "type": "object",
                      "properties": {"zip": {"$ref": "#/definitions/zip"}}, "required": ["zip"],
                      "definitions": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}}"##
                .into(),
        };
        let person = parse(
            r#"{"type": "object", "properties": {"home": {"$ref": "address.json"}, "zip": {"$ref": "https://example.com/address.json#/definitions/zip"}}}"#,
            &[address],
        )
        .unwrap();
        let validator = validator(&person.bundled).unwrap();
        assert!(validator.is_valid(&serde_json::json!({"home": {"zip": "12345"}, "zip": "54321"})));
        assert!(!validator.is_valid(&serde_json::json!({"home": {"zip": "12"}})));
        assert!(!validator.is_valid(&serde_json::json!({"home": {}})));
        assert!(!validator.is_valid(&serde_json::json!({"zip": "x"})));
        // Identity is the document as registered.
        assert!(canonical(&person.document).contains("address.json"));
    }
}
