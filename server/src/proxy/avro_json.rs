//! Avro binary datums to and from Avro's JSON encoding (the Avro
//! specification's, as Confluent's REST proxy takes and writes it), with no
//! intermediate value tree: unions as `{"branch": value}` (a bare value is
//! also accepted when a branch takes it), `null` for the null branch, bytes
//! and fixed as strings of code points 0–255, enums as their symbol,
//! logical types as their underlying type (a `uuid` string as the string);
//! record fields in schema order, map entries in datum order; record
//! fields missing on input fall back to their defaults.
//!
//! Both directions are bounded: a datum or document nested deeper than
//! [`gateway::json::MAX_DEPTH`] levels (records, arrays, maps and non-null
//! union branches each open one, as each opens a JSON object or array) is
//! refused with an error, never a stack overflow, and a datum cannot
//! announce more array or map items than its bytes can hold (plus
//! [`ZERO_SIZE_ITEMS`] for items that take no bytes, such as `null`).

use std::fmt;

use apache_avro::Schema;
use apache_avro::schema::{InnerDecimalSchema, UuidSchema};
use gateway::json::MAX_DEPTH;
use serde_json::{Map, Value as Json};

use crate::registry::avro::AvroSchema;

/// Items that take no bytes (`null`, an empty record, `fixed` of size 0)
/// one datum may hold beyond one per byte of the datum: 1,000,000.
pub const ZERO_SIZE_ITEMS: usize = 1_000_000;

/// Where in a document or datum a value is, printed `$.field[3]<branch>`;
/// built only when an error names it.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Field(&'a Step<'a>, &'a str),
    Index(&'a Step<'a>, usize),
    Key(&'a Step<'a>, &'a str),
    Branch(&'a Step<'a>, &'a str),
}

impl fmt::Display for Step<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Root => f.write_str("$"),
            Self::Field(parent, name) => write!(f, "{parent}.{name}"),
            Self::Index(parent, i) => write!(f, "{parent}[{i}]"),
            Self::Key(parent, key) => write!(f, "{parent}.{key}"),
            Self::Branch(parent, name) => write!(f, "{parent}<{name}>"),
        }
    }
}

fn too_deep(at: Step<'_>) -> String {
    format!("{at}: nested deeper than {MAX_DEPTH} levels")
}

/// The JSON name of a union branch: a named type's full name, else the
/// primitive (or container) type name.
fn branch_name(schema: &AvroSchema, branch: &Schema) -> String {
    let node = schema.resolve(branch);
    match (node, primitive(node)) {
        (Schema::Record(r), _) => r.name.fullname(None),
        (Schema::Enum(e), _) => e.name.fullname(None),
        (Schema::Fixed(f) | Schema::Duration(f) | Schema::Uuid(UuidSchema::Fixed(f)), _) => f.name.fullname(None),
        (Schema::Decimal(d), _) => match &d.inner {
            InnerDecimalSchema::Fixed(f) => f.name.fullname(None),
            InnerDecimalSchema::Bytes => "bytes".into(),
        },
        (_, Some(Prim::Int)) => "int".into(),
        (_, Some(Prim::Long)) => "long".into(),
        (_, Some(Prim::Bytes)) => "bytes".into(),
        (_, Some(Prim::String)) => "string".into(),
        (Schema::Null, _) => "null".into(),
        (Schema::Boolean, _) => "boolean".into(),
        (Schema::Float, _) => "float".into(),
        (Schema::Double, _) => "double".into(),
        (Schema::Array(_), _) => "array".into(),
        (Schema::Map(_), _) => "map".into(),
        (Schema::Union(_), _) => "union".into(),
        (Schema::Ref { name }, _) => name.fullname(None),
        (_, Some(Prim::Fixed(_))) | (_, None) => "unknown".into(),
    }
}

/// The primitive a schema is written as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prim {
    Int,
    Long,
    Bytes,
    String,
    Fixed(usize),
}

