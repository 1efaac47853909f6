//! JSON text as Jackson writes it, which is what Confluent stores and
//! compares: compact, keys in the order given, `"` `\` and control
//! characters escaped (`\b \t \n \f \r`, else `\u00XX` in upper-case
//! hex), everything else as UTF-8. Recursion follows the value's nesting,
//! bounded at 1000 levels by `gateway::json` before a value gets here.

use serde_json::Value;

/// `value` as compact JSON text, as Jackson's `ObjectMapper` writes it.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

/// Writes `text` as a JSON string the way Jackson does: `"` and `\` and
/// the control characters escaped (`\b \t \n \f \r`, else `\u00XX` in
/// upper-case hex), everything else as UTF-8.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes a JSON value as Jackson's `writeTree` does (key order kept,
/// strings escaped by [`write_string`]).
pub fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::String(text) => write_string(out, text),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

