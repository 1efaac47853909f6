//! The normalized `.proto` text Confluent stores for `?normalize=true`
//! (`ProtobufSchema.normalize().canonicalString()`, printed by
//! `ProtobufSchemaUtils.toFormattedString` with a normalizing
//! `FormatContext`), printed from a compiled file:
//!
//! - `syntax` only for proto3; imports and public imports sorted;
//! - every section of a message (reserved, options, fields, oneofs,
//!   groups, extensions, extends, nested types) after a blank line;
//!   `reserved`/`extensions` one value per line in order, `N to N` as `N`;
//! - fields by number, oneofs by their first field's number, enum
//!   constants by number then name; messages keep their order (message
//!   indexes depend on it), messages before enums;
//! - type names resolved with a leading dot (`.pkg.Msg`,
//!   `map<string, .pkg.V>`), extends grouped by resolved extendee;
//! - options sorted by name, custom ones by resolved full name, message
//!   values as multi-line `{ key: value }` maps with sorted keys, one-item
//!   lists unwrapped and empty lists left out; several options of one
//!   field written one per line; numbers as Java's `DecimalFormat` prints
//!   them (at most three fraction digits, no grouping).
//!
//! Indentation follows Confluent's `appendIndented`: each nesting level
//! prefixes every line, blank ones too, with two spaces.

use prost_reflect::{
    DynamicMessage, EnumDescriptor, FieldDescriptor, FileDescriptor, Kind, MapKey, MessageDescriptor, Syntax, Value,
};
use prost_types::FieldDescriptorProto;
use prost_types::field_descriptor_proto::{Label, Type};

use std::collections::HashSet;

use super::print::{map_key, scalar_name};

/// Largest field number; a range ending at or past it prints `to max`
/// (Confluent `ProtobufSchemaUtils.MAX_TAG_VALUE`).
const MAX_TAG: i64 = 536_870_911;

/// `file` as Confluent's normalized text.
pub(super) fn print(file: &FileDescriptor, json: &HashSet<String>) -> String {
    let proto = file.file_descriptor_proto();
    let mut sb = String::new();
    match proto.syntax() {
        "editions" => sb.push_str("edition = \"2023\";\n"),
        _ if file.syntax() == Syntax::Proto3 => sb.push_str("syntax = \"proto3\";\n"),
        _ => {}
    }
    if !file.package_name().is_empty() {
        sb.push_str(&format!("package {};\n", file.package_name()));
    }
    if !proto.dependency.is_empty() {
        sb.push('\n');
        let public: Vec<&str> = proto.public_dependency.iter().filter_map(|&i| proto.dependency.get(usize::try_from(i).ok()?)).map(String::as_str).collect();
        let mut imports: Vec<&str> = proto.dependency.iter().map(String::as_str).filter(|d| !public.contains(d)).collect();
        imports.sort_unstable();
        imports.dedup();
        for import in imports {
            sb.push_str(&format!("import \"{import}\";\n"));
        }
        let mut public = public;
        public.sort_unstable();
        public.dedup();
        for import in public {
            sb.push_str(&format!("import public \"{import}\";\n"));
        }
    }
    let options = options_of(&file.options());
    if !options.is_empty() {
        sb.push('\n');
        for option in &options {
            sb.push_str(&option_statement(option));
        }
    }
    let messages: Vec<MessageDescriptor> = file.messages().filter(|m| !m.is_map_entry()).collect();
    if !messages.is_empty() || file.enums().next().is_some() {
        sb.push('\n');
        for message in &messages {
            sb.push_str(&message_text(message, json));
        }
        for enumeration in file.enums() {
            sb.push_str(&enum_text(&enumeration));
        }
    }
    let extends = extends(&proto.extension, file.syntax());
    if !extends.is_empty() {
        sb.push('\n');
        for extend in extends {
            sb.push_str(&extend);
        }
    }
    if file.services().next().is_some() {
        sb.push('\n');
        for service in file.services() {
            sb.push_str(&format!("service {} {{", service.name()));
            let options = options_of(&service.options());
            if !options.is_empty() {
                sb.push('\n');
                for option in &options {
                    append_indented(&mut sb, &option_statement(option));
                }
            }
            if service.methods().next().is_some() {
                sb.push('\n');
                for method in service.methods() {
                    let stream = |yes: bool| if yes { "stream " } else { "" };
                    let mut rpc = format!(
                        "rpc {} ({}.{}) returns ({}.{})",
                        method.name(),
                        stream(method.is_client_streaming()),
                        method.input().full_name(),
                        stream(method.is_server_streaming()),
                        method.output().full_name()
                    );
                    let options = options_of(&method.options());
                    if !options.is_empty() {
                        rpc.push_str(" {\n");
                        for option in &options {
                            append_indented(&mut rpc, &option_statement(option));
                        }
                        rpc.push('}');
                    }
                    rpc.push_str(";\n");
                    append_indented(&mut sb, &rpc);
                }
            }
            sb.push_str("}\n");
        }
    }
    sb
}

