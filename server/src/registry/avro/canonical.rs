//! Avro schema text as Avro Java's `Schema.toString()` prints it, which is
//! what Confluent stores and compares (`AvroSchema.canonicalString()` =
//! `schemaObj.toString(referencedSchemas, false)`).
//!
//! The printer walks the submitted JSON (already validated by apache-avro,
//! whose own printer drops custom properties) and writes compact JSON in
//! Avro Java's key order:
//! - a primitive without properties is its bare name (`{"type":"int"}` is
//!   `"int"`); with properties, `type` then the properties;
//! - record / error: `type`, `name`, `namespace` (only where it differs
//!   from the enclosing one; `""` to leave a namespace), `doc`, `fields`,
//!   properties, `aliases`;
//! - field: `name`, `type`, `doc`, `default`, `order` (unless ascending),
//!   `aliases`, properties;
//! - enum: `type`, `name`, `namespace`, `doc`, `symbols`, `default`,
//!   properties, `aliases`; fixed: … `doc`, `size`, properties, `aliases`;
//! - array / map: `type`, `items` / `values`, properties; union: a list.
//!
//! Properties (every key Avro does not reserve: `logicalType`,
//! `precision`, `connect.name`, `unique`, …) keep the order they were
//! written in. A named type already printed, or defined by a reference, is
//! written as its name, qualified only outside its own namespace (Avro
//! Java `Schema.Name.getQualified`).
//!
//! Recursion follows the document's nesting, which `gateway::json` has
//! bounded at 1000 levels before this runs.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::registry::jackson::{write_string, write_value};

/// Keys Avro Java reserves on a schema (`Schema.SCHEMA_RESERVED`).
const SCHEMA_RESERVED: &[&str] = &["doc", "fields", "items", "name", "namespace", "size", "symbols", "values", "type", "aliases"];
/// Keys Avro Java reserves on a field (`Schema.FIELD_RESERVED`).
const FIELD_RESERVED: &[&str] = &["default", "doc", "name", "order", "type", "aliases"];
/// Avro's primitive type names.
const PRIMITIVES: &[&str] = &["null", "boolean", "int", "long", "float", "double", "bytes", "string"];

/// Prints `schema` as Avro Java does, with the top-level named types of
/// `references` (every schema it references, transitively) known, so
/// they print as names. Errors name what is not an Avro schema.
pub(super) fn canonical(schema: &Value, references: &[Value]) -> Result<String, String> {
    let mut printer = Printer::new(references);
    for reference in references {
        if let Some(full) = top_level_name(reference) {
            printer.known.insert(full);
        }
    }
    printer.schema(schema, None, None)?;
    Ok(printer.out)
}

/// Prints `schema` with every type its references define written out
/// where first used (Confluent `format=resolved`: `schemaObj.toString()`).
pub(super) fn resolved(schema: &Value, references: &[Value]) -> Result<String, String> {
    let mut printer = Printer::new(references);
    printer.schema(schema, None, None)?;
    Ok(printer.out)
}

/// The full name of a top-level named type, if `schema` is one.
fn top_level_name(schema: &Value) -> Option<String> {
    let map = schema.as_object()?;
    matches!(map.get("type")?.as_str()?, "record" | "error" | "enum" | "fixed").then_some(())?;
    Some(Name::of(map, None)?.full())
}

/// A named type's name split as Avro Java's `Schema.Name` does: the part
/// after the last dot, and the namespace (`None` for the null namespace).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    space: Option<String>,
    simple: String,
}

impl Name {
    /// Splits `text` in the namespace `space` (a dotted name brings its own).
    fn parse(text: &str, space: Option<&str>) -> Self {
        let (space, simple) = match text.rsplit_once('.') {
            Some((space, simple)) => (Some(space), simple),
            None => (space, text),
        };
        Self { space: space.filter(|s| !s.is_empty()).map(str::to_owned), simple: simple.to_owned() }
    }

    /// The name of a named-type object, with `namespace` (or `enclosing`).
    fn of(map: &Map<String, Value>, enclosing: Option<&str>) -> Option<Self> {
        let name = map.get("name")?.as_str()?;
        let space = match map.get("namespace").and_then(Value::as_str) {
            Some(space) => Some(space),
            None => enclosing,
        };
        Some(Self::parse(name, space))
    }

    fn full(&self) -> String {
        match &self.space {
            Some(space) => format!("{space}.{}", self.simple),
            None => self.simple.clone(),
        }
    }

    /// The name as written inside namespace `current`.
    fn qualified(&self, current: Option<&str>) -> String {
        if self.space.is_some() && self.space.as_deref() == current && !PRIMITIVES.contains(&self.simple.as_str()) {
            self.simple.clone()
        } else {
            self.full()
        }
    }
}

