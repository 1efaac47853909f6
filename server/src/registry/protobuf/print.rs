//! Prints a compiled file back as `.proto` text: the canonical form of a
//! PROTOBUF schema. Type names are fully qualified (`.pkg.Msg`), map
//! fields are written as `map<K, V>`, proto3 `optional` is kept, comments
//! are gone, and options (custom ones too, unless left out) are printed
//! with their values in a fixed order, so equal schemas print equal text.

use std::fmt::Write as _;

use prost_reflect::{
    DynamicMessage, EnumDescriptor, FieldDescriptor, FileDescriptor, Kind, MapKey, MessageDescriptor, Syntax, Value,
};
use prost_types::FieldDescriptorProto;
use prost_types::field_descriptor_proto::{Label, Type};

/// Prints `file`; `extensions` keeps custom (extension) options.
pub(super) fn print(file: &FileDescriptor, extensions: bool) -> String {
    let mut p = Printer { out: String::new(), extensions };
    p.file(file);
    p.out
}

struct Printer {
    out: String,
    extensions: bool,
}

impl Printer {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn file(&mut self, file: &FileDescriptor) {
        let proto = file.file_descriptor_proto();
        match proto.syntax() {
            "editions" => self.line(0, "edition = \"2023\";"),
            _ if file.syntax() == Syntax::Proto3 => self.line(0, "syntax = \"proto3\";"),
            _ => self.line(0, "syntax = \"proto2\";"),
        }
        if !file.package_name().is_empty() {
            self.line(0, &format!("package {};", file.package_name()));
        }
        if !proto.dependency.is_empty() {
            self.out.push('\n');
            for (i, dependency) in proto.dependency.iter().enumerate() {
                let index = i32::try_from(i).unwrap_or(i32::MAX);
                let modifier = if proto.public_dependency.contains(&index) {
                    "public "
                } else if proto.weak_dependency.contains(&index) {
                    "weak "
                } else {
                    ""
                };
                self.line(0, &format!("import {modifier}{};", quote(dependency)));
            }
        }
        let options = self.options(&file.options());
        if !options.is_empty() {
            self.out.push('\n');
            for option in options {
                self.line(0, &format!("option {option};"));
            }
        }
        // One blank line before the types, none between them (Wire's
        // `ProtoFileElement.toSchema`, which Confluent's `toString` uses).
        if file.messages().next().is_some() || file.enums().next().is_some() {
            self.out.push('\n');
        }
        for message in file.messages() {
            self.message(&message, 0);
        }
        for enumeration in file.enums() {
            self.enumeration(&enumeration, 0);
        }
        let extends: Vec<&FieldDescriptorProto> = proto.extension.iter().collect();
        self.extends(&extends, 0);
        for service in file.services() {
            self.out.push('\n');
            self.line(0, &format!("service {} {{", service.name()));
            for option in self.options(&service.options()) {
                self.line(1, &format!("option {option};"));
            }
            for method in service.methods() {
                let proto = method.method_descriptor_proto();
                let input =
                    format!("{}.{}", if method.is_client_streaming() { "stream " } else { "" }, method.input().full_name());
                let output =
                    format!("{}.{}", if method.is_server_streaming() { "stream " } else { "" }, method.output().full_name());
                let options = self.options(&method.options());
                if options.is_empty() {
                    self.line(1, &format!("rpc {} ({input}) returns ({output});", proto.name()));
                } else {
                    self.line(1, &format!("rpc {} ({input}) returns ({output}) {{", proto.name()));
                    for option in options {
                        self.line(2, &format!("option {option};"));
                    }
                    self.line(1, "}");
                }
            }
            self.line(0, "}");
        }
    }