/// A message: `message Name {` with its sections, `}`; `{}` when empty.
fn message_text(message: &MessageDescriptor, json: &HashSet<String>) -> String {
    let mut sb = format!("message {} {{", message.name());
    let proto = message.descriptor_proto();

    let mut reserved: Vec<(i64, String, String)> = message
        .reserved_ranges()
        .map(|r| {
            let (start, last) = (i64::from(r.start), i64::from(r.end) - 1);
            (start, format!("{start}..{last}"), range_text(start, last))
        })
        .collect();
    reserved.extend(message.reserved_names().map(|n| (i64::from(i32::MAX), n.to_owned(), format!("\"{n}\""))));
    if !reserved.is_empty() {
        reserved.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        sb.push('\n');
        for (_, _, text) in &reserved {
            append_indented(&mut sb, &format!("reserved {text};\n"));
        }
    }
    let options: Vec<Opt> = options_of(&message.options());
    if !options.is_empty() {
        sb.push('\n');
        for option in &options {
            append_indented(&mut sb, &option_statement(option));
        }
    }
    let syntax = message.parent_file().syntax();
    let is_group = |f: &FieldDescriptor| f.field_descriptor_proto().r#type() == Type::Group;
    let mut fields: Vec<FieldDescriptor> =
        message.fields().filter(|f| f.containing_oneof().is_none_or(|o| o.is_synthetic()) && !is_group(f)).collect();
    if !fields.is_empty() {
        fields.sort_by_key(FieldDescriptor::number);
        sb.push('\n');
        for field in &fields {
            append_indented(&mut sb, &field_text(field, true, syntax, json));
        }
    }
    let mut oneofs: Vec<(u32, String)> = message
        .oneofs()
        .filter(|o| !o.is_synthetic())
        .filter_map(|oneof| {
            let mut members: Vec<FieldDescriptor> = oneof.fields().collect();
            members.sort_by_key(FieldDescriptor::number);
            let first = members.first()?.number();
            let mut text = format!("oneof {} {{", oneof.name());
            let options = options_of(&oneof.options());
            if !options.is_empty() {
                text.push('\n');
                for option in &options {
                    append_indented(&mut text, &option_statement(option));
                }
            }
            let (groups, plain): (Vec<FieldDescriptor>, Vec<FieldDescriptor>) = members.into_iter().partition(is_group);
            if !plain.is_empty() {
                text.push('\n');
                for field in &plain {
                    append_indented(&mut text, &field_text(field, false, syntax, json));
                }
            }
            if !groups.is_empty() {
                text.push('\n');
                for group in &groups {
                    append_indented(&mut text, &group_text(group, false, syntax, json));
                }
            }
            text.push_str("}\n");
            Some((first, text))
        })
        .collect();
    if !oneofs.is_empty() {
        oneofs.sort_by_key(|(first, _)| *first);
        sb.push('\n');
        for (_, text) in &oneofs {
            append_indented(&mut sb, text);
        }
    }
    let mut groups: Vec<FieldDescriptor> =
        message.fields().filter(|f| f.containing_oneof().is_none_or(|o| o.is_synthetic()) && is_group(f)).collect();
    if !groups.is_empty() {
        groups.sort_by_key(FieldDescriptor::number);
        sb.push('\n');
        for group in &groups {
            append_indented(&mut sb, &group_text(group, true, syntax, json));
        }
    }
    let mut extensions: Vec<(i64, i64)> =
        proto.extension_range.iter().map(|r| (i64::from(r.start()), i64::from(r.end()) - 1)).collect();
    if !extensions.is_empty() {
        extensions.sort_by_key(|(start, _)| *start);
        sb.push('\n');
        for (start, last) in extensions {
            append_indented(&mut sb, &format!("extensions {};\n", range_text(start, last)));
        }
    }
    let extends = extends(&proto.extension, syntax);
    if !extends.is_empty() {
        sb.push('\n');
        for extend in &extends {
            append_indented(&mut sb, extend);
        }
    }
    let group_types: Vec<String> =
        message.fields().filter(is_group).filter_map(|f| f.kind().as_message().map(|m| m.full_name().to_owned())).collect();
    let nested: Vec<MessageDescriptor> =
        message.child_messages().filter(|m| !m.is_map_entry() && !group_types.iter().any(|g| g == m.full_name())).collect();
    if !nested.is_empty() || message.child_enums().next().is_some() {
        sb.push('\n');
        for child in &nested {
            append_indented(&mut sb, &message_text(child, json));
        }
        for child in message.child_enums() {
            append_indented(&mut sb, &enum_text(&child));
        }
    }
    sb.push_str("}\n");
    sb
}