/// A type defined inside a referenced schema, with the namespace it was
/// defined in.
struct Definition<'a> {
    schema: &'a Value,
    space: Option<String>,
}

struct Printer<'a> {
    out: String,
    /// Full names printed so far, or known from references.
    known: HashSet<String>,
    /// Named types the references define, by full name.
    definitions: HashMap<String, Definition<'a>>,
}

impl<'a> Printer<'a> {
    fn new(references: &'a [Value]) -> Self {
        let mut definitions = HashMap::new();
        for reference in references {
            collect_definitions(reference, None, &mut definitions);
        }
        Self { out: String::new(), known: HashSet::new(), definitions }
    }

    fn string(&mut self, text: &str) {
        write_string(&mut self.out, text);
    }

    fn key(&mut self, key: &str) {
        self.string(key);
        self.out.push(':');
    }

    fn field_str(&mut self, key: &str, value: &str) {
        self.out.push(',');
        self.key(key);
        self.string(value);
    }

    /// Prints one schema: `space` resolves names written in it, `current`
    /// is the namespace the output is in (they differ only at the root of
    /// a referenced type written out in place).
    fn schema(&mut self, schema: &Value, space: Option<&str>, current: Option<&str>) -> Result<(), String> {
        match schema {
            Value::String(name) if PRIMITIVES.contains(&name.as_str()) => {
                self.string(name);
                Ok(())
            }
            Value::String(name) => self.reference(name, space, current),
            Value::Array(branches) => {
                self.out.push('[');
                for (i, branch) in branches.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.schema(branch, space, current)?;
                }
                self.out.push(']');
                Ok(())
            }
            Value::Object(map) => match map.get("type") {
                Some(Value::String(kind)) => self.object(kind, map, space, current),
                // `{"type": {...}}`: the inner schema.
                Some(inner @ (Value::Object(_) | Value::Array(_))) => self.schema(inner, space, current),
                _ => Err(format!("No type: {schema}")),
            },
            other => Err(format!("Not an Avro schema: {other}")),
        }
    }

    fn object(&mut self, kind: &str, map: &Map<String, Value>, space: Option<&str>, current: Option<&str>) -> Result<(), String> {
        match kind {
            _ if PRIMITIVES.contains(&kind) => {
                if map.keys().all(|k| SCHEMA_RESERVED.contains(&k.as_str())) {
                    self.string(kind);
                } else {
                    self.out.push('{');
                    self.key("type");
                    self.string(kind);
                    self.properties(map, SCHEMA_RESERVED);
                    self.out.push('}');
                }
                Ok(())
            }
            "array" | "map" => {
                let inner = if kind == "array" { "items" } else { "values" };
                self.out.push('{');
                self.key("type");
                self.string(kind);
                self.out.push(',');
                self.key(inner);
                let schema = map.get(inner).ok_or_else(|| format!("{kind} has no {inner}"))?;
                self.schema(schema, space, current)?;
                self.properties(map, SCHEMA_RESERVED);
                self.out.push('}');
                Ok(())
            }
            "record" | "error" | "enum" | "fixed" => self.named(kind, map, space, current),
            // `{"type": "SomeName"}`: a reference to a named type.
            name => self.reference(name, space, current),
        }
    }

    /// A name written where a schema goes: printed as a name when known,
    /// written out when a reference defines it and it is not yet printed.
    fn reference(&mut self, name: &str, space: Option<&str>, current: Option<&str>) -> Result<(), String> {
        // Avro Java `Names.get`: the name in the current namespace, else
        // as written.
        let in_space = Name::parse(name, space).full();
        let full = if self.known.contains(&in_space) || self.definitions.contains_key(&in_space) {
            in_space
        } else {
            Name::parse(name, None).full()
        };
        if !self.known.contains(&full) {
            if let Some(definition) = self.definitions.get(&full) {
                let (schema, space) = (definition.schema, definition.space.clone());
                return self.schema(schema, space.as_deref(), current);
            }
        }
        let qualified = Name::parse(&full, None).qualified(current);
        self.string(&qualified);
        Ok(())
    }

    fn named(&mut self, kind: &str, map: &Map<String, Value>, space: Option<&str>, current: Option<&str>) -> Result<(), String> {
        let name = Name::of(map, space).ok_or_else(|| format!("No name in schema: {}", Value::Object(map.clone())))?;
        let full = name.full();
        if !self.known.insert(full.clone()) {
            let qualified = name.qualified(current);
            self.string(&qualified);
            return Ok(());
        }
        let own = name.space.as_deref();
        self.out.push('{');
        self.key("type");
        self.string(kind);
        self.field_str("name", &name.simple);
        match own {
            Some(own) if Some(own) != current => self.field_str("namespace", own),
            None if current.is_some() => self.field_str("namespace", ""),
            _ => {}
        }
        if let Some(doc) = map.get("doc").and_then(Value::as_str) {
            self.field_str("doc", doc);
        }
        match kind {
            "enum" => {
                self.out.push(',');
                self.key("symbols");
                self.text_list(map.get("symbols"));
                if let Some(default) = map.get("default").and_then(Value::as_str) {
                    self.field_str("default", default);
                }
                let mut reserved = SCHEMA_RESERVED.to_vec();
                reserved.push("default");
                self.properties(map, &reserved);
            }
            "fixed" => {
                self.out.push(',');
                self.key("size");
                let size = map.get("size").ok_or("fixed has no size")?;
                self.out.push_str(&size.to_string());
                self.properties(map, SCHEMA_RESERVED);
            }
            _ => {
                self.out.push(',');
                self.key("fields");
                self.out.push('[');
                let fields = map.get("fields").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.field(field, own)?;
                }
                self.out.push(']');
                self.properties(map, SCHEMA_RESERVED);
            }
        }
        self.aliases(map, own);
        self.out.push('}');
        Ok(())
    }

    fn field(&mut self, field: &Value, space: Option<&str>) -> Result<(), String> {
        let map = field.as_object().ok_or_else(|| format!("Field not an object: {field}"))?;
        let name = map.get("name").and_then(Value::as_str).ok_or_else(|| format!("No field name: {field}"))?;
        self.out.push('{');
        self.key("name");
        self.string(name);
        self.out.push(',');
        self.key("type");
        self.schema(map.get("type").ok_or_else(|| format!("No field type: {field}"))?, space, space)?;
        if let Some(doc) = map.get("doc").and_then(Value::as_str) {
            self.field_str("doc", doc);
        }
        if let Some(default) = map.get("default") {
            self.out.push(',');
            self.key("default");
            write_value(&mut self.out, default);
        }
        if let Some(order) = map.get("order").and_then(Value::as_str) {
            let order = order.to_ascii_lowercase();
            if order != "ascending" {
                self.field_str("order", &order);
            }
        }
        if let Some(Value::Array(aliases)) = map.get("aliases") {
            if !aliases.is_empty() {
                self.out.push(',');
                self.key("aliases");
                self.text_list(map.get("aliases"));
            }
        }
        self.properties(map, FIELD_RESERVED);
        self.out.push('}');
        Ok(())
    }

    /// A named type's `aliases`, each qualified against its namespace.
    fn aliases(&mut self, map: &Map<String, Value>, space: Option<&str>) {
        let Some(Value::Array(aliases)) = map.get("aliases") else { return };
        let mut seen = HashSet::new();
        let names: Vec<String> = aliases
            .iter()
            .filter_map(Value::as_str)
            .map(|alias| Name::parse(alias, space))
            .filter(|name| seen.insert(name.full()))
            .map(|name| name.qualified(space))
            .collect();
        if names.is_empty() {
            return;
        }
        self.out.push(',');
        self.key("aliases");
        write_value(&mut self.out, &Value::from(names));
    }

    fn text_list(&mut self, list: Option<&Value>) {
        let items: Vec<&str> = list.and_then(Value::as_array).map(|l| l.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        write_value(&mut self.out, &Value::from(items));
    }

    /// Every key not in `reserved`, in the order written.
    fn properties(&mut self, map: &Map<String, Value>, reserved: &[&str]) {
        for (key, value) in map {
            if !reserved.contains(&key.as_str()) {
                self.out.push(',');
                self.key(key);
                write_value(&mut self.out, value);
            }
        }
    }
}

/// Records every named type `schema` defines, with the namespace it was
/// defined in (`space`).
fn collect_definitions<'a>(schema: &'a Value, space: Option<&str>, out: &mut HashMap<String, Definition<'a>>) {
    match schema {
        Value::Array(branches) => branches.iter().for_each(|b| collect_definitions(b, space, out)),
        Value::Object(map) => match map.get("type") {
            Some(Value::String(kind)) => match kind.as_str() {
                "record" | "error" | "enum" | "fixed" => {
                    let Some(name) = Name::of(map, space) else { return };
                    out.entry(name.full()).or_insert(Definition { schema, space: space.map(str::to_owned) });
                    if let Some(Value::Array(fields)) = map.get("fields") {
                        for field in fields {
                            if let Some(t) = field.get("type") {
                                collect_definitions(t, name.space.as_deref(), out);
                            }
                        }
                    }
                }
                "array" => map.get("items").into_iter().for_each(|i| collect_definitions(i, space, out)),
                "map" => map.get("values").into_iter().for_each(|v| collect_definitions(v, space, out)),
                _ => {}
            },
            Some(inner) => collect_definitions(inner, space, out),
            None => {}
        },
        _ => {}
    }
}
