//! `google.protobuf.Value` as an ordered JSON tree.
//!
//! Record keys and values of the REST Proxy are `google.protobuf.Value`s.
//! prost's own type keeps a `Struct`'s fields in a `BTreeMap`, so
//! `{"z":1,"a":2}` came out as `{"a":2,"z":1}`, and decodes them with
//! prost's recursion limit of 100 messages (about 33 JSON levels). This type
//! is wire-identical (the build maps `.google.protobuf.Value` to it), holds
//! a [`serde_json::Value`] whose objects keep the order of the wire (and so
//! of the client's JSON), and decodes up to [`MAX_DEPTH`] levels of arrays
//! and objects, refusing deeper ones with a decode error. Numbers are
//! doubles on the wire, as in every `google.protobuf.Value`; an integral
//! double below 2^53 reads back as a JSON integer.

use bytes::{Buf, BufMut};
use prost::DecodeError;
use prost::encoding::{DecodeContext, WireType, decode_key, decode_varint, encode_key, encode_varint, encoded_len_varint, key_len};
use serde_json::{Map, Number, Value as Json};

use crate::json::MAX_DEPTH;

/// A `google.protobuf.Value`: null, bool, number, string, list or struct,
/// as JSON. An unset `kind` on the wire reads as `null`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct JsonValue(pub Json);

impl From<Json> for JsonValue {
    fn from(json: Json) -> Self {
        Self(json)
    }
}

impl JsonValue {
    /// The JSON.
    pub fn into_inner(self) -> Json {
        self.0
    }
}

// Field numbers of google/protobuf/struct.proto.
const NULL_VALUE: u32 = 1;
const NUMBER_VALUE: u32 = 2;
const STRING_VALUE: u32 = 3;
const BOOL_VALUE: u32 = 4;
const STRUCT_VALUE: u32 = 5;
const LIST_VALUE: u32 = 6;
/// `Struct.fields` and `ListValue.values`.
const ITEMS: u32 = 1;
/// Map entry `key` and `value`.
const ENTRY_KEY: u32 = 1;
const ENTRY_VALUE: u32 = 2;

/// Largest magnitude below which every integer is exact in an f64 (2^53).
const EXACT_F64: f64 = 9_007_199_254_740_992.0;

#[allow(deprecated)] // prost offers no other way for a Message impl to say why
fn error(text: &'static str) -> DecodeError {
    DecodeError::new(text)
}

/// Encoded sizes of every node of a tree, in pre-order: (length of the
/// `Value` message, length of its `Struct`/`ListValue` for containers).
/// Computed once, so encoding is linear in the tree's size.
fn sizes(json: &Json, out: &mut Vec<(usize, usize)>) -> usize {
    let at = out.len();
    out.push((0, 0));
    let (len, inner) = match json {
        Json::Null => (key_len(NULL_VALUE) + 1, 0),
        Json::Bool(_) => (key_len(BOOL_VALUE) + 1, 0),
        Json::Number(_) => (key_len(NUMBER_VALUE) + 8, 0),
        Json::String(s) => (key_len(STRING_VALUE) + encoded_len_varint(s.len() as u64) + s.len(), 0),
        Json::Array(items) => {
            let inner: usize = items
                .iter()
                .map(|item| {
                    let len = sizes(item, out);
                    key_len(ITEMS) + encoded_len_varint(len as u64) + len
                })
                .sum();
            (key_len(LIST_VALUE) + encoded_len_varint(inner as u64) + inner, inner)
        }
        Json::Object(fields) => {
            let inner: usize = fields
                .iter()
                .map(|(key, value)| {
                    let len = sizes(value, out);
                    let entry = entry_len(key, len);
                    key_len(ITEMS) + encoded_len_varint(entry as u64) + entry
                })
                .sum();
            (key_len(STRUCT_VALUE) + encoded_len_varint(inner as u64) + inner, inner)
        }
    };
    out[at] = (len, inner);
    len
}