/// A proto2 group: `optional group Name = 1 { fields }`.
fn group_text(field: &FieldDescriptor, with_label: bool, syntax: Syntax, json: &HashSet<String>) -> String {
    let Some(body) = field.kind().as_message().cloned() else {
        return field_text(field, with_label, syntax, json);
    };
    let mut sb = String::new();
    if with_label {
        sb.push_str(label(field.field_descriptor_proto(), syntax));
    }
    sb.push_str(&format!("group {} = {} {{", body.name(), field.number()));
    let mut fields: Vec<FieldDescriptor> = body.fields().collect();
    if !fields.is_empty() {
        fields.sort_by_key(FieldDescriptor::number);
        sb.push('\n');
        for member in &fields {
            append_indented(&mut sb, &field_text(member, true, syntax, json));
        }
    }
    sb.push_str("}\n");
    sb
}

/// `reserved`/`extensions` value: `N`, `N to M` or `N to max`.
fn range_text(start: i64, last: i64) -> String {
    if start == last {
        start.to_string()
    } else if last >= MAX_TAG {
        format!("{start} to max")
    } else {
        format!("{start} to {last}")
    }
}

/// The label as Confluent prints it: proto2 fields always carry one,
/// proto3 fields only `repeated` or an explicit `optional`.
fn label(proto: &FieldDescriptorProto, syntax: Syntax) -> &'static str {
    match proto.label() {
        Label::Repeated => "repeated ",
        Label::Required => "required ",
        Label::Optional if syntax == Syntax::Proto2 || proto.proto3_optional() => "optional ",
        Label::Optional => "",
    }
}

/// One field: `label type name = number [options];`.
fn field_text(field: &FieldDescriptor, with_label: bool, syntax: Syntax, json: &HashSet<String>) -> String {
    let proto = field.field_descriptor_proto();
    let mut sb = String::new();
    if with_label && !field.is_map() {
        sb.push_str(label(proto, syntax));
    }
    let type_name = match (field.is_map(), field.kind()) {
        (true, Kind::Message(entry)) => {
            let value = entry.map_entry_value_field();
            format!("map<{}, {}>", field_type(&entry.map_entry_key_field()), field_type(&value))
        }
        _ => field_type(field),
    };
    sb.push_str(&format!("{type_name} {} = {}", field.name(), field.number()));
    let mut options = options_of(&field.options());
    if let Some(default) = &proto.default_value {
        let value = match proto.r#type() {
            Type::String | Type::Bytes => Leaf::Str(default.clone()),
            Type::Bool | Type::Enum => Leaf::Raw(default.clone()),
            _ => Leaf::Raw(format_number_text(default)),
        };
        options.push(Opt { name: "default".to_owned(), parenthesized: false, value: OptValue::Leaf(value) });
    }
    if let Some(json_name) = proto.json_name.as_ref().filter(|_| json.contains(field.full_name())) {
        options.push(Opt { name: "json_name".to_owned(), parenthesized: false, value: OptValue::Leaf(Leaf::Str(json_name.clone())) });
    }
    sort_options(&mut options);
    if !options.is_empty() {
        sb.push(' ');
        let items: Vec<String> = options.iter().map(option_text).collect();
        append_list(&mut sb, &items);
    }
    sb.push_str(";\n");
    sb
}

