//! JSON Schema reader/writer compatibility: every instance valid under the
//! writer must stay valid under the reader. Covers the rule families issue
//! #2 names (type, enum, properties/required/additionalProperties, numeric
//! and string bounds, items, combinators) with Confluent's difference names
//! (`json-schema-provider/.../diff/Difference.java`); the full Confluent
//! rule set is tracked separately.

use serde_json::{Map, Value};

use super::Incompatibility;

/// Local `$ref` chains longer than this are treated as cycles.
const MAX_DEPTH: usize = 64;

/// Incompatibilities of validating `writer`-valid data with `reader`.
pub(super) fn reader_writer(reader: &Value, writer: &Value) -> Vec<Incompatibility> {
    let ctx = Ctx { reader_root: reader, writer_root: writer };
    let mut out = Vec::new();
    ctx.compare(reader, writer, "#", 0, &mut out);
    out
}

struct Ctx<'a> {
    reader_root: &'a Value,
    writer_root: &'a Value,
}

fn push(out: &mut Vec<Incompatibility>, kind: &'static str, location: &str, description: String) {
    out.push(Incompatibility { kind, location: location.to_owned(), description });
}

/// Follows a local `$ref` (`#/definitions/x`, `#/$defs/x`).
fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    let mut current = schema;
    for _ in 0..MAX_DEPTH {
        match current.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(pointer) => match root.pointer(pointer) {
                Some(target) => current = target,
                None => return current,
            },
            None => return current,
        }
    }
    current
}

/// Accepts every instance: `true` or an object with no assertions.
fn accepts_all(schema: &Value) -> bool {
    match schema {
        Value::Bool(b) => *b,
        Value::Object(map) => map.keys().all(|k| matches!(k.as_str(), "$schema" | "$id" | "id" | "title" | "description" | "default" | "examples" | "$comment" | "definitions" | "$defs")),
        _ => false,
    }
}

