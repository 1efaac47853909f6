//! Avro's JSON encoding (the Avro specification's, as Confluent's REST
//! proxy takes and writes it), both ways: unions as `{"branch": value}` (a
//! bare value is also accepted when a branch takes it), `null` for the null
//! branch, bytes and fixed as strings of code points 0–255, enums as their
//! symbol, logical types as their underlying `int`/`long`/`bytes`; record
//! fields missing on input fall back to their defaults.

use std::collections::HashMap;

use apache_avro::Schema;
use apache_avro::types::Value;
use serde_json::Value as Json;

use crate::registry::avro::AvroSchema;

/// Converts `json` to a value of `schema`'s root; errors say where.
pub fn to_avro(schema: &AvroSchema, json: &Json) -> Result<Value, String> {
    convert(schema, &schema.root, json, "$")
}

fn branch_name(schema: &AvroSchema, branch: &Schema) -> String {
    match schema.resolve(branch) {
        Schema::Record(r) => r.name.fullname(None),
        Schema::Enum(e) => e.name.fullname(None),
        Schema::Fixed(f) => f.name.fullname(None),
        Schema::Null => "null".into(),
        Schema::Boolean => "boolean".into(),
        Schema::Int | Schema::Date | Schema::TimeMillis => "int".into(),
        Schema::Long
        | Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => "long".into(),
        Schema::Float => "float".into(),
        Schema::Double => "double".into(),
        Schema::Bytes | Schema::BigDecimal | Schema::Decimal(_) => "bytes".into(),
        Schema::String | Schema::Uuid(_) => "string".into(),
        Schema::Array(_) => "array".into(),
        Schema::Map(_) => "map".into(),
        other => format!("{other:?}"),
    }
}

fn latin1(text: &str, at: &str) -> Result<Vec<u8>, String> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).map_err(|_| format!("{at}: bytes must be code points 0-255")))
        .collect()
}

fn integer(json: &Json, at: &str) -> Result<i64, String> {
    json.as_i64().ok_or_else(|| format!("{at}: expected an integer, got {json}"))
}