/// A field's type: a scalar name, or the resolved `.full.Name`.
fn field_type(field: &FieldDescriptor) -> String {
    match field.kind() {
        Kind::Message(m) => format!(".{}", m.full_name()),
        Kind::Enum(e) => format!(".{}", e.full_name()),
        _ => scalar_name(field.field_descriptor_proto().r#type()).to_owned(),
    }
}

/// `extend .Extendee { fields }` blocks, one per extendee in order of
/// first appearance, fields by number.
fn extends(extensions: &[FieldDescriptorProto], syntax: Syntax) -> Vec<String> {
    let mut extendees: Vec<&str> = Vec::new();
    for extension in extensions {
        if !extendees.contains(&extension.extendee()) {
            extendees.push(extension.extendee());
        }
    }
    extendees
        .into_iter()
        .map(|extendee| {
            let mut sb = format!("extend {extendee} {{\n");
            let mut fields: Vec<&FieldDescriptorProto> = extensions.iter().filter(|e| e.extendee() == extendee).collect();
            fields.sort_by_key(|f| f.number());
            for field in fields {
                let type_name = match field.r#type() {
                    Type::Message | Type::Enum | Type::Group => field.type_name().to_owned(),
                    other => scalar_name(other).to_owned(),
                };
                let line = format!("{}{type_name} {} = {};\n", label(field, syntax), field.name(), field.number());
                append_indented(&mut sb, &line);
            }
            sb.push_str("}\n");
            sb
        })
        .collect()
}

/// An enum: reserved values, options and constants by number then name.
fn enum_text(enumeration: &EnumDescriptor) -> String {
    let mut sb = format!("enum {} {{", enumeration.name());
    let mut reserved: Vec<(i64, String, String)> = enumeration
        .reserved_ranges()
        .map(|r| {
            let (start, last) = (i64::from(*r.start()), i64::from(*r.end()));
            (start, format!("{start}..{last}"), range_text(start, last))
        })
        .collect();
    reserved.extend(enumeration.reserved_names().map(|n| (i64::from(i32::MAX), n.to_owned(), format!("\"{n}\""))));
    let options = options_of(&enumeration.options());
    let has_constants = enumeration.values().next().is_some();
    if !reserved.is_empty() {
        reserved.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        sb.push('\n');
        for (_, _, text) in &reserved {
            append_indented(&mut sb, &format!("reserved {text};\n"));
        }
    } else if !options.is_empty() || has_constants {
        sb.push('\n');
    }
    for option in &options {
        append_indented(&mut sb, &option_statement(option));
    }
    let mut values: Vec<_> = enumeration.values().collect();
    values.sort_by(|a, b| a.number().cmp(&b.number()).then_with(|| a.name().cmp(b.name())));
    // A proto3 enum must start with its zero value, or the text does not
    // compile; Confluent (Wire) would print a negative value first. Only
    // then do the two differ.
    if enumeration.parent_file().syntax() == Syntax::Proto3 {
        values.sort_by_key(|v| v.number() != 0);
    }
    for value in values {
        let mut line = format!("{} = {}", value.name(), value.number());
        let options = options_of(&value.options());
        if !options.is_empty() {
            line.push(' ');
            let items: Vec<String> = options.iter().map(option_text).collect();
            append_list(&mut line, &items);
        }
        line.push_str(";\n");
        append_indented(&mut sb, &line);
    }
    sb.push_str("}\n");
    sb
}

/// One option as Wire's `OptionElement` after Confluent's normalization.
struct Opt {
    /// The option's name; a custom option's resolved full name.
    name: String,
    /// A custom (extension) option, printed in parentheses.
    parenthesized: bool,
    value: OptValue,
}

/// An option value: a leaf, a message literal or a list.
enum OptValue {
    Leaf(Leaf),
    Map(Vec<(String, OptValue)>),
    List(Vec<OptValue>),
}