    fn message(&mut self, message: &MessageDescriptor, depth: usize) {
        self.line(depth, &format!("message {} {{", message.name()));
        let inner = depth + 1;
        let options: Vec<String> =
            self.options(&message.options()).into_iter().filter(|o| !o.starts_with("map_entry ")).collect();
        for option in &options {
            self.line(inner, &format!("option {option};"));
        }
        let proto = message.descriptor_proto();
        let ranges: Vec<String> = message
            .reserved_ranges()
            .map(|r| if r.end == r.start + 1 { r.start.to_string() } else { format!("{} to {}", r.start, r.end - 1) })
            .collect();
        if !ranges.is_empty() {
            self.line(inner, &format!("reserved {};", ranges.join(", ")));
        }
        let names: Vec<String> = message.reserved_names().map(quote).collect();
        if !names.is_empty() {
            self.line(inner, &format!("reserved {};", names.join(", ")));
        }
        let mut printed_oneofs = Vec::new();
        for field in message.fields() {
            match field.containing_oneof().filter(|o| !o.is_synthetic()) {
                Some(oneof) => {
                    if printed_oneofs.contains(&oneof.name().to_owned()) {
                        continue;
                    }
                    printed_oneofs.push(oneof.name().to_owned());
                    self.line(inner, &format!("oneof {} {{", oneof.name()));
                    for option in self.options(&oneof.options()) {
                        self.line(inner + 1, &format!("option {option};"));
                    }
                    for member in oneof.fields() {
                        let text = self.field(&member, false);
                        self.line(inner + 1, &text);
                    }
                    self.line(inner, "}");
                }
                None => {
                    let text = self.field(&field, true);
                    self.line(inner, &text);
                }
            }
        }
        for range in &proto.extension_range {
            let (start, end) = (range.start(), range.end() - 1);
            let text = if end >= 536_870_911 {
                format!("extensions {start} to max;")
            } else if start == end {
                format!("extensions {start};")
            } else {
                format!("extensions {start} to {end};")
            };
            self.line(inner, &text);
        }
        // Nested types as Wire's `MessageElement.toSchema`: one blank line
        // before them, none between.
        if message.child_messages().any(|m| !m.is_map_entry()) || message.child_enums().next().is_some() {
            self.out.push('\n');
        }
        for child in message.child_messages().filter(|m| !m.is_map_entry()) {
            self.message(&child, inner);
        }
        for child in message.child_enums() {
            self.enumeration(&child, inner);
        }
        let extends: Vec<&FieldDescriptorProto> = proto.extension.iter().collect();
        self.extends(&extends, inner);
        self.line(depth, "}");
    }