fn convert(schema: &AvroSchema, node: &Schema, json: &Json, at: &str) -> Result<Value, String> {
    let node = schema.resolve(node);
    let mismatch = |what: &str| format!("{at}: expected {what}, got {json}");
    Ok(match node {
        Schema::Null => match json {
            Json::Null => Value::Null,
            _ => return Err(mismatch("null")),
        },
        Schema::Boolean => Value::Boolean(json.as_bool().ok_or_else(|| mismatch("a boolean"))?),
        Schema::Int => Value::Int(i32::try_from(integer(json, at)?).map_err(|_| mismatch("a 32-bit integer"))?),
        Schema::Long => Value::Long(integer(json, at)?),
        Schema::Float => Value::Float(json.as_f64().ok_or_else(|| mismatch("a number"))? as f32),
        Schema::Double => Value::Double(json.as_f64().ok_or_else(|| mismatch("a number"))?),
        Schema::Bytes => Value::Bytes(latin1(json.as_str().ok_or_else(|| mismatch("a string"))?, at)?),
        Schema::String => Value::String(json.as_str().ok_or_else(|| mismatch("a string"))?.to_owned()),
        Schema::Uuid(_) => Value::String(json.as_str().ok_or_else(|| mismatch("a uuid string"))?.to_owned()),
        Schema::Date => Value::Date(i32::try_from(integer(json, at)?).map_err(|_| mismatch("a date"))?),
        Schema::TimeMillis => Value::TimeMillis(i32::try_from(integer(json, at)?).map_err(|_| mismatch("a time"))?),
        Schema::TimeMicros => Value::TimeMicros(integer(json, at)?),
        Schema::TimestampMillis => Value::TimestampMillis(integer(json, at)?),
        Schema::TimestampMicros => Value::TimestampMicros(integer(json, at)?),
        Schema::TimestampNanos => Value::TimestampNanos(integer(json, at)?),
        Schema::LocalTimestampMillis => Value::LocalTimestampMillis(integer(json, at)?),
        Schema::LocalTimestampMicros => Value::LocalTimestampMicros(integer(json, at)?),
        Schema::LocalTimestampNanos => Value::LocalTimestampNanos(integer(json, at)?),
        Schema::Array(array) => {
            let items = json.as_array().ok_or_else(|| mismatch("an array"))?;
            let converted: Result<Vec<_>, _> =
                items.iter().enumerate().map(|(i, item)| convert(schema, &array.items, item, &format!("{at}[{i}]"))).collect();
            Value::Array(converted?)
        }
        Schema::Map(map) => {
            let object = json.as_object().ok_or_else(|| mismatch("an object"))?;
            let mut out = HashMap::with_capacity(object.len());
            for (key, item) in object {
                out.insert(key.clone(), convert(schema, &map.types, item, &format!("{at}.{key}"))?);
            }
            Value::Map(out)
        }
        Schema::Enum(e) => {
            let symbol = json.as_str().ok_or_else(|| mismatch("an enum symbol"))?;
            let index = e.symbols.iter().position(|s| s == symbol).ok_or_else(|| mismatch("one of the enum's symbols"))?;
            Value::Enum(u32::try_from(index).unwrap_or(u32::MAX), symbol.to_owned())
        }
        Schema::Fixed(f) => {
            let bytes = latin1(json.as_str().ok_or_else(|| mismatch("a string"))?, at)?;
            if bytes.len() != f.size {
                return Err(format!("{at}: fixed {} needs {} bytes, got {}", f.name.fullname(None), f.size, bytes.len()));
            }
            Value::Fixed(f.size, bytes)
        }
        Schema::Record(record) => {
            let object = json.as_object().ok_or_else(|| mismatch("an object"))?;
            let mut fields = Vec::with_capacity(record.fields.len());
            for field in &record.fields {
                let at = format!("{at}.{}", field.name);
                let value = match (object.get(&field.name), &field.default) {
                    (Some(value), _) => convert(schema, &field.schema, value, &at)?,
                    (None, Some(default)) => default_value(schema, &field.schema, default, &at)?,
                    (None, None) => return Err(format!("{at}: missing field without a default")),
                };
                fields.push((field.name.clone(), value));
            }
            Value::Record(fields)
        }
        Schema::Union(union) => {
            let branches = union.variants();
            if json.is_null() {
                let index = branches.iter().position(|b| matches!(b, Schema::Null)).ok_or_else(|| mismatch("a non-null union branch"))?;
                return Ok(Value::Union(u32::try_from(index).unwrap_or(0), Box::new(Value::Null)));
            }
            if let Some((name, inner)) = json.as_object().filter(|o| o.len() == 1).and_then(|o| o.iter().next()) {
                let short = |full: &str| full.rsplit('.').next().unwrap_or(full).to_owned();
                if let Some(index) = branches.iter().position(|b| {
                    let branch = branch_name(schema, b);
                    branch == *name || short(&branch) == *name
                }) {
                    let value = convert(schema, &branches[index], inner, &format!("{at}<{name}>"))?;
                    return Ok(Value::Union(u32::try_from(index).unwrap_or(0), Box::new(value)));
                }
            }
            for (index, branch) in branches.iter().enumerate().filter(|(_, b)| !matches!(b, Schema::Null)) {
                if let Ok(value) = convert(schema, branch, json, at) {
                    return Ok(Value::Union(u32::try_from(index).unwrap_or(0), Box::new(value)));
                }
            }
            return Err(mismatch("a union branch (as {\"type\": value})"));
        }
        other => return Err(format!("{at}: Avro type {other:?} is not supported in JSON records yet")),
    })
}

/// Converts a decoded Avro `value` of `schema`'s root to its JSON
/// encoding (what Confluent's `AvroConverter` gives REST v2 consumers).
pub fn to_json(schema: &AvroSchema, value: Value) -> Json {
    from_value(schema, &schema.root, value)
}

fn latin1_text(bytes: &[u8]) -> Json {
    Json::String(bytes.iter().map(|&b| char::from(b)).collect())
}

