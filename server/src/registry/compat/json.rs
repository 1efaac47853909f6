//! JSON Schema reader/writer compatibility: every instance valid under the
//! writer must stay valid under the reader. Covers types, enums and
//! `const`, numeric, string, array and object bounds, properties against
//! open, closed (`additionalProperties`/`unevaluatedProperties: false`) and
//! partially open (`patternProperties`, schema-valued additional
//! properties) content models, tuples (`items` lists and `prefixItems`)
//! with their additional items, `contains`, dependencies, `not`, and the
//! combinators (`anyOf`/`oneOf` as sums, `allOf` as products), with
//! Confluent's difference names (`json-schema-provider/.../diff/Difference.java`).
//! Its BACKWARD verdict agrees with Confluent's on every case of
//! Confluent's JSON Schema test vectors (`server/tests/vectors.rs`).

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

/// A schema's combinator, when it has one.
enum Combined {
    /// No `anyOf`/`oneOf`/`allOf`.
    Plain,
    /// `anyOf` or `oneOf`, with its branches.
    Sum(&'static str, Vec<Value>),
    /// `allOf`, with its branches.
    Product(Vec<Value>),
}

impl Combined {
    fn of(schema: &Map<String, Value>) -> Self {
        for key in ["anyOf", "oneOf"] {
            if let Some(branches) = schema.get(key).and_then(Value::as_array) {
                return Self::Sum(key, branches.clone());
            }
        }
        match schema.get("allOf").and_then(Value::as_array) {
            Some(branches) => Self::Product(branches.clone()),
            None => Self::Plain,
        }
    }
}

/// `enum`, or `const` as a one-value enum.
fn enumeration(schema: &Map<String, Value>) -> Option<Vec<Value>> {
    match (schema.get("enum").and_then(Value::as_array), schema.get("const")) {
        (Some(values), _) => Some(values.clone()),
        (None, Some(value)) => Some(vec![value.clone()]),
        (None, None) => None,
    }
}

/// `additionalProperties`, or 2020-12's `unevaluatedProperties`.
fn additional_properties(schema: &Map<String, Value>) -> Option<&Value> {
    schema.get("additionalProperties").or_else(|| schema.get("unevaluatedProperties"))
}

/// `additionalItems`, or 2020-12's `items` after `prefixItems`.
fn tuple(schema: &Map<String, Value>) -> Option<(Vec<Value>, Option<&Value>)> {
    match (schema.get("prefixItems").and_then(Value::as_array), schema.get("items")) {
        (Some(prefix), rest) => Some((prefix.clone(), rest.or_else(|| schema.get("unevaluatedItems")))),
        (None, Some(Value::Array(items))) => Some((items.clone(), schema.get("additionalItems"))),
        _ => None,
    }
}

/// The `patternProperties` schema of `schema` that covers property `name`.
fn pattern_for<'a>(schema: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    schema
        .get("patternProperties")
        .and_then(Value::as_object)?
        .iter()
        .find(|(pattern, _)| regex::Regex::new(pattern).is_ok_and(|re| re.is_match(name)))
        .map(|(_, schema)| schema)
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
        if let Some(reader_not) = r.get("not") {
            // The reader excludes what its `not` accepts: that must all be
            // excluded by the writer too.
            let excluded = w.get("not").is_some_and(|writer_not| {
                let mut nested = Vec::new();
                self.compare(writer_not, reader_not, &format!("{loc}/not"), depth + 1, &mut nested);
                nested.is_empty()
            });
            if !excluded {
                push(out, "NOT_TYPE_EXTENDED", &format!("{loc}/not"), "'not' was added or now excludes more".to_owned());
            }
        }
        self.dependencies(r, w, loc, depth, out);
    }

    /// Handles `oneOf`/`anyOf`/`allOf`; true when the pair was decided
    /// here. Every instance the writer accepts must be accepted by the
    /// reader: a sum (`anyOf`/`oneOf`) accepts what one branch accepts, a
    /// product (`allOf`) what every branch accepts.
    fn combinators(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) -> bool {
        let fits = |reader: &Value, writer: &Value| {
            let mut nested = Vec::new();
            self.compare(reader, writer, loc, depth + 1, &mut nested);
            nested.is_empty()
        };
        let (reader, writer) = (Combined::of(r), Combined::of(w));
        match (&reader, &writer) {
            (Combined::Plain, Combined::Plain) => return false,
            (Combined::Sum(key, rb), Combined::Plain) => {
                let w = Value::Object(w.clone());
                if !rb.iter().any(|branch| fits(branch, &w)) {
                    push(out, "SUM_TYPE_NARROWED", &format!("{loc}/{key}"), format!("no branch of the new {key} accepts the old schema"));
                }
            }
            (Combined::Product(rb), Combined::Plain) => {
                let w = Value::Object(w.clone());
                for (i, branch) in rb.iter().enumerate() {
                    self.compare(branch, &w, &format!("{loc}/allOf/{i}"), depth + 1, out);
                }
            }
            (Combined::Plain, Combined::Sum(key, wb)) => {
                let r = Value::Object(r.clone());
                for (i, branch) in wb.iter().enumerate() {
                    if !fits(&r, branch) {
                        push(out, "COMBINED_TYPE_SUBSCHEMAS_CHANGED", &format!("{loc}/{key}/{i}"), format!("the new schema rejects instances of the old {key} branch {i}"));
                    }
                }
            }
            (Combined::Plain, Combined::Product(wb)) => {
                let r = Value::Object(r.clone());
                if !wb.iter().any(|branch| fits(&r, branch)) {
                    push(out, "COMBINED_TYPE_CHANGED", loc, "the new schema rejects instances of the old allOf".to_owned());
                }
            }
            (Combined::Sum(key, rb), Combined::Sum(wkey, wb)) => {
                for (i, branch) in wb.iter().enumerate() {
                    if !rb.iter().any(|reader_branch| fits(reader_branch, branch)) {
                        push(out, "SUM_TYPE_NARROWED", &format!("{loc}/{wkey}/{i}"), format!("no branch of the new {key} accepts the old branch {i}"));
                    }
                }
            }
            (Combined::Sum(key, rb), Combined::Product(wb)) => {
                if !rb.iter().any(|reader_branch| wb.iter().any(|writer_branch| fits(reader_branch, writer_branch))) {
                    push(out, "SUM_TYPE_NARROWED", &format!("{loc}/{key}"), format!("no branch of the new {key} accepts the old allOf"));
                }
            }
            (Combined::Product(rb), Combined::Sum(wkey, wb)) => {
                for (i, branch) in wb.iter().enumerate() {
                    if !rb.iter().all(|reader_branch| fits(reader_branch, branch)) {
                        push(out, "COMBINED_TYPE_SUBSCHEMAS_CHANGED", &format!("{loc}/{wkey}/{i}"), format!("the new allOf rejects instances of the old {wkey} branch {i}"));
                    }
                }
            }
            (Combined::Product(rb), Combined::Product(wb)) => {
                for (i, reader_branch) in rb.iter().enumerate() {
                    if !wb.iter().any(|writer_branch| fits(reader_branch, writer_branch)) {
                        push(out, "PRODUCT_TYPE_EXTENDED", &format!("{loc}/allOf/{i}"), format!("the new allOf branch {i} constrains what the old allOf did not"));
                    }
                }
            }
        }
        true
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
        if let Some(reader_enum) = enumeration(r) {
            let narrowed = match enumeration(w) {
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
        let r_additional = additional_properties(r);
        let w_additional = additional_properties(w);
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
            // A property the writer forbade (`false`) never occurs.
            if r_props.contains_key(name) || writer_prop == &Value::Bool(false) {
                continue;
            }
            let at = format!("{loc}/properties/{name}");
            if let Some(reader_pattern) = pattern_for(r, name) {
                let mut nested = Vec::new();
                self.compare(reader_pattern, writer_prop, &at, depth + 1, &mut nested);
                if !nested.is_empty() {
                    push(out, "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", &at, format!("property '{name}' removed and not covered by patternProperties"));
                }
            } else if closed(r_additional) {
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
            // Confluent only counts required properties the schema declares.
            if !writer_required.contains(&name) && r_props.contains_key(&name) {
                push(out, "REQUIRED_ATTRIBUTE_ADDED", &format!("{loc}/required"), format!("property '{name}' became required"));
            }
        }
    }

    fn array(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) {
        // Each side as a tuple of positional schemas and a schema for the
        // rest (`items: S` is no tuple and S for the rest).
        let shape = |m: &Map<String, Value>| match tuple(m) {
            Some((prefix, rest)) => (prefix, rest.cloned(), true),
            None => (Vec::new(), m.get("items").cloned(), false),
        };
        let ((ri, r_rest, r_tuple), (wi, w_rest, w_tuple)) = (shape(r), shape(w));
        // `items` switching between one schema for every item and a tuple is
        // a change of the array's kind in Confluent (everit's `allItemSchema`
        // vs `itemSchemas`, `ArraySchemaDiff`), whatever the positions hold.
        if let (Some(reader_items), Some(writer_items)) = (r.get("items"), w.get("items"))
            && reader_items.is_array() != writer_items.is_array()
        {
            push(out, "TYPE_CHANGED", &format!("{loc}/items"), "items changed between a single schema and a tuple".to_owned());
            return;
        }
        let any = Value::Bool(true);
        for i in 0..ri.len().max(wi.len()) {
            // Past its tuple, each side uses its schema for the rest.
            let reader_item = ri.get(i).or(r_rest.as_ref()).unwrap_or(&any);
            let writer_item = wi.get(i).or(w_rest.as_ref()).unwrap_or(&any);
            self.compare(reader_item, writer_item, &format!("{loc}/items/{i}"), depth + 1, out);
        }
        let rest_at = if r_tuple || w_tuple { format!("{loc}/additionalItems") } else { format!("{loc}/items") };
        match (&r_rest, &w_rest) {
            (Some(reader_rest), Some(writer_rest)) => self.compare(reader_rest, writer_rest, &rest_at, depth + 1, out),
            (Some(reader_rest), None) if !accepts_all(reader_rest) => {
                let kind = if r_tuple { "ADDITIONAL_ITEMS_NARROWED" } else { "ITEMS_NARROWED" };
                push(out, kind, &rest_at, "items were constrained".to_owned());
            }
            _ => {}
        }
        if !r_tuple && !w_tuple {
            match (r.get("additionalItems"), w.get("additionalItems")) {
                (Some(reader_rest), Some(writer_rest)) => {
                    self.compare(reader_rest, writer_rest, &format!("{loc}/additionalItems"), depth + 1, out);
                }
                (Some(reader_rest), None) if !accepts_all(reader_rest) => {
                    push(out, "ADDITIONAL_ITEMS_REMOVED", &format!("{loc}/additionalItems"), "additional items were constrained".to_owned());
                }
                _ => {}
            }
        }
        if let (Some(reader_contains), Some(writer_contains)) = (r.get("contains"), w.get("contains")) {
            self.compare(reader_contains, writer_contains, &format!("{loc}/contains"), depth + 1, out);
        }
        if r.get("uniqueItems") == Some(&Value::Bool(true)) && w.get("uniqueItems") != Some(&Value::Bool(true)) {
            push(out, "UNIQUE_ITEMS_ADDED", &format!("{loc}/uniqueItems"), "uniqueItems was added".to_owned());
        }
    }

    /// `dependencies` (draft 7), `dependentRequired` and `dependentSchemas`
    /// (2020-12): a dependency the reader adds or extends narrows it.
    fn dependencies(&self, r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, depth: usize, out: &mut Vec<Incompatibility>) {
        let collect = |m: &Map<String, Value>| -> (Map<String, Value>, Map<String, Value>) {
            let (mut arrays, mut schemas) = (Map::new(), Map::new());
            for key in ["dependencies", "dependentRequired", "dependentSchemas"] {
                for (name, dependency) in m.get(key).and_then(Value::as_object).into_iter().flatten() {
                    if dependency.is_array() {
                        arrays.insert(name.clone(), dependency.clone());
                    } else {
                        schemas.insert(name.clone(), dependency.clone());
                    }
                }
            }
            (arrays, schemas)
        };
        let ((r_arrays, r_schemas), (w_arrays, w_schemas)) = (collect(r), collect(w));
        for (name, reader_required) in &r_arrays {
            let at = format!("{loc}/dependencies/{name}");
            match w_arrays.get(name) {
                None => push(out, "DEPENDENCY_ARRAY_ADDED", &at, format!("a dependency of '{name}' was added")),
                Some(writer_required) => {
                    let writer_required = writer_required.as_array().cloned().unwrap_or_default();
                    if reader_required.as_array().into_iter().flatten().any(|p| !writer_required.contains(p)) {
                        push(out, "DEPENDENCY_ARRAY_EXTENDED", &at, format!("the dependency of '{name}' requires more"));
                    }
                }
            }
        }
        for (name, reader_schema) in &r_schemas {
            let at = format!("{loc}/dependencies/{name}");
            match w_schemas.get(name) {
                None => push(out, "DEPENDENCY_SCHEMA_ADDED", &at, format!("a schema dependency of '{name}' was added")),
                Some(writer_schema) => self.compare(reader_schema, writer_schema, &at, depth + 1, out),
            }
        }
    }
}

/// Upper and lower bounds: an upper bound must not be added or lowered,
/// a lower bound not added or raised.
fn bounds(r: &Map<String, Value>, w: &Map<String, Value>, loc: &str, out: &mut Vec<Incompatibility>) {
    const UPPER: [(&str, &str, &str); 6] = [
        ("maxContains", "MAX_CONTAINS_ADDED", "MAX_CONTAINS_DECREASED"),
        ("maxLength", "MAX_LENGTH_ADDED", "MAX_LENGTH_DECREASED"),
        ("maximum", "MAXIMUM_ADDED", "MAXIMUM_DECREASED"),
        ("exclusiveMaximum", "EXCLUSIVE_MAXIMUM_ADDED", "EXCLUSIVE_MAXIMUM_DECREASED"),
        ("maxProperties", "MAX_PROPERTIES_ADDED", "MAX_PROPERTIES_DECREASED"),
        ("maxItems", "MAX_ITEMS_ADDED", "MAX_ITEMS_DECREASED"),
    ];
    const LOWER: [(&str, &str, &str); 6] = [
        ("minContains", "MIN_CONTAINS_ADDED", "MIN_CONTAINS_INCREASED"),
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
        // allOf narrows, anyOf widens; branch order does not matter.
        assert!(kinds(json!({"anyOf":[{"type":"string"}]}), json!({"allOf":[{"type":"string"}]})).is_empty());
        assert!(kinds(json!({"allOf":[{"enum":["a","b"]},{"type":"string"}]}), json!({"allOf":[{"type":"string"},{"enum":["a"]}]})).is_empty());
        assert_eq!(kinds(json!({"allOf":[{"type":"string"},{"maxLength":3}]}), json!({"allOf":[{"type":"string"}]})), ["PRODUCT_TYPE_EXTENDED"]);
        // `not` may exclude less, not more.
        assert!(kinds(json!({"not":{"type":"integer"}}), json!({"not":{"type":"number"}})).is_empty());
        assert_eq!(kinds(json!({"not":{"type":"number"}}), json!({"not":{"type":"integer"}})), ["NOT_TYPE_EXTENDED"]);
        // Tuples: an added position must accept what the old additional items allowed.
        let old = json!({"type":"array","items":[{"type":"string"}],"additionalItems":{"type":"string"}});
        assert!(kinds(json!({"type":"array","items":[{"type":"string"},{"type":"string"}],"additionalItems":{"type":"string"}}), old.clone()).is_empty());
        assert_eq!(kinds(json!({"type":"array","items":[{"type":"string"},{"type":"number"}],"additionalItems":{"type":"string"}}), old), ["TYPE_CHANGED"]);
        // Dependencies may not be added.
        assert_eq!(kinds(json!({"dependencies":{"a":["b"]}}), json!({})), ["DEPENDENCY_ARRAY_ADDED"]);
        assert!(kinds(json!({}), json!({"dependencies":{"a":{"type":"object"}}})).is_empty());
        let with_ref = json!({"definitions":{"n":{"type":"integer"}},"type":"object","properties":{"x":{"$ref":"#/definitions/n"}}});
        let plain = json!({"type":"object","properties":{"x":{"type":"integer"}}});
        assert!(kinds(with_ref, plain).is_empty());
    }
}