/// Primitive representation of scalar and logical types; `None` for
/// containers, records, enums, null, boolean and floating point.
fn primitive(node: &Schema) -> Option<Prim> {
    Some(match node {
        Schema::Int | Schema::Date | Schema::TimeMillis => Prim::Int,
        Schema::Long
        | Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => Prim::Long,
        Schema::Bytes | Schema::BigDecimal | Schema::Uuid(UuidSchema::Bytes) => Prim::Bytes,
        Schema::String | Schema::Uuid(UuidSchema::String) => Prim::String,
        Schema::Fixed(f) | Schema::Duration(f) | Schema::Uuid(UuidSchema::Fixed(f)) => Prim::Fixed(f.size),
        Schema::Decimal(d) => match &d.inner {
            InnerDecimalSchema::Bytes => Prim::Bytes,
            InnerDecimalSchema::Fixed(f) => Prim::Fixed(f.size),
        },
        _ => return None,
    })
}

// ---------------------------------------------------------------- decoding

/// Decodes an Avro binary datum of `schema`'s root to its JSON encoding
/// (what Confluent's `AvroConverter` gives REST v2 consumers). Errors say
/// where and why: truncated or malformed bytes, a union or enum index out
/// of range, invalid UTF-8, too deep, too many items.
pub fn decode(schema: &AvroSchema, datum: &[u8]) -> Result<Json, String> {
    let mut reader = Reader { bytes: datum, items_left: datum.len().saturating_add(ZERO_SIZE_ITEMS) };
    reader.value(schema, &schema.root, Step::Root, 0)
}