fn entry_len(key: &str, value_len: usize) -> usize {
    key_len(ENTRY_KEY)
        + encoded_len_varint(key.len() as u64)
        + key.len()
        + key_len(ENTRY_VALUE)
        + encoded_len_varint(value_len as u64)
        + value_len
}

/// Writes the fields of the `Value` message for `json`; `sizes` is the
/// pre-order list from [`sizes`], consumed from `next`.
fn encode(json: &Json, sizes: &[(usize, usize)], next: &mut usize, buf: &mut impl BufMut) {
    let (_, inner) = sizes[*next];
    *next += 1;
    match json {
        Json::Null => {
            encode_key(NULL_VALUE, WireType::Varint, buf);
            encode_varint(0, buf);
        }
        Json::Bool(b) => {
            encode_key(BOOL_VALUE, WireType::Varint, buf);
            encode_varint(u64::from(*b), buf);
        }
        Json::Number(n) => {
            encode_key(NUMBER_VALUE, WireType::SixtyFourBit, buf);
            buf.put_f64_le(n.as_f64().unwrap_or(f64::NAN));
        }
        Json::String(s) => {
            encode_key(STRING_VALUE, WireType::LengthDelimited, buf);
            encode_varint(s.len() as u64, buf);
            buf.put_slice(s.as_bytes());
        }
        Json::Array(items) => {
            encode_key(LIST_VALUE, WireType::LengthDelimited, buf);
            encode_varint(inner as u64, buf);
            for item in items {
                encode_key(ITEMS, WireType::LengthDelimited, buf);
                encode_varint(sizes[*next].0 as u64, buf);
                encode(item, sizes, next, buf);
            }
        }
        Json::Object(fields) => {
            encode_key(STRUCT_VALUE, WireType::LengthDelimited, buf);
            encode_varint(inner as u64, buf);
            for (key, value) in fields {
                let value_len = sizes[*next].0;
                encode_key(ITEMS, WireType::LengthDelimited, buf);
                encode_varint(entry_len(key, value_len) as u64, buf);
                encode_key(ENTRY_KEY, WireType::LengthDelimited, buf);
                encode_varint(key.len() as u64, buf);
                buf.put_slice(key.as_bytes());
                encode_key(ENTRY_VALUE, WireType::LengthDelimited, buf);
                encode_varint(value_len as u64, buf);
                encode(value, sizes, next, buf);
            }
        }
    }
}

/// The length-delimited bytes that follow in `buf`.
fn delimited<'a>(buf: &mut &'a [u8]) -> Result<&'a [u8], DecodeError> {
    let len = decode_varint(buf)?;
    let len = usize::try_from(len).map_err(|_| error("length too large"))?;
    if len > buf.len() {
        return Err(error("buffer underflow"));
    }
    let (head, tail) = buf.split_at(len);
    *buf = tail;
    Ok(head)
}

fn number(value: f64) -> Result<Json, DecodeError> {
    if value.fract() == 0.0 && value.abs() < EXACT_F64 {
        return Ok(Json::from(value as i64));
    }
    Number::from_f64(value).map(Json::Number).ok_or_else(|| error("google.protobuf.Value: non-finite number"))
}

/// Puts every number of `json` in the form a protobuf round trip gives
/// it (a `google.protobuf.Value` holds an f64, and [`number`] reads it
/// back): `1.0` becomes `1`, an integer beyond 2^53 becomes the nearest
/// f64. A value read from JSON straight into a typed message goes through
/// this, so it is what the same value sent through the wire format is.
pub(crate) fn normalize_numbers(json: &mut Json) {
    match json {
        Json::Number(n) => {
            if let Ok(Json::Number(normal)) = number(n.as_f64().unwrap_or(f64::NAN)) {
                *n = normal;
            }
        }
        Json::Array(items) => items.iter_mut().for_each(normalize_numbers),
        Json::Object(fields) => fields.values_mut().for_each(normalize_numbers),
        Json::Null | Json::Bool(_) | Json::String(_) => {}
    }
}