fn types(schema: &Map<String, Value>) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(items) => Some(items.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

fn number(schema: &Map<String, Value>, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

impl Ctx<'_> {
    fn compare(&self, reader: &Value, writer: &Value, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) {
        if depth > MAX_DEPTH {
            return;
        }
        let reader = resolve(self.reader_root, reader);
        let writer = resolve(self.writer_root, writer);
        if reader == writer || accepts_all(reader) || writer == &Value::Bool(false) {
            return;
        }
        let (Value::Object(r), Value::Object(w)) = (reader, writer) else {
            push(out, "TYPE_NARROWED", loc, "the new schema accepts fewer instances than the old one".to_owned());
            return;
        };
        if self.combinators(r, w, loc, depth, out) {
            return;
        }
        self.type_and_enum(r, w, loc, out);
        bounds(r, w, loc, out);
        self.object(r, w, loc, depth, out);
        self.array(r, w, loc, depth, out);
        if let Some(not) = r.get("not")
            && w.get("not") != Some(not)
        {
            push(out, "NOT_TYPE_EXTENDED", &format!("{loc}/not"), "'not' was added or changed".to_owned());
        }
    }

    /// Handles `oneOf`/`anyOf`/`allOf`; true when the pair was decided here.
    fn combinators(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) -> bool {
        let sum = |m: &Map<String, Value>| {
            ["oneOf", "anyOf"].into_iter().find_map(|k| m.get(k).and_then(Value::as_array).map(|a| (k, a.clone())))
        };
        let fits = |reader: &Value, writer: &Value| {
            let mut nested = Vec::new();
            self.compare(reader, writer, loc, depth + 1, &mut nested);
            nested.is_empty()
        };
        match (sum(r), sum(w)) {
            (Some((rk, rb)), Some((wk, wb))) => {
                if rk == "oneOf" && wk == "anyOf" {
                    push(out, "COMBINED_TYPE_CHANGED", loc, "anyOf became oneOf".to_owned());
                }
                for (i, branch) in wb.iter().enumerate() {
                    if !rb.iter().any(|reader_branch| fits(reader_branch, branch)) {
                        push(out, "SUM_TYPE_NARROWED", &format!("{loc}/{wk}/{i}"), format!("no branch of the new {rk} accepts the old branch {i}"));
                    }
                }
                return true;
            }
            (Some((rk, rb)), None) => {
                if !rb.iter().any(|branch| fits(branch, &Value::Object(w.clone()))) {
                    push(out, "SUM_TYPE_NARROWED", &format!("{loc}/{rk}"), format!("no branch of the new {rk} accepts the old schema"));
                }
                return true;
            }
            (None, Some((wk, wb))) => {
                let reader = Value::Object(r.clone());
                for (i, branch) in wb.iter().enumerate() {
                    if !fits(&reader, branch) {
                        push(out, "COMBINED_TYPE_SUBSCHEMAS_CHANGED", &format!("{loc}/{wk}/{i}"), format!("the new schema rejects instances of the old {wk} branch {i}"));
                    }
                }
                return true;
            }
            (None, None) => {}
        }
        match (r.get("allOf").and_then(Value::as_array), w.get("allOf").and_then(Value::as_array)) {
            (Some(rb), Some(wb)) => {
                if rb.len() > wb.len() {
                    push(out, "PRODUCT_TYPE_EXTENDED", &format!("{loc}/allOf"), "allOf gained subschemas".to_owned());
                } else {
                    for (i, (reader_branch, writer_branch)) in rb.iter().zip(wb).enumerate() {
                        self.compare(reader_branch, writer_branch, &format!("{loc}/allOf/{i}"), depth + 1, out);
                    }
                }
                true
            }
            (Some(rb), None) => {
                let writer = Value::Object(w.clone());
                for (i, branch) in rb.iter().enumerate() {
                    self.compare(branch, &writer, &format!("{loc}/allOf/{i}"), depth + 1, out);
                }
                true
            }
            _ => false,
        }
    }

    fn type_and_enum(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, out: &mut Vec<Incompatibility>) {
        if let Some(reader_types) = types(r) {
            match types(w) {
                None => push(out, "TYPE_NARROWED", &format!("{loc}/type"), format!("type {reader_types:?} was added")),
                Some(writer_types) => {
                    let covered = |t: &&str| reader_types.contains(t) || (*t == "integer" && reader_types.contains(&"number"));
                    if !writer_types.iter().all(covered) {
                        let kind = if writer_types.iter().any(covered) { "TYPE_NARROWED" } else { "TYPE_CHANGED" };
                        push(out, kind, &format!("{loc}/type"), format!("type {writer_types:?} became {reader_types:?}"));
                    }
                }
            }
        }
        if let Some(reader_enum) = r.get("enum").and_then(Value::as_array) {
            let narrowed = match w.get("enum").and_then(Value::as_array) {
                Some(writer_enum) => writer_enum.iter().any(|v| !reader_enum.contains(v)),
                None => true,
            };
            if narrowed {
                push(out, "ENUM_ARRAY_NARROWED", &format!("{loc}/enum"), "enum lost values or was added".to_owned());
            }
        }
    }

    fn object(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) {
        let empty = Map::new();
        let r_props = r.get("properties").and_then(Value::as_object).unwrap_or(&empty);
        let w_props = w.get("properties").and_then(Value::as_object).unwrap_or(&empty);
        let r_additional = r.get("additionalProperties");
        let w_additional = w.get("additionalProperties");
        let closed = |ap: Option<&Value>| ap == Some(&Value::Bool(false));
        let open = |ap: Option<&Value>| ap.is_none_or(accepts_all);

        for (name, reader_prop) in r_props {
            let at = format!("{loc}/properties/{name}");
            match w_props.get(name) {
                Some(writer_prop) => self.compare(reader_prop, writer_prop, &at, depth + 1, out),
                None if closed(w_additional) => {}
                None => match w_additional.filter(|ap| !open(Some(ap))) {
                    Some(writer_ap) => self.compare(reader_prop, writer_ap, &at, depth + 1, out),
                    None if accepts_all(reader_prop) => {}
                    None => push(out, "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", &at, format!("property '{name}' added while the old schema allowed any additional property")),
                },
            }
        }
        for (name, writer_prop) in w_props {
            if r_props.contains_key(name) {
                continue;
            }
            let at = format!("{loc}/properties/{name}");
            if closed(r_additional) {
                push(out, "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", &at, format!("property '{name}' removed from a closed content model"));
            } else if let Some(reader_ap) = r_additional.filter(|ap| !open(Some(ap))) {
                let mut nested = Vec::new();
                self.compare(reader_ap, writer_prop, &at, depth + 1, &mut nested);
                if !nested.is_empty() {
                    push(out, "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", &at, format!("property '{name}' removed and not covered by additionalProperties"));
                }
            }
        }
        if !open(r_additional) && !closed(w_additional) {
            let at = format!("{loc}/additionalProperties");
            match (r_additional, w_additional) {
                (Some(Value::Bool(false)), _) => push(out, "ADDITIONAL_PROPERTIES_REMOVED", &at, "additional properties are no longer allowed".to_owned()),
                (Some(reader_ap), Some(writer_ap)) if !open(Some(writer_ap)) => self.compare(reader_ap, writer_ap, &at, depth + 1, out),
                _ => push(out, "ADDITIONAL_PROPERTIES_NARROWED", &at, "additionalProperties was narrowed".to_owned()),
            }
        }
        let required = |m: &Map<String, Value>| -> Vec<String> {
            m.get("required").and_then(Value::as_array).map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
        };
        let writer_required = required(w);
        for name in required(r) {
            if !writer_required.contains(&name) {
                push(out, "REQUIRED_ATTRIBUTE_ADDED", &format!("{loc}/required"), format!("property '{name}' became required"));
            }
        }
    }

    fn array(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) {
        match (r.get("items"), w.get("items")) {
            (Some(Value::Array(ri)), Some(Value::Array(wi))) => {
                for (i, (reader_item, writer_item)) in ri.iter().zip(wi).enumerate() {
                    self.compare(reader_item, writer_item, &format!("{loc}/items/{i}"), depth + 1, out);
                }
            }
            (Some(reader_items), Some(writer_items)) => {
                self.compare(reader_items, writer_items, &format!("{loc}/items"), depth + 1, out);
            }
            (Some(reader_items), None) if !accepts_all(reader_items) => {
                push(out, "ITEMS_NARROWED", &format!("{loc}/items"), "items were constrained".to_owned());
            }
            _ => {}
        }
        if r.get("uniqueItems") == Some(&Value::Bool(true)) && w.get("uniqueItems") != Some(&Value::Bool(true)) {
            push(out, "UNIQUE_ITEMS_ADDED", &format!("{loc}/uniqueItems"), "uniqueItems was added".to_owned());
        }
    }
}

/// Upper and lower bounds: an upper bound must not be added or lowered,
/// a lower bound not added or raised.
fn bounds(r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, out: &mut Vec<Incompatibility>) {
    const UPPER: [(&str, &str, &str); 5] = [
        ("maxLength", "MAX_LENGTH_ADDED", "MAX_LENGTH_DECREASED"),
        ("maximum", "MAXIMUM_ADDED", "MAXIMUM_DECREASED"),
        ("exclusiveMaximum", "EXCLUSIVE_MAXIMUM_ADDED", "EXCLUSIVE_MAXIMUM_DECREASED"),
        ("maxProperties", "MAX_PROPERTIES_ADDED", "MAX_PROPERTIES_DECREASED"),
        ("maxItems", "MAX_ITEMS_ADDED", "MAX_ITEMS_DECREASED"),
    ];
    const LOWER: [(&str, &str, &str); 5] = [
        ("minLength", "MIN_LENGTH_ADDED", "MIN_LENGTH_INCREASED"),
        ("minimum", "MINIMUM_ADDED", "MINIMUM_INCREASED"),
        ("exclusiveMinimum", "EXCLUSIVE_MINIMUM_ADDED", "EXCLUSIVE_MINIMUM_INCREASED"),
        ("minProperties", "MIN_PROPERTIES_ADDED", "MIN_PROPERTIES_INCREASED"),
        ("minItems", "MIN_ITEMS_ADDED", "MIN_ITEMS_INCREASED"),
    ];
    let lowered = |reader: f64, writer: f64| reader < writer;
    let raised = |reader: f64, writer: f64| reader > writer;
    for (bounds, tightens) in [(&UPPER, &lowered as &dyn Fn(f64, f64) -> bool), (&LOWER, &raised)] {
        for &(key, added, tightened) in bounds {
            if let Some(rv) = number(r, key) {
                match number(w, key) {
                    None => push(out, added, &format!("{loc}/{key}"), format!("{key} {rv} was added")),
                    Some(wv) if tightens(rv, wv) => push(out, tightened, &format!("{loc}/{key}"), format!("{key} went from {wv} to {rv}")),
                    _ => {}
                }
            }
        }
    }
    if let Some(rv) = number(r, "multipleOf") {
        match number(w, "multipleOf") {
            None => push(out, "MULTIPLE_OF_ADDED", &format!("{loc}/multipleOf"), format!("multipleOf {rv} was added")),
            Some(wv) if (wv / rv).fract().abs() > 1e-9 => {
                push(out, "MULTIPLE_OF_CHANGED", &format!("{loc}/multipleOf"), format!("multipleOf went from {wv} to {rv}"));
            }
            _ => {}
        }
    }
    match (r.get("pattern"), w.get("pattern")) {
        (Some(_), None) => push(out, "PATTERN_ADDED", &format!("{loc}/pattern"), "pattern was added".to_owned()),
        (Some(rp), Some(wp)) if rp != wp => push(out, "PATTERN_CHANGED", &format!("{loc}/pattern"), "pattern changed".to_owned()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kinds(reader: Value, writer: Value) -> Vec<&'static str> {
        reader_writer(&reader, &writer).into_iter().map(|i| i.kind).collect()
    }

    #[test]
    fn types_and_enums() {
        assert!(kinds(json!({"type":"number"}), json!({"type":"integer"})).is_empty());
        assert_eq!(kinds(json!({"type":"integer"}), json!({"type":"number"})), ["TYPE_CHANGED"]);
        assert_eq!(kinds(json!({"type":"string"}), json!({"type":["string","null"]})), ["TYPE_NARROWED"]);
        assert!(kinds(json!({"enum":["a","b"]}), json!({"enum":["a"]})).is_empty());
        assert_eq!(kinds(json!({"enum":["a"]}), json!({"enum":["a","b"]})), ["ENUM_ARRAY_NARROWED"]);
    }

    #[test]
    fn objects() {
        let open = json!({"type":"object","properties":{"a":{"type":"string"}}});
        let closed = json!({"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false});
        let with_b = json!({"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}});
        assert_eq!(kinds(with_b.clone(), open.clone()), ["PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"]);
        assert!(kinds(with_b.clone(), closed.clone()).is_empty());
        // an open writer with `b` read by a closed reader without it: both hold
        assert_eq!(
            kinds(closed.clone(), with_b),
            ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", "ADDITIONAL_PROPERTIES_REMOVED"]
        );
        assert_eq!(kinds(closed, open.clone()), ["ADDITIONAL_PROPERTIES_REMOVED"]);
        let required = json!({"type":"object","properties":{"a":{"type":"string"}},"required":["a"]});
        assert_eq!(kinds(required, open), ["REQUIRED_ATTRIBUTE_ADDED"]);
    }

    #[test]
    fn bounds_items_and_combinators() {
        assert_eq!(kinds(json!({"type":"string","maxLength":5}), json!({"type":"string","maxLength":10})), ["MAX_LENGTH_DECREASED"]);
        assert!(kinds(json!({"type":"string","maxLength":10}), json!({"type":"string","maxLength":5})).is_empty());
        assert_eq!(kinds(json!({"type":"integer","minimum":1}), json!({"type":"integer"})), ["MINIMUM_ADDED"]);
        assert_eq!(
            kinds(json!({"type":"array","items":{"type":"integer"}}), json!({"type":"array","items":{"type":"number"}})),
            ["TYPE_CHANGED"]
        );
        assert!(kinds(json!({"oneOf":[{"type":"string"},{"type":"integer"}]}), json!({"type":"string"})).is_empty());
        assert_eq!(kinds(json!({"oneOf":[{"type":"string"}]}), json!({"oneOf":[{"type":"string"},{"type":"integer"}]})), ["SUM_TYPE_NARROWED"]);
        let with_ref = json!({"definitions":{"n":{"type":"integer"}},"type":"object","properties":{"x":{"$ref":"#/definitions/n"}}});
        let plain = json!({"type":"object","properties":{"x":{"type":"integer"}}});
        assert!(kinds(with_ref, plain).is_empty());
    }
}