struct Reader<'a> {
    bytes: &'a [u8],
    items_left: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize, at: Step<'_>) -> Result<&[u8], String> {
        if n > self.bytes.len() {
            return Err(format!("{at}: datum ends early (needs {n} more bytes, has {})", self.bytes.len()));
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn long(&mut self, at: Step<'_>) -> Result<i64, String> {
        let mut value: u64 = 0;
        for shift in (0..70).step_by(7) {
            let [byte, rest @ ..] = self.bytes else {
                return Err(format!("{at}: datum ends inside a varint"));
            };
            self.bytes = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok((value >> 1) as i64 ^ -((value & 1) as i64));
            }
        }
        Err(format!("{at}: varint longer than 10 bytes"))
    }

    fn int(&mut self, at: Step<'_>) -> Result<i32, String> {
        let value = self.long(at)?;
        i32::try_from(value).map_err(|_| format!("{at}: {value} is out of range for an int"))
    }

    fn length(&mut self, at: Step<'_>) -> Result<usize, String> {
        let len = self.long(at)?;
        usize::try_from(len).map_err(|_| format!("{at}: negative length {len}"))
    }

    fn bytes_json(&mut self, at: Step<'_>) -> Result<Json, String> {
        let len = self.length(at)?;
        Ok(latin1_text(self.take(len, at)?))
    }

    fn primitive(&mut self, prim: Prim, at: Step<'_>) -> Result<Json, String> {
        Ok(match prim {
            Prim::Int => self.int(at)?.into(),
            Prim::Long => self.long(at)?.into(),
            Prim::Bytes => self.bytes_json(at)?,
            Prim::String => Json::String(self.string(at)?),
            Prim::Fixed(size) => latin1_text(self.take(size, at)?),
        })
    }

    /// Calls `each` once per item of an array or map: blocks of items, each
    /// after its count, until a count of 0.
    fn blocks(&mut self, at: Step<'_>, mut each: impl FnMut(&mut Self) -> Result<(), String>) -> Result<(), String> {
        loop {
            let count = self.block(at)?;
            if count == 0 {
                return Ok(());
            }
            for _ in 0..count {
                each(self)?;
            }
        }
    }

    fn string(&mut self, at: Step<'_>) -> Result<String, String> {
        let len = self.length(at)?;
        let text = std::str::from_utf8(self.take(len, at)?).map_err(|_| format!("{at}: string is not UTF-8"))?;
        Ok(text.to_owned())
    }

    /// The item count of the next array or map block (0 ends), after
    /// charging it to the datum's item budget.
    fn block(&mut self, at: Step<'_>) -> Result<usize, String> {
        let count = self.long(at)?;
        let count = if count < 0 {
            self.long(at)?; // block size in bytes, not needed
            count.unsigned_abs()
        } else {
            count as u64
        };
        let count = usize::try_from(count).unwrap_or(usize::MAX);
        if count > self.items_left {
            return Err(format!("{at}: block of {count} items is more than the datum can hold"));
        }
        self.items_left -= count;
        Ok(count)
    }

    fn value(&mut self, schema: &AvroSchema, node: &Schema, at: Step<'_>, depth: usize) -> Result<Json, String> {
        let node = schema.resolve(node);
        if let Some(prim) = primitive(node) {
            return self.primitive(prim, at);
        }
        if matches!(node, Schema::Record(_) | Schema::Array(_) | Schema::Map(_) | Schema::Union(_)) && depth >= MAX_DEPTH {
            return Err(too_deep(at));
        }
        Ok(match node {
            Schema::Null => Json::Null,
            Schema::Boolean => match self.take(1, at)?[0] {
                0 => Json::Bool(false),
                1 => Json::Bool(true),
                other => return Err(format!("{at}: invalid boolean byte {other}")),
            },
            Schema::Float => {
                let raw = self.take(4, at)?;
                float(f64::from(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]])))
            }
            Schema::Double => {
                let mut raw = [0u8; 8];
                raw.copy_from_slice(self.take(8, at)?);
                float(f64::from_le_bytes(raw))
            }
            Schema::Enum(e) => {
                let index = self.int(at)?;
                let symbol = usize::try_from(index).ok().and_then(|i| e.symbols.get(i));
                Json::String(symbol.ok_or_else(|| format!("{at}: enum index {index} out of range"))?.clone())
            }
            Schema::Record(record) => {
                let mut object = Map::with_capacity(record.fields.len());
                for field in &record.fields {
                    let value = self.value(schema, &field.schema, Step::Field(&at, &field.name), depth + 1)?;
                    object.insert(field.name.clone(), value);
                }
                Json::Object(object)
            }
            Schema::Array(array) => {
                let mut items = Vec::new();
                self.blocks(at, |reader| {
                    let item = reader.value(schema, &array.items, Step::Index(&at, items.len()), depth + 1)?;
                    items.push(item);
                    Ok(())
                })?;
                Json::Array(items)
            }
            Schema::Map(map) => {
                let mut object = Map::new();
                self.blocks(at, |reader| {
                    let key = reader.string(at)?;
                    let value = reader.value(schema, &map.types, Step::Key(&at, &key), depth + 1)?;
                    object.insert(key, value);
                    Ok(())
                })?;
                Json::Object(object)
            }
            Schema::Union(union) => {
                let index = self.long(at)?;
                let branch = usize::try_from(index)
                    .ok()
                    .and_then(|i| union.variants().get(i))
                    .ok_or_else(|| format!("{at}: union index {index} out of range"))?;
                match schema.resolve(branch) {
                    Schema::Null => Json::Null,
                    _ => {
                        let name = branch_name(schema, branch);
                        let value = self.value(schema, branch, Step::Branch(&at, &name), depth + 1)?;
                        let mut object = Map::with_capacity(1);
                        object.insert(name, value);
                        Json::Object(object)
                    }
                }
            }
            Schema::Ref { name } => return Err(format!("{at}: unknown named type {}", name.fullname(None))),
            _ => return Err(format!("{at}: unsupported Avro type")),
        })
    }
}

fn latin1_text(bytes: &[u8]) -> Json {
    Json::String(bytes.iter().map(|&b| char::from(b)).collect())
}

/// A float or double as JSON: NaN and the infinities, which JSON numbers
/// cannot hold, as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`
/// (what Jackson writes with its default `WRITE_NAN_AS_STRINGS`).
fn float(value: f64) -> Json {
    match serde_json::Number::from_f64(value) {
        Some(number) => Json::Number(number),
        None if value.is_nan() => Json::String("NaN".to_owned()),
        None if value > 0.0 => Json::String("Infinity".to_owned()),
        None => Json::String("-Infinity".to_owned()),
    }
}

/// A JSON number, or one of [`float`]'s strings for NaN and the infinities.
fn as_float(json: &Json) -> Option<f64> {
    match json {
        Json::String(text) => match text.as_str() {
            "NaN" => Some(f64::NAN),
            "Infinity" => Some(f64::INFINITY),
            "-Infinity" => Some(f64::NEG_INFINITY),
            _ => None,
        },
        other => other.as_f64(),
    }
}

// ---------------------------------------------------------------- encoding