    fn field(&self, field: &FieldDescriptor, top_level: bool) -> String {
        let proto = field.field_descriptor_proto();
        let label = if field.is_map() || !top_level {
            ""
        } else {
            match proto.label() {
                Label::Repeated => "repeated ",
                Label::Required => "required ",
                Label::Optional if field.parent_file().syntax() != Syntax::Proto3 || proto.proto3_optional() => "optional ",
                Label::Optional => "",
            }
        };
        let mut options = Vec::new();
        if let Some(default) = &proto.default_value {
            let value = match proto.r#type() {
                Type::String => quote(default),
                Type::Bytes => format!("\"{default}\""),
                _ => default.clone(),
            };
            options.push(format!("default = {value}"));
        }
        if let Some(json_name) = proto.json_name.as_ref().filter(|j| **j != default_json_name(field.name())) {
            options.push(format!("json_name = {}", quote(json_name)));
        }
        options.extend(self.options(&field.options()));
        let suffix = if options.is_empty() { String::new() } else { format!(" [{}]", options.join(", ")) };
        format!("{label}{} {} = {}{suffix};", type_name(field), field.name(), field.number())
    }

    fn extends(&mut self, extensions: &[&FieldDescriptorProto], depth: usize) {
        let mut extendees: Vec<&str> = Vec::new();
        for extension in extensions {
            if !extendees.contains(&extension.extendee()) {
                extendees.push(extension.extendee());
            }
        }
        for extendee in extendees {
            self.out.push('\n');
            self.line(depth, &format!("extend {extendee} {{"));
            for extension in extensions.iter().filter(|e| e.extendee() == extendee) {
                let label = match extension.label() {
                    Label::Repeated => "repeated ",
                    Label::Required => "required ",
                    Label::Optional if extension.proto3_optional() => "optional ",
                    Label::Optional => "",
                };
                let type_name = match extension.r#type() {
                    Type::Message | Type::Enum | Type::Group => extension.type_name().to_owned(),
                    other => scalar_name(other).to_owned(),
                };
                self.line(depth + 1, &format!("{label}{type_name} {} = {};", extension.name(), extension.number()));
            }
            self.line(depth, "}");
        }
    }

    fn enumeration(&mut self, enumeration: &EnumDescriptor, depth: usize) {
        self.line(depth, &format!("enum {} {{", enumeration.name()));
        for option in self.options(&enumeration.options()) {
            self.line(depth + 1, &format!("option {option};"));
        }
        let ranges: Vec<String> = enumeration
            .reserved_ranges()
            .map(|r| if r.start() == r.end() { r.start().to_string() } else { format!("{} to {}", r.start(), r.end()) })
            .collect();
        if !ranges.is_empty() {
            self.line(depth + 1, &format!("reserved {};", ranges.join(", ")));
        }
        let names: Vec<String> = enumeration.reserved_names().map(quote).collect();
        if !names.is_empty() {
            self.line(depth + 1, &format!("reserved {};", names.join(", ")));
        }
        for value in enumeration.values() {
            let options = self.options(&value.options());
            let suffix = if options.is_empty() { String::new() } else { format!(" [{}]", options.join(", ")) };
            self.line(depth + 1, &format!("{} = {}{suffix};", value.name(), value.number()));
        }
        self.line(depth, "}");
    }

    /// `name = value` for every option set: standard ones by field number,
    /// then custom ones (`(full.name) = value`) by full name.
    fn options(&self, options: &DynamicMessage) -> Vec<String> {
        let mut out: Vec<String> = options
            .fields()
            .filter(|(field, _)| field.name() != "uninterpreted_option")
            .map(|(field, value)| format!("{} = {}", field.name(), self.value(value, &field.kind())))
            .collect();
        if self.extensions {
            let mut custom: Vec<(String, String)> = options
                .extensions()
                .map(|(extension, value)| (extension.full_name().to_owned(), self.value(value, &extension.kind())))
                .collect();
            custom.sort();
            out.extend(custom.into_iter().map(|(name, value)| format!("({name}) = {value}")));
        }
        out
    }

    /// A value in protobuf text format; map entries sorted by key.
    fn value(&self, value: &Value, kind: &Kind) -> String {
        match value {
            Value::Bool(b) => b.to_string(),
            Value::I32(n) => n.to_string(),
            Value::I64(n) => n.to_string(),
            Value::U32(n) => n.to_string(),
            Value::U64(n) => n.to_string(),
            Value::F32(n) => format_float(f64::from(*n)),
            Value::F64(n) => format_float(*n),
            Value::String(s) => quote(s),
            Value::Bytes(b) => quote_bytes(b),
            Value::EnumNumber(n) => match kind {
                Kind::Enum(e) => e.get_value(*n).map_or_else(|| n.to_string(), |v| v.name().to_owned()),
                _ => n.to_string(),
            },
            Value::Message(m) => self.message_value(m),
            Value::List(items) => {
                let items: Vec<String> = items.iter().map(|v| self.value(v, kind)).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Map(map) => {
                let Kind::Message(entry) = kind else {
                    return "[]".to_owned();
                };
                let value_kind = entry.map_entry_value_field().kind();
                let mut entries: Vec<(&MapKey, &Value)> = map.iter().collect();
                entries.sort_by(|a, b| map_key_order(a.0, b.0));
                let items: Vec<String> = entries
                    .into_iter()
                    .map(|(k, v)| format!("{{ key: {}, value: {} }}", map_key(k), self.value(v, &value_kind)))
                    .collect();
                format!("[{}]", items.join(", "))
            }
        }
    }

    fn message_value(&self, message: &DynamicMessage) -> String {
        let mut parts: Vec<String> =
            message.fields().map(|(field, value)| format!("{}: {}", field.name(), self.value(value, &field.kind()))).collect();
        let mut custom: Vec<String> = message
            .extensions()
            .map(|(extension, value)| format!("[{}]: {}", extension.full_name(), self.value(value, &extension.kind())))
            .collect();
        custom.sort();
        parts.extend(custom);
        if parts.is_empty() { "{}".to_owned() } else { format!("{{ {} }}", parts.join(", ")) }
    }
}