/// Merges one field of a `Value` message into `current`; containers are
/// `depth` levels deep.
fn merge_value_field(current: &mut Json, tag: u32, wire_type: WireType, buf: &mut &[u8], depth: usize) -> Result<(), DecodeError> {
    match (tag, wire_type) {
        (NULL_VALUE, WireType::Varint) => {
            decode_varint(buf)?;
            *current = Json::Null;
        }
        (BOOL_VALUE, WireType::Varint) => *current = Json::Bool(decode_varint(buf)? != 0),
        (NUMBER_VALUE, WireType::SixtyFourBit) => {
            if buf.len() < 8 {
                return Err(error("buffer underflow"));
            }
            *current = number(buf.get_f64_le())?;
        }
        (STRING_VALUE, WireType::LengthDelimited) => {
            let bytes = delimited(buf)?;
            let text = std::str::from_utf8(bytes).map_err(|_| error("google.protobuf.Value: string is not UTF-8"))?;
            *current = Json::String(text.to_owned());
        }
        (STRUCT_VALUE | LIST_VALUE, WireType::LengthDelimited) => {
            if depth > MAX_DEPTH {
                return Err(error("google.protobuf.Value nested deeper than 1000 levels"));
            }
            let mut inner = delimited(buf)?;
            *current = if tag == STRUCT_VALUE { decode_struct(&mut inner, depth)? } else { decode_list(&mut inner, depth)? };
        }
        _ => prost::encoding::skip_field(wire_type, tag, buf, DecodeContext::default())?,
    }
    Ok(())
}

fn decode_value(mut bytes: &[u8], depth: usize) -> Result<Json, DecodeError> {
    let mut value = Json::Null;
    while !bytes.is_empty() {
        let (tag, wire_type) = decode_key(&mut bytes)?;
        merge_value_field(&mut value, tag, wire_type, &mut bytes, depth + 1)?;
    }
    Ok(value)
}

fn decode_list(bytes: &mut &[u8], depth: usize) -> Result<Json, DecodeError> {
    let mut items = Vec::new();
    while !bytes.is_empty() {
        match decode_key(bytes)? {
            (ITEMS, WireType::LengthDelimited) => items.push(decode_value(delimited(bytes)?, depth)?),
            (tag, wire_type) => prost::encoding::skip_field(wire_type, tag, bytes, DecodeContext::default())?,
        }
    }
    Ok(Json::Array(items))
}

fn decode_struct(bytes: &mut &[u8], depth: usize) -> Result<Json, DecodeError> {
    let mut fields = Map::new();
    while !bytes.is_empty() {
        match decode_key(bytes)? {
            (ITEMS, WireType::LengthDelimited) => {
                let mut entry = delimited(bytes)?;
                let (mut key, mut value) = (String::new(), Json::Null);
                while !entry.is_empty() {
                    match decode_key(&mut entry)? {
                        (ENTRY_KEY, WireType::LengthDelimited) => {
                            key = std::str::from_utf8(delimited(&mut entry)?)
                                .map_err(|_| error("google.protobuf.Struct: key is not UTF-8"))?
                                .to_owned();
                        }
                        (ENTRY_VALUE, WireType::LengthDelimited) => value = decode_value(delimited(&mut entry)?, depth)?,
                        (tag, wire_type) => prost::encoding::skip_field(wire_type, tag, &mut entry, DecodeContext::default())?,
                    }
                }
                // A repeated key takes the last value, as a protobuf map does.
                fields.insert(key, value);
            }
            (tag, wire_type) => prost::encoding::skip_field(wire_type, tag, bytes, DecodeContext::default())?,
        }
    }
    Ok(Json::Object(fields))
}

impl prost::Message for JsonValue {
    fn encode_raw(&self, buf: &mut impl BufMut) {
        let mut list = Vec::new();
        sizes(&self.0, &mut list);
        encode(&self.0, &list, &mut 0, buf);
    }