/// Encodes `json` (Avro's JSON encoding of a value of `schema`'s root) as
/// an Avro binary datum; errors say where the value does not fit. A bare
/// union value is tried against each branch in turn, so the work is capped
/// at [`ENCODE_STEPS`] values visited.
pub fn encode(schema: &AvroSchema, json: &Json) -> Result<Vec<u8>, String> {
    let mut writer = Writer { out: Vec::with_capacity(64), steps_left: ENCODE_STEPS };
    writer.write(schema, &schema.root, json, Step::Root, 0)?;
    Ok(writer.out)
}

/// Most values one [`encode`] visits, counting every union branch tried
/// for a bare value: 1,000,000.
pub const ENCODE_STEPS: usize = 1_000_000;

fn put_long(value: i64, out: &mut Vec<u8>) {
    let mut n = ((value << 1) ^ (value >> 63)) as u64;
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_bytes(bytes: &[u8], out: &mut Vec<u8>) {
    put_long(bytes.len() as i64, out);
    out.extend_from_slice(bytes);
}

fn latin1(text: &str, at: Step<'_>) -> Result<Vec<u8>, String> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).map_err(|_| format!("{at}: bytes must be code points 0-255")))
        .collect()
}

struct Writer {
    out: Vec<u8>,
    steps_left: usize,
}

impl Writer {
    fn write(&mut self, schema: &AvroSchema, node: &Schema, json: &Json, at: Step<'_>, depth: usize) -> Result<(), String> {
        let node = schema.resolve(node);
        let mismatch = |what: &str| format!("{at}: expected {what}, got {}", short(json));
        if self.steps_left == 0 {
            return Err(format!("{at}: value too complex to match against the schema (over {ENCODE_STEPS} steps)"));
        }
        self.steps_left -= 1;
        let out = &mut self.out;
        if let Some(prim) = primitive(node) {
            match prim {
                Prim::Int => {
                    let n = json.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| mismatch("a 32-bit integer"))?;
                    put_long(i64::from(n), out);
                }
                Prim::Long => put_long(json.as_i64().ok_or_else(|| mismatch("an integer"))?, out),
                Prim::Bytes => put_bytes(&latin1(json.as_str().ok_or_else(|| mismatch("a string"))?, at)?, out),
                Prim::String => put_bytes(json.as_str().ok_or_else(|| mismatch("a string"))?.as_bytes(), out),
                Prim::Fixed(size) => {
                    let bytes = latin1(json.as_str().ok_or_else(|| mismatch("a string"))?, at)?;
                    if bytes.len() != size {
                        return Err(format!("{at}: fixed needs {size} bytes, got {}", bytes.len()));
                    }
                    out.extend_from_slice(&bytes);
                }
            }
            return Ok(());
        }
        if matches!(node, Schema::Record(_) | Schema::Array(_) | Schema::Map(_) | Schema::Union(_)) && depth >= MAX_DEPTH {
            return Err(too_deep(at));
        }
        match node {
            Schema::Null => {
                if !json.is_null() {
                    return Err(mismatch("null"));
                }
            }
            Schema::Boolean => out.push(u8::from(json.as_bool().ok_or_else(|| mismatch("a boolean"))?)),
            Schema::Float => out.extend_from_slice(&(as_float(json).ok_or_else(|| mismatch("a number"))? as f32).to_le_bytes()),
            Schema::Double => out.extend_from_slice(&as_float(json).ok_or_else(|| mismatch("a number"))?.to_le_bytes()),
            Schema::Enum(e) => {
                let symbol = json.as_str().ok_or_else(|| mismatch("an enum symbol"))?;
                let index = e.symbols.iter().position(|s| s == symbol).ok_or_else(|| mismatch("one of the enum's symbols"))?;
                put_long(index as i64, out);
            }
            Schema::Array(array) => {
                let items = json.as_array().ok_or_else(|| mismatch("an array"))?;
                if !items.is_empty() {
                    put_long(items.len() as i64, out);
                    for (i, item) in items.iter().enumerate() {
                        self.write(schema, &array.items, item, Step::Index(&at, i), depth + 1)?;
                    }
                }
                self.out.push(0);
            }
            Schema::Map(map) => {
                let object = json.as_object().ok_or_else(|| mismatch("an object"))?;
                if !object.is_empty() {
                    put_long(object.len() as i64, out);
                    for (key, item) in object {
                        put_bytes(key.as_bytes(), &mut self.out);
                        self.write(schema, &map.types, item, Step::Key(&at, key), depth + 1)?;
                    }
                }
                self.out.push(0);
            }
            Schema::Record(record) => {
                let object = json.as_object().ok_or_else(|| mismatch("an object"))?;
                for field in &record.fields {
                    let at = Step::Field(&at, &field.name);
                    match (object.get(&field.name), &field.default) {
                        (Some(value), _) => self.write(schema, &field.schema, value, at, depth + 1)?,
                        (None, Some(default)) => self.write_default(schema, &field.schema, default, at, depth + 1)?,
                        (None, None) => return Err(format!("{at}: missing field without a default")),
                    }
                }
            }
            Schema::Union(union) => {
                let branches = union.variants();
                if json.is_null() {
                    let index = branches
                        .iter()
                        .position(|b| matches!(schema.resolve(b), Schema::Null))
                        .ok_or_else(|| mismatch("a non-null union branch"))?;
                    put_long(index as i64, out);
                    return Ok(());
                }
                if let Some((name, inner)) = json.as_object().filter(|o| o.len() == 1).and_then(|o| o.iter().next()) {
                    let short_name = |full: &str| full.rsplit('.').next().unwrap_or(full).to_owned();
                    if let Some(index) = branches.iter().position(|b| {
                        let branch = branch_name(schema, b);
                        branch == *name || short_name(&branch) == *name
                    }) {
                        put_long(index as i64, out);
                        return self.write(schema, &branches[index], inner, Step::Branch(&at, name), depth + 1);
                    }
                }
                // A bare value: the first non-null branch that takes it.
                let start = out.len();
                for (index, branch) in branches.iter().enumerate().filter(|(_, b)| !matches!(schema.resolve(b), Schema::Null)) {
                    put_long(index as i64, &mut self.out);
                    match self.write(schema, branch, json, at, depth + 1) {
                        Ok(()) => return Ok(()),
                        Err(err) if self.steps_left == 0 => return Err(err),
                        Err(_) => self.out.truncate(start),
                    }
                }
                return Err(mismatch("a union branch (as {\"type\": value})"));
            }
            Schema::Ref { name } => return Err(format!("{at}: unknown named type {}", name.fullname(None))),
            _ => return Err(format!("{at}: unsupported Avro type")),
        }
        Ok(())
    }

    /// A record field's default: JSON in the Avro encoding, except that a
    /// union's default is for its first branch, unwrapped.
    fn write_default(&mut self, schema: &AvroSchema, node: &Schema, default: &Json, at: Step<'_>, depth: usize) -> Result<(), String> {
        match schema.resolve(node) {
            Schema::Union(union) => {
                let first = union.variants().first().ok_or_else(|| format!("{at}: empty union"))?;
                put_long(0, &mut self.out);
                self.write(schema, first, default, at, depth + 1)
            }
            other => self.write(schema, other, default, at, depth),
        }
    }
}