/// A scalar option value.
enum Leaf {
    /// Printed quoted, with Confluent's `escapeChars`.
    Str(String),
    /// Printed as it is: numbers, booleans, enum names.
    Raw(String),
}

/// The options set in `options` (standard and custom), one per value of
/// a repeated option, sorted by name (Confluent `filterOptions`).
fn options_of(options: &DynamicMessage) -> Vec<Opt> {
    let mut out = Vec::new();
    for (field, value) in options.fields() {
        if field.name() == "uninterpreted_option" {
            continue;
        }
        push_option(&mut out, field.name().to_owned(), false, value, &field.kind());
    }
    for (extension, value) in options.extensions() {
        push_option(&mut out, extension.full_name().to_owned(), true, value, &extension.kind());
    }
    sort_options(&mut out);
    out
}

fn push_option(out: &mut Vec<Opt>, name: String, parenthesized: bool, value: &Value, kind: &Kind) {
    match value {
        Value::List(items) => {
            for item in items {
                out.push(Opt { name: name.clone(), parenthesized, value: option_value(item, kind) });
            }
        }
        _ => out.push(Opt { name, parenthesized, value: option_value(value, kind) }),
    }
}

fn sort_options(options: &mut [Opt]) {
    options.sort_by(|a, b| a.name.cmp(&b.name));
}

fn option_value(value: &Value, kind: &Kind) -> OptValue {
    match value {
        Value::Bool(b) => OptValue::Leaf(Leaf::Raw(b.to_string())),
        Value::I32(n) => OptValue::Leaf(Leaf::Raw(n.to_string())),
        Value::I64(n) => OptValue::Leaf(Leaf::Raw(n.to_string())),
        Value::U32(n) => OptValue::Leaf(Leaf::Raw(n.to_string())),
        Value::U64(n) => OptValue::Leaf(Leaf::Raw(n.to_string())),
        Value::F32(n) => OptValue::Leaf(Leaf::Raw(decimal_format(f64::from(*n)))),
        Value::F64(n) => OptValue::Leaf(Leaf::Raw(decimal_format(*n))),
        Value::String(s) => OptValue::Leaf(Leaf::Str(s.clone())),
        Value::Bytes(b) => OptValue::Leaf(Leaf::Str(String::from_utf8_lossy(b).into_owned())),
        Value::EnumNumber(n) => {
            let name = match kind {
                Kind::Enum(e) => e.get_value(*n).map_or_else(|| n.to_string(), |v| v.name().to_owned()),
                _ => n.to_string(),
            };
            OptValue::Leaf(Leaf::Raw(name))
        }
        Value::Message(message) => {
            let mut entries: Vec<(String, OptValue)> =
                message.fields().map(|(field, value)| (field.name().to_owned(), option_value(value, &field.kind()))).collect();
            entries.extend(
                message.extensions().map(|(ext, value)| (format!("[{}]", ext.full_name()), option_value(value, &ext.kind()))),
            );
            OptValue::Map(entries)
        }
        Value::List(items) => OptValue::List(items.iter().map(|item| option_value(item, kind)).collect()),
        Value::Map(map) => {
            let Kind::Message(entry) = kind else {
                return OptValue::List(Vec::new());
            };
            let key_kind = entry.map_entry_key_field().kind();
            let value_kind = entry.map_entry_value_field().kind();
            let mut entries: Vec<(&MapKey, &Value)> = map.iter().collect();
            entries.sort_by_cached_key(|(key, _)| map_key(key));
            OptValue::List(
                entries
                    .into_iter()
                    .map(|(key, value)| {
                        let key = option_value(&Value::from(key.clone()), &key_kind);
                        OptValue::Map(vec![("key".to_owned(), key), ("value".to_owned(), option_value(value, &value_kind))])
                    })
                    .collect(),
            )
        }
    }
}

/// `option name = value;\n`.
fn option_statement(option: &Opt) -> String {
    format!("option {};\n", option_text(option))
}