fn from_value(schema: &AvroSchema, node: &Schema, value: Value) -> Json {
    let node = schema.resolve(node);
    match value {
        Value::Null => Json::Null,
        Value::Boolean(b) => b.into(),
        Value::Int(n) | Value::Date(n) | Value::TimeMillis(n) => n.into(),
        Value::Long(n)
        | Value::TimeMicros(n)
        | Value::TimestampMillis(n)
        | Value::TimestampMicros(n)
        | Value::TimestampNanos(n)
        | Value::LocalTimestampMillis(n)
        | Value::LocalTimestampMicros(n)
        | Value::LocalTimestampNanos(n) => n.into(),
        Value::Float(f) => serde_json::Number::from_f64(f64::from(f)).map_or(Json::Null, Json::Number),
        Value::Double(f) => serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number),
        Value::Bytes(bytes) | Value::Fixed(_, bytes) => latin1_text(&bytes),
        Value::String(text) => text.into(),
        Value::Uuid(uuid) => uuid.to_string().into(),
        Value::Enum(_, symbol) => symbol.into(),
        Value::Union(index, inner) => {
            let branches = match node {
                Schema::Union(union) => union.variants(),
                _ => &[],
            };
            match (branches.get(index as usize), *inner) {
                (_, Value::Null) => Json::Null,
                (Some(branch), inner) => {
                    let mut object = serde_json::Map::with_capacity(1);
                    object.insert(branch_name(schema, branch), from_value(schema, branch, inner));
                    Json::Object(object)
                }
                (None, inner) => from_value(schema, node, inner),
            }
        }
        Value::Array(items) => {
            let item_schema = match node {
                Schema::Array(array) => Some(&*array.items),
                _ => None,
            };
            Json::Array(items.into_iter().map(|v| item_schema.map_or(Json::Null, |s| from_value(schema, s, v))).collect())
        }
        Value::Map(entries) => {
            let value_schema = match node {
                Schema::Map(map) => Some(&*map.types),
                _ => None,
            };
            let mut sorted: Vec<_> = entries.into_iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(sorted.into_iter().map(|(k, v)| (k, value_schema.map_or(Json::Null, |s| from_value(schema, s, v)))).collect())
        }
        Value::Record(fields) => {
            let field_schemas = match node {
                Schema::Record(record) => Some(&record.fields),
                _ => None,
            };
            Json::Object(
                fields
                    .into_iter()
                    .map(|(name, v)| {
                        let field_schema = field_schemas.and_then(|fs| fs.iter().find(|f| f.name == name)).map(|f| &f.schema);
                        let json = field_schema.map_or(Json::Null, |s| from_value(schema, s, v));
                        (name, json)
                    })
                    .collect(),
            )
        }
        Value::Decimal(decimal) => Vec::<u8>::try_from(decimal).map_or(Json::Null, |b| latin1_text(&b)),
        other => Json::String(format!("{other:?}")),
    }
}

/// A record field's default: JSON in the Avro encoding, except that a
/// union's default is for its first branch, unwrapped.
fn default_value(schema: &AvroSchema, node: &Schema, default: &Json, at: &str) -> Result<Value, String> {
    match schema.resolve(node) {
        Schema::Union(union) => {
            let first = union.variants().first().ok_or_else(|| format!("{at}: empty union"))?;
            Ok(Value::Union(0, Box::new(convert(schema, first, default, at)?)))
        }
        other => convert(schema, other, default, at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::avro::parse;
    use serde_json::json;

    const SCHEMA: &str = r#"{"type":"record","name":"P","namespace":"n","fields":[
        {"name":"id","type":"long"},
        {"name":"note","type":["null","string"],"default":null},
        {"name":"kind","type":{"type":"enum","name":"K","symbols":["A","B"]}},
        {"name":"raw","type":"bytes","default":""},
        {"name":"tags","type":{"type":"array","items":"string"},"default":[]}]}"#;

    #[test]
    fn converts_the_avro_json_encoding() {
        let schema = parse(SCHEMA, &[]).unwrap();
        let value = to_avro(&schema, &json!({"id": 7, "note": {"string": "hi"}, "kind": "B", "raw": "\u{00ff}a"})).unwrap();
        let writer = apache_avro::writer::datum::GenericDatumWriter::builder(&schema.root).build().unwrap();
        let datum = writer.write_value_to_vec(value).unwrap();
        assert!(!datum.is_empty());
        // bare union values and defaults
        assert!(to_avro(&schema, &json!({"id": 1, "note": "bare", "kind": "A"})).is_ok());
        assert!(to_avro(&schema, &json!({"id": 1, "kind": "A"})).is_ok());
        let reader = apache_avro::reader::datum::GenericDatumReader::builder(&schema.root).build().unwrap();
        let decoded = reader.read_value(&mut &datum[..]).unwrap();
        assert_eq!(to_json(&schema, decoded), json!({"id": 7, "note": {"string": "hi"}, "kind": "B", "raw": "\u{00ff}a", "tags": []}));
        for bad in [json!({"kind": "A"}), json!({"id": "x", "kind": "A"}), json!({"id": 1, "kind": "C"}), json!({"id": 1, "kind": "A", "note": {"int": 3}})] {
            assert!(to_avro(&schema, &bad).is_err(), "{bad}");
        }
    }
}