/// The field's type as written in `.proto` text.
fn type_name(field: &FieldDescriptor) -> String {
    if let (true, Kind::Message(entry)) = (field.is_map(), field.kind()) {
        return format!("map<{}, {}>", type_name(&entry.map_entry_key_field()), type_name(&entry.map_entry_value_field()));
    }
    match field.kind() {
        Kind::Message(m) => format!(".{}", m.full_name()),
        Kind::Enum(e) => format!(".{}", e.full_name()),
        _ => scalar_name(field.field_descriptor_proto().r#type()).to_owned(),
    }
}

pub(super) fn scalar_name(kind: Type) -> &'static str {
    match kind {
        Type::Double => "double",
        Type::Float => "float",
        Type::Int64 => "int64",
        Type::Uint64 => "uint64",
        Type::Int32 => "int32",
        Type::Fixed64 => "fixed64",
        Type::Fixed32 => "fixed32",
        Type::Bool => "bool",
        Type::String => "string",
        Type::Bytes => "bytes",
        Type::Uint32 => "uint32",
        Type::Sfixed32 => "sfixed32",
        Type::Sfixed64 => "sfixed64",
        Type::Sint32 => "sint32",
        Type::Sint64 => "sint64",
        Type::Group | Type::Message | Type::Enum => "bytes",
    }
}

/// protoc's default `json_name`: lowerCamelCase of the field name.
fn default_json_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn format_float(value: f64) -> String {
    if value.is_nan() {
        "nan".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "inf".to_owned() } else { "-inf".to_owned() }
    } else {
        value.to_string()
    }
}

pub(super) fn map_key(key: &MapKey) -> String {
    match key {
        MapKey::Bool(b) => b.to_string(),
        MapKey::I32(n) => n.to_string(),
        MapKey::I64(n) => n.to_string(),
        MapKey::U32(n) => n.to_string(),
        MapKey::U64(n) => n.to_string(),
        MapKey::String(s) => quote(s),
    }
}

fn map_key_order(a: &MapKey, b: &MapKey) -> std::cmp::Ordering {
    map_key(a).cmp(&map_key(b))
}

/// A string literal with C-style escapes.
fn quote(text: &str) -> String {
    quote_bytes(text.as_bytes())
}

fn quote_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    #[test]
    fn types_follow_each_other_without_blank_lines() {
        let schema = parse(
            "syntax = \"proto3\"; package p; message A { message In { int32 x = 1; } enum E { Z = 0; } In i = 1; } message B { int32 b = 1; } enum C { C0 = 0; }",
            &[],
        )
        .unwrap();
        let text = super::print(&schema.file, true);
        assert!(text.contains("}\nmessage B {"), "{text}");
        assert!(text.contains("}\nenum C {"), "{text}");
        assert!(text.contains("  }\n  enum E {"), "{text}");
        assert!(text.contains("package p;\n\nmessage A {"), "{text}");
        // and it reads back as the same schema
        assert_eq!(parse(&text, &[]).unwrap().canonical(), schema.canonical());
    }
}
