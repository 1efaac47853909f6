//! JSON Schema documents: validity against their meta-schema (the
//! `jsonschema` crate) and the sorted-key canonical form.

use serde_json::{Map, Value};

/// Parses and validates a JSON Schema document.
pub fn parse(text: &str) -> Result<Value, String> {
    if text.trim().is_empty() {
        return Err("Empty schema".to_owned());
    }
    let value: Value = serde_json::from_str(text).map_err(|e| format!("Invalid JSON: {e}"))?;
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

/// A validator for instances of `schema`: the draft its `$schema` names,
/// else draft 7 (the default of Confluent's and Karapace's registries).
pub fn validator(schema: &Value) -> Result<jsonschema::Validator, String> {
    if declares_draft(schema) {
        jsonschema::validator_for(schema).map_err(|e| e.to_string())
    } else {
        jsonschema::draft7::new(schema).map_err(|e| e.to_string())
    }
}

fn declares_draft(schema: &Value) -> bool {
    schema.get("$schema").and_then(Value::as_str).is_some()
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
        let a = parse(r#"{ "type": "object", "properties": {"b": {"type":"string"}, "a": {"type": "integer"}} }"#).unwrap();
        let b = parse(r#"{"properties":{"a":{"type":"integer"},"b":{"type":"string"}},"type":"object"}"#).unwrap();
        assert_eq!(canonical(&a), canonical(&b));
    }

    #[test]
    fn rejects_invalid_schemas() {
        assert!(parse(r#"{"type": 12}"#).is_err());
        assert!(parse("[1]").is_err());
        assert!(parse("").is_err());
    }
}