/// `name = value`, `(full.name) = value` (Confluent `toString(OptionElement)`).
fn option_text(option: &Opt) -> String {
    let mut sb = if option.parenthesized { format!("({})", option.name) } else { option.name.clone() };
    match &option.value {
        OptValue::Map(entries) => {
            sb.push_str(" = {\n");
            format_map(&mut sb, entries);
            sb.push('}');
        }
        value => {
            sb.push_str(" = ");
            sb.push_str(&value_text(value));
        }
    }
    sb
}

/// The entries of a message literal, sorted by key, empty lists left out,
/// one `key: value` per line with commas between.
fn format_map(sb: &mut String, entries: &[(String, OptValue)]) {
    let mut sorted: Vec<&(String, OptValue)> =
        entries.iter().filter(|(_, v)| !matches!(v, OptValue::List(items) if items.is_empty())).collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    sorted.dedup_by(|a, b| a.0 == b.0);
    let last = sorted.len().saturating_sub(1);
    for (index, (key, value)) in sorted.into_iter().enumerate() {
        let comma = if index == last { "" } else { "," };
        append_indented(sb, &format!("{key}: {}{comma}", value_text(value)));
    }
}

/// A value inside a message literal or a list (Confluent
/// `formatOptionMapOrListValue`); one-item lists are unwrapped.
fn value_text(value: &OptValue) -> String {
    match value {
        OptValue::Leaf(Leaf::Str(s)) => format!("\"{}\"", escape_chars(s)),
        OptValue::Leaf(Leaf::Raw(raw)) => raw.clone(),
        OptValue::Map(entries) => {
            let mut sb = String::from("{\n");
            format_map(&mut sb, entries);
            sb.push('}');
            sb
        }
        OptValue::List(items) if items.len() == 1 => value_text(&items[0]),
        OptValue::List(items) => {
            let texts: Vec<String> = items.iter().map(value_text).collect();
            let mut sb = String::from("[\n");
            let last = texts.len().saturating_sub(1);
            for (index, text) in texts.iter().enumerate() {
                let comma = if index == last { "" } else { "," };
                append_indented(&mut sb, &format!("{text}{comma}"));
            }
            sb.push(']');
            sb
        }
    }
}

/// `[a]` for one item, else `[` newline, the items indented with commas
/// between, `]` (Confluent `appendOptions`).
fn append_list(sb: &mut String, items: &[String]) {
    if let [only] = items {
        sb.push('[');
        sb.push_str(only);
        sb.push(']');
        return;
    }
    sb.push_str("[\n");
    let last = items.len().saturating_sub(1);
    for (index, item) in items.iter().enumerate() {
        let comma = if index == last { "" } else { "," };
        append_indented(sb, &format!("{item}{comma}"));
    }
    sb.push(']');
}

/// Appends every line of `value` with two spaces before it, as
/// Confluent's `appendIndented` (Java `split("\n")`: trailing empty lines
/// dropped, inner blank lines indented too).
fn append_indented(sb: &mut String, value: &str) {
    let mut lines: Vec<&str> = value.split('\n').collect();
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    for line in lines {
        sb.push_str("  ");
        sb.push_str(line);
        sb.push('\n');
    }
}

/// Confluent `escapeChars`, and octal escapes for the other control
/// characters so the text always parses again.
fn escape_chars(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A numeric default as Confluent prints it: parsed, then formatted as
/// `DecimalFormat` does; text that is no number (`inf`, `nan`) as it is.
fn format_number_text(text: &str) -> String {
    if let Ok(n) = text.parse::<i128>() {
        return n.to_string();
    }
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => decimal_format(n),
        _ => text.to_owned(),
    }
}