/// A value for an error message, cut to 80 characters.
fn short(json: &Json) -> String {
    let text = json.to_string();
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
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
        {"name":"tags","type":{"type":"array","items":"string"},"default":[]},
        {"name":"attrs","type":{"type":"map","values":"int"},"default":{}}]}"#;

    #[test]
    fn converts_the_avro_json_encoding_both_ways() {
        let schema = parse(SCHEMA, &[]).unwrap();
        let datum = encode(&schema, &json!({"id": 7, "note": {"string": "hi"}, "kind": "B", "raw": "\u{00ff}a", "attrs": {"z": 1, "a": 2}})).unwrap();
        // The same bytes as apache-avro's writer.
        let value = apache_avro::types::Value::Record(vec![
            ("id".into(), apache_avro::types::Value::Long(7)),
            ("note".into(), apache_avro::types::Value::Union(1, Box::new(apache_avro::types::Value::String("hi".into())))),
            ("kind".into(), apache_avro::types::Value::Enum(1, "B".into())),
            ("raw".into(), apache_avro::types::Value::Bytes(vec![0xff, b'a'])),
            ("tags".into(), apache_avro::types::Value::Array(vec![])),
            ("attrs".into(), apache_avro::types::Value::Map([("z".to_owned(), apache_avro::types::Value::Int(1))].into())),
        ]);
        let single = encode(&schema, &json!({"id": 7, "note": {"string": "hi"}, "kind": "B", "raw": "\u{00ff}a", "attrs": {"z": 1}})).unwrap();
        let theirs = apache_avro::writer::datum::GenericDatumWriter::builder(&schema.root).build().unwrap().write_value_to_vec(value).unwrap();
        assert_eq!(single, theirs);
        // Fields in schema order, map entries in datum order.
        let back = decode(&schema, &datum).unwrap();
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            r#"{"id":7,"note":{"string":"hi"},"kind":"B","raw":"ÿa","tags":[],"attrs":{"z":1,"a":2}}"#
        );
        // Bare union values and defaults.
        assert!(encode(&schema, &json!({"id": 1, "note": "bare", "kind": "A"})).is_ok());
        assert!(encode(&schema, &json!({"id": 1, "kind": "A"})).is_ok());
        for bad in [json!({"kind": "A"}), json!({"id": "x", "kind": "A"}), json!({"id": 1, "kind": "C"}), json!({"id": 1, "kind": "A", "note": {"int": 3}})] {
            assert!(encode(&schema, &bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn non_finite_floats_are_jacksons_strings_both_ways() {
        let schema = parse(r#"{"type":"array","items":"double"}"#, &[]).unwrap();
        let json = json!(["NaN", "Infinity", "-Infinity", 1.5]);
        let datum = encode(&schema, &json).unwrap();
        assert_eq!(decode(&schema, &datum).unwrap(), json);
        // The fuzzer's find: a NaN inside a record decodes and encodes again.
        let record = parse(SCHEMA, &[]).unwrap();
        assert!(encode(&record, &json!({"id": 1, "kind": "A", "attrs": {}, "tags": []})).is_ok());
    }

    #[test]
    fn nested_and_repeated_named_types_round_trip() {
        let schema = parse(
            r#"{"type":"record","name":"R","namespace":"n","fields":[
                {"name":"a","type":{"type":"record","name":"Attr","fields":[{"name":"v","type":"int"}]}},
                {"name":"b","type":"Attr"},
                {"name":"list","type":{"type":"array","items":"n.Attr"}}]}"#,
            &[],
        )
        .unwrap();
        let value = json!({"a": {"v": 1}, "b": {"v": 2}, "list": [{"v": 3}]});
        assert_eq!(decode(&schema, &encode(&schema, &value).unwrap()).unwrap(), value);
    }

    #[test]
    fn malformed_datums_are_errors() {
        let schema = parse(SCHEMA, &[]).unwrap();
        for bad in [&[][..], &[0x0e, 0x02], &[0x0e, 0x04], &[0x0e, 0x00, 0x08], &[0x0e, 0, 2, 0x10, 0], &[0xff; 12]] {
            assert!(decode(&schema, bad).is_err(), "{bad:?}");
        }
        // An array of nulls announcing 2^62 items.
        let nulls = parse(r#"{"type":"array","items":"null"}"#, &[]).unwrap();
        let err = decode(&nulls, &[0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]).unwrap_err();
        assert!(err.contains("more than the datum can hold"), "{err}");
    }

    #[test]
    fn recursion_is_bounded() {
        let schema = parse(r#"{"type":"record","name":"N","fields":[{"name":"next","type":["null","N"]}]}"#, &[]).unwrap();
        let run = move || {
            // 600 records deep: 1200 levels of JSON, past the limit.
            let mut deep = vec![0x02u8; 600];
            deep.push(0);
            let err = decode(&schema, &deep).unwrap_err();
            assert!(err.contains("nested deeper than 1000 levels"), "{err}");
            // 499 records deep: 998 levels, served.
            let mut ok = vec![0x02u8; 499];
            ok.push(0);
            let json = decode(&schema, &ok).unwrap();
            assert_eq!(encode(&schema, &json).unwrap(), ok);
        };
        std::thread::Builder::new().stack_size(gateway::json::STACK_BYTES).spawn(run).unwrap().join().unwrap();
    }
}