    fn merge_field(&mut self, tag: u32, wire_type: WireType, buf: &mut impl Buf, _ctx: DecodeContext) -> Result<(), DecodeError> {
        // Fields are small or length-delimited: take the field's bytes and
        // decode them from a slice, with this module's depth bound in place
        // of prost's recursion limit.
        let field_len = match wire_type {
            WireType::Varint => {
                let value = decode_varint(buf)?;
                let mut bytes = Vec::with_capacity(10);
                encode_varint(value, &mut bytes);
                return merge_value_field(&mut self.0, tag, wire_type, &mut bytes.as_slice(), 1);
            }
            WireType::SixtyFourBit => 8,
            WireType::ThirtyTwoBit => 4,
            WireType::LengthDelimited => {
                let len = decode_varint(buf)?;
                let len = usize::try_from(len).map_err(|_| error("length too large"))?;
                if len > buf.remaining() {
                    return Err(error("buffer underflow"));
                }
                let mut framed = Vec::with_capacity(len + 10);
                encode_varint(len as u64, &mut framed);
                framed.extend_from_slice(&buf.copy_to_bytes(len));
                return merge_value_field(&mut self.0, tag, wire_type, &mut framed.as_slice(), 1);
            }
            _ => return prost::encoding::skip_field(wire_type, tag, buf, DecodeContext::default()),
        };
        if buf.remaining() < field_len {
            return Err(error("buffer underflow"));
        }
        let bytes = buf.copy_to_bytes(field_len);
        merge_value_field(&mut self.0, tag, wire_type, &mut &bytes[..], 1)
    }

    fn encoded_len(&self) -> usize {
        sizes(&self.0, &mut Vec::new())
    }

    fn clear(&mut self) {
        self.0 = Json::Null;
    }
}

#[cfg(test)]
mod tests {
    use prost::Message;
    use serde_json::json;

    use super::*;

    #[test]
    fn matches_prost_types_on_the_wire_and_keeps_key_order() {
        let json = json!({"z": 1, "a": [2.5, true, null, "s", {"y": {}, "b": []}], "m": -3});
        let ours = JsonValue(json.clone()).encode_to_vec();
        let theirs = prost_types::Value::decode(ours.as_slice()).unwrap();
        let back = JsonValue::decode(theirs.encode_to_vec().as_slice()).unwrap();
        // prost's map sorted the keys; the values survive.
        assert_eq!(back.0, json);
        let text = serde_json::to_string(&JsonValue::decode(ours.as_slice()).unwrap()).unwrap();
        assert_eq!(text, r#"{"z":1,"a":[2.5,true,null,"s",{"y":{},"b":[]}],"m":-3}"#);
        assert_eq!(JsonValue(json).encoded_len(), ours.len());
    }

    #[test]
    fn decodes_to_the_depth_limit_and_refuses_deeper() {
        let nest = |depth: usize| (0..depth).fold(json!(1), |inner, _| json!([inner]));
        let run = move || {
            let ok = JsonValue(nest(MAX_DEPTH)).encode_to_vec();
            assert_eq!(JsonValue::decode(ok.as_slice()).unwrap().0, nest(MAX_DEPTH));
            let deep = JsonValue(nest(MAX_DEPTH + 1)).encode_to_vec();
            let err = JsonValue::decode(deep.as_slice()).unwrap_err();
            assert!(err.to_string().contains("deeper than 1000"), "{err}");
        };
        std::thread::Builder::new().stack_size(crate::json::STACK_BYTES).spawn(run).unwrap().join().unwrap();
    }

    #[test]
    fn refuses_malformed_bytes() {
        for bad in [&[0x2a, 0x05, 0x0a][..], &[0x1a, 0x02, 0xff, 0xfe], &[0x11, 0, 0]] {
            assert!(JsonValue::decode(bad).is_err(), "{bad:?}");
        }
    }
}