/// Java `new DecimalFormat()` without grouping: the shortest decimal of
/// `value` rounded half-even to at most three fraction digits, trailing
/// zeros dropped (`1.0` → `1`, `0.12345` → `0.123`); `nan`/`inf` as
/// protobuf writes them.
fn decimal_format(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let text = format!("{}", value.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).map(|b| b - b'0').collect();
    let mut int_len = int_part.len();
    if frac_part.len() > 3 {
        let keep = int_len + 3;
        let first = digits[keep];
        let beyond = digits[keep + 1..].iter().any(|&d| d != 0);
        let odd = digits[keep - 1] % 2 == 1;
        digits.truncate(keep);
        if first > 5 || (first == 5 && (beyond || odd)) {
            let mut carry = true;
            for digit in digits.iter_mut().rev() {
                if *digit == 9 {
                    *digit = 0;
                } else {
                    *digit += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                digits.insert(0, 1);
                int_len += 1;
            }
        }
    }
    let as_text = |d: &[u8]| d.iter().map(|d| char::from(b'0' + d)).collect::<String>();
    let int_digits = as_text(&digits[..int_len]);
    let frac_digits = as_text(&digits[int_len..]);
    let frac_digits = frac_digits.trim_end_matches('0');
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if frac_digits.is_empty() { format!("{sign}{int_digits}") } else { format!("{sign}{int_digits}.{frac_digits}") }
}


#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::decimal_format;

    fn normalized(text: &str) -> String {
        let schema = parse(text, &[]).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let out = schema.normalized().unwrap();
        // The stored text parses again, to the same schema and the same text.
        let again = parse(&out, &[]).unwrap_or_else(|e| panic!("normalized text does not parse: {e}\n{out}"));
        assert_eq!(again.normalized().unwrap(), out, "normalizing twice changed the text");
        out
    }

    #[test]
    fn sections_sorting_and_resolved_names() {
        let text = "syntax = \"proto3\";\npackage p.q;\nimport \"google/protobuf/timestamp.proto\";\nimport \"confluent/meta.proto\";\n\
            option java_package = \"x\"; option go_package = \"g\";\n\
            message A {\n  reserved 9, 7 to 8, 20 to max; reserved \"zz\", \"aa\";\n  option deprecated = true;\n\
              B b = 3; string s = 1 [json_name = \"s\", deprecated = true]; map<string, B> m = 2; optional int32 o = 5;\n\
              oneof second { int32 y = 12; int32 x = 11; }\n  oneof first { string f = 10; }\n\
              message B { google.protobuf.Timestamp t = 1; E e = 2; }\n  enum E { Z = 0; TWO = 2; ONE = 1; }\n}\n\
            enum Top { option allow_alias = true; T0 = 0; T1 = 1; ALSO = 1; }\n\
            message Empty {}\n\
            service S { rpc Get (A) returns (stream A.B) { option idempotency_level = NO_SIDE_EFFECTS; option deprecated = true; } rpc Put (stream A) returns (Empty); }\n";
        let want = "syntax = \"proto3\";\npackage p.q;\n\n\
            import \"confluent/meta.proto\";\nimport \"google/protobuf/timestamp.proto\";\n\n\
            option go_package = \"g\";\noption java_package = \"x\";\n\n\
            message A {\n  reserved 7 to 8;\n  reserved 9;\n  reserved 20 to max;\n  reserved \"aa\";\n  reserved \"zz\";\n\n\
            \x20 option deprecated = true;\n\n\
            \x20 string s = 1 [\n    deprecated = true,\n    json_name = \"s\"\n  ];\n\
            \x20 map<string, .p.q.A.B> m = 2;\n  .p.q.A.B b = 3;\n  optional int32 o = 5;\n\n\
            \x20 oneof first {\n    string f = 10;\n  }\n  oneof second {\n    int32 x = 11;\n    int32 y = 12;\n  }\n\n\
            \x20 message B {\n    .google.protobuf.Timestamp t = 1;\n    .p.q.A.E e = 2;\n  }\n\
            \x20 enum E {\n    Z = 0;\n    ONE = 1;\n    TWO = 2;\n  }\n}\n\
            message Empty {}\n\
            enum Top {\n  option allow_alias = true;\n  T0 = 0;\n  ALSO = 1;\n  T1 = 1;\n}\n\n\
            service S {\n\
            \x20 rpc Get (.p.q.A) returns (stream .p.q.A.B) {\n    option deprecated = true;\n    option idempotency_level = NO_SIDE_EFFECTS;\n  };\n\
            \x20 rpc Put (stream .p.q.A) returns (.p.q.Empty);\n}\n";
        assert_eq!(normalized(text), want);
    }

    #[test]
    fn blank_lines_inside_nested_messages_are_indented() {
        let out = normalized("syntax = \"proto3\"; message O { message I { int32 a = 1; message D { int32 d = 1; } } }");
        assert_eq!(
            out,
            "syntax = \"proto3\";\n\nmessage O {\n  message I {\n    int32 a = 1;\n  \n    message D {\n      int32 d = 1;\n    }\n  }\n}\n"
        );
    }

    #[test]
    fn custom_options_print_as_sorted_maps() {
        let text = "syntax = \"proto3\";\npackage p;\nimport \"confluent/meta.proto\";\n\
            message M {\n  option (confluent.message_meta) = { tags: \"b\" tags: \"a\" doc: \"it\\'s \\\"q\\\"\" };\n\
              int32 x = 1 [(confluent.field_meta).params = { key: \"k\", value: \"v\" }, (confluent.field_meta).tags = \"PII\"];\n}\n";
        let want = "syntax = \"proto3\";\npackage p;\n\nimport \"confluent/meta.proto\";\n\n\
            message M {\n  option (confluent.message_meta) = {\n    doc: \"it\\'s \\\"q\\\"\",\n    tags: [\n      \"b\",\n      \"a\"\n    ]\n  };\n\n\
            \x20 int32 x = 1 [(confluent.field_meta) = {\n    params: {\n      key: \"k\",\n      value: \"v\"\n    },\n    tags: \"PII\"\n  }];\n}\n";
        assert_eq!(normalized(text), want);
    }

    #[test]
    fn proto2_groups_defaults_extensions_and_extends() {
        let text = "syntax = \"proto2\";\npackage p;\n\
            message M {\n  extensions 200 to 300, 100;\n  optional double d = 2 [default = 1.23456];\n  optional float n = 3 [default = -inf];\n\
              optional string s = 4 [default = \"a\\\"b\"];\n  optional int32 h = 5 [default = 0x10];\n  required bool b = 1 [default = true];\n\
              optional group G = 6 { optional int32 g = 1; }\n}\n\
            extend M { optional int32 late = 250; optional M self = 100; }\n";
        let want = "package p;\n\n\
            message M {\n  required bool b = 1 [default = true];\n  optional double d = 2 [default = 1.235];\n\
            \x20 optional float n = 3 [default = -inf];\n  optional string s = 4 [default = \"a\\\"b\"];\n  optional int32 h = 5 [default = 16];\n\n\
            \x20 optional group G = 6 {\n    optional int32 g = 1;\n  }\n\n\
            \x20 extensions 100;\n  extensions 200 to 300;\n}\n\n\
            extend .p.M {\n  optional .p.M self = 100;\n  optional int32 late = 250;\n}\n";
        assert_eq!(normalized(text), want);
    }

    #[test]
    fn schemas_that_differ_only_in_order_normalize_alike() {
        let a = normalized("syntax = \"proto3\"; import \"google/protobuf/any.proto\"; import \"google/protobuf/empty.proto\"; message M { int32 a = 1; string b = 2; }");
        let b = normalized("syntax = \"proto3\";\n// comment\nimport \"google/protobuf/empty.proto\";\nimport \"google/protobuf/any.proto\";\nmessage M {\n  string b = 2;\n  int32 a = 1;\n}\n");
        assert_eq!(a, b);
    }

    #[test]
    fn a_proto3_enum_keeps_its_zero_value_first() {
        // Found by the protobuf_schema fuzzer: sorted by number, `Y = -1`
        // came first and the text no longer compiled.
        let out = normalized("syntax = \"proto3\"; enum E { X = 0; Y = -1; Z = 1; }");
        assert!(out.contains("enum E {\n  X = 0;\n  Y = -1;\n  Z = 1;\n}"), "{out}");
    }

    #[test]
    fn numbers_print_as_java_decimal_format() {
        for (value, want) in [
            (1.0, "1"),
            (-2.0, "-2"),
            (0.12345, "0.123"),
            (1.23, "1.23"),
            (f64::from(1.23_f32), "1.23"),
            (0.0005, "0"),
            (0.0015, "0.002"),
            (0.0025, "0.002"),
            (0.9999, "1"),
            (1e10, "10000000000"),
            (f64::NAN, "nan"),
            (f64::NEG_INFINITY, "-inf"),
        ] {
            assert_eq!(decimal_format(value), want, "{value}");
        }
    }
}
