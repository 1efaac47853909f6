//! Protobuf compatibility, following Confluent's rule set
//! (`protobuf-provider/.../protobuf/diff/`): the differences between an
//! original schema (the writer) and an update (the reader), each a
//! Confluent `Difference.Type` at a path such as `#/Order/3`, and the
//! compatible subset. Types are compared by name within each scope, fields
//! and enum constants by number, so renames of fields are compatible and
//! changes of wire encoding are not.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use prost_reflect::{EnumDescriptor, FieldDescriptor, FileDescriptor, Kind, MessageDescriptor};
use prost_types::field_descriptor_proto::Label;

use super::Incompatibility;
use crate::registry::protobuf::ProtobufSchema;

/// Confluent's 26 difference types (`Difference.Type`), plus
/// `ONEOF_FIELD_MOVED_TO_TOP_LEVEL` from its newer rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs, clippy::upper_case_acronyms)]
pub enum Change {
    PackageChanged,
    MessageAdded,
    MessageRemoved,
    MessageMoved,
    EnumAdded,
    EnumRemoved,
    EnumConstAdded,
    EnumConstChanged,
    EnumConstRemoved,
    FieldAdded,
    FieldRemoved,
    FieldNameChanged,
    FieldKindChanged,
    FieldScalarKindChanged,
    FieldNamedTypeChanged,
    FieldNumericLabelChanged,
    FieldStringOrBytesLabelChanged,
    RequiredFieldAdded,
    RequiredFieldRemoved,
    OneofAdded,
    OneofRemoved,
    OneofFieldAdded,
    OneofFieldRemoved,
    OneofFieldMovedToTopLevel,
    MultipleFieldsMovedToOneof,
    FieldMovedToExistingOneof,
}

impl Change {
    /// Confluent's name, e.g. `FIELD_KIND_CHANGED`.
    pub fn name(self) -> &'static str {
        match self {
            Self::PackageChanged => "PACKAGE_CHANGED",
            Self::MessageAdded => "MESSAGE_ADDED",
            Self::MessageRemoved => "MESSAGE_REMOVED",
            Self::MessageMoved => "MESSAGE_MOVED",
            Self::EnumAdded => "ENUM_ADDED",
            Self::EnumRemoved => "ENUM_REMOVED",
            Self::EnumConstAdded => "ENUM_CONST_ADDED",
            Self::EnumConstChanged => "ENUM_CONST_CHANGED",
            Self::EnumConstRemoved => "ENUM_CONST_REMOVED",
            Self::FieldAdded => "FIELD_ADDED",
            Self::FieldRemoved => "FIELD_REMOVED",
            Self::FieldNameChanged => "FIELD_NAME_CHANGED",
            Self::FieldKindChanged => "FIELD_KIND_CHANGED",
            Self::FieldScalarKindChanged => "FIELD_SCALAR_KIND_CHANGED",
            Self::FieldNamedTypeChanged => "FIELD_NAMED_TYPE_CHANGED",
            Self::FieldNumericLabelChanged => "FIELD_NUMERIC_LABEL_CHANGED",
            Self::FieldStringOrBytesLabelChanged => "FIELD_STRING_OR_BYTES_LABEL_CHANGED",
            Self::RequiredFieldAdded => "REQUIRED_FIELD_ADDED",
            Self::RequiredFieldRemoved => "REQUIRED_FIELD_REMOVED",
            Self::OneofAdded => "ONEOF_ADDED",
            Self::OneofRemoved => "ONEOF_REMOVED",
            Self::OneofFieldAdded => "ONEOF_FIELD_ADDED",
            Self::OneofFieldRemoved => "ONEOF_FIELD_REMOVED",
            Self::OneofFieldMovedToTopLevel => "ONEOF_FIELD_MOVED_TO_TOP_LEVEL",
            Self::MultipleFieldsMovedToOneof => "MULTIPLE_FIELDS_MOVED_TO_ONEOF",
            Self::FieldMovedToExistingOneof => "FIELD_MOVED_TO_EXISTING_ONEOF",
        }
    }

    /// Whether data written with the original stays readable after the
    /// change (Confluent `SchemaDiff.COMPATIBLE_CHANGES`).
    pub fn is_compatible(self) -> bool {
        matches!(
            self,
            Self::MessageAdded
                | Self::MessageMoved
                | Self::EnumAdded
                | Self::EnumRemoved
                | Self::EnumConstAdded
                | Self::EnumConstChanged
                | Self::EnumConstRemoved
                | Self::FieldAdded
                | Self::FieldRemoved
                | Self::FieldNameChanged
                | Self::FieldStringOrBytesLabelChanged
                | Self::OneofAdded
                | Self::OneofRemoved
                | Self::OneofFieldAdded
                | Self::OneofFieldMovedToTopLevel
        )
    }

    fn description(self, path: &str) -> String {
        let what = match self {
            Self::PackageChanged => "The package changed",
            Self::MessageAdded => "A message was added",
            Self::MessageRemoved => "A message was removed",
            Self::MessageMoved => "A message moved",
            Self::EnumAdded => "An enum was added",
            Self::EnumRemoved => "An enum was removed",
            Self::EnumConstAdded => "An enum constant was added",
            Self::EnumConstChanged => "An enum constant was renamed",
            Self::EnumConstRemoved => "An enum constant was removed",
            Self::FieldAdded => "A field was added",
            Self::FieldRemoved => "A field was removed",
            Self::FieldNameChanged => "A field was renamed",
            Self::FieldKindChanged => "The kind (scalar, message or map) of a field changed",
            Self::FieldScalarKindChanged => "The scalar type of a field changed to one with another wire encoding",
            Self::FieldNamedTypeChanged => "The message type of a field changed",
            Self::FieldNumericLabelChanged => "A numeric field changed between repeated and singular",
            Self::FieldStringOrBytesLabelChanged => "A string or bytes field changed between repeated and singular",
            Self::RequiredFieldAdded => "A required field was added",
            Self::RequiredFieldRemoved => "A required field was removed",
            Self::OneofAdded => "A oneof was added",
            Self::OneofRemoved => "A oneof was removed",
            Self::OneofFieldAdded => "A field was added to a oneof",
            Self::OneofFieldRemoved => "A field was removed from a oneof",
            Self::OneofFieldMovedToTopLevel => "A oneof field moved to the top level",
            Self::MultipleFieldsMovedToOneof => "Several existing fields moved into one oneof",
            Self::FieldMovedToExistingOneof => "An existing field moved into a oneof that already had fields",
        };
        format!("{what} at path '{path}' in the new schema")
    }
}

/// One difference: its type and path (`#/Message/3`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    /// The type.
    pub change: Change,
    /// Where: `#/` then message, oneof and field-number segments.
    pub path: String,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.change.name(), self.path)
    }
}

/// Every difference from `original` to `update` (Confluent
/// `SchemaDiff.compare`).
pub fn differences(original: &ProtobufSchema, update: &ProtobufSchema) -> Vec<Difference> {
    let mut ctx = Ctx { original, update, path: Vec::new(), found: Vec::new(), in_progress: HashSet::new() };
    if original.file.package_name() != update.file.package_name() {
        ctx.add(Change::PackageChanged);
    }
    let (o, u) = (&original.file, &update.file);
    ctx.compare_scopes(&Scope::of_file(o), &Scope::of_file(u));
    ctx.found
}

/// Incompatibilities of reading `writer` data with `reader`.
pub(super) fn reader_writer(reader: &ProtobufSchema, writer: &ProtobufSchema) -> Vec<Incompatibility> {
    differences(writer, reader)
        .into_iter()
        .filter(|d| !d.change.is_compatible())
        .map(|d| Incompatibility { kind: d.change.name(), description: d.change.description(&d.path), location: d.path })
        .collect()
}

/// The messages (map entries excluded) and enums declared in one scope.
struct Scope {
    messages: Vec<MessageDescriptor>,
    enums: Vec<EnumDescriptor>,
}

impl Scope {
    fn of_file(file: &FileDescriptor) -> Self {
        Self { messages: file.messages().filter(|m| !m.is_map_entry()).collect(), enums: file.enums().collect() }
    }

    fn of_message(message: &MessageDescriptor) -> Self {
        Self {
            messages: message.child_messages().filter(|m| !m.is_map_entry()).collect(),
            enums: message.child_enums().collect(),
        }
    }
}

struct Ctx<'a> {
    original: &'a ProtobufSchema,
    update: &'a ProtobufSchema,
    path: Vec<String>,
    found: Vec<Difference>,
    /// Original messages being compared, so recursive types end.
    in_progress: HashSet<String>,
}

/// How a field's type is compared.
enum FieldType {
    /// A scalar (enums count as numbers), by wire-encoding family.
    Scalar(ScalarKind),
    /// A map, by key and value type.
    Map(Box<FieldType>, Box<FieldType>),
    /// A message type.
    Message(MessageDescriptor),
}

/// Scalars grouped by wire compatibility (protobuf's "updating a message
/// type" rules, as Confluent groups them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScalarKind {
    GeneralNumber,
    SignedNumber,
    StringOrBytes,
    Fixed32,
    Fixed64,
    Float,
    Double,
}

fn field_type(kind: &Kind) -> FieldType {
    match kind {
        Kind::Message(m) if m.is_map_entry() => FieldType::Map(
            Box::new(field_type(&m.map_entry_key_field().kind())),
            Box::new(field_type(&m.map_entry_value_field().kind())),
        ),
        Kind::Message(m) => FieldType::Message(m.clone()),
        Kind::Enum(_) | Kind::Int32 | Kind::Int64 | Kind::Uint32 | Kind::Uint64 | Kind::Bool => {
            FieldType::Scalar(ScalarKind::GeneralNumber)
        }
        Kind::Sint32 | Kind::Sint64 => FieldType::Scalar(ScalarKind::SignedNumber),
        Kind::String | Kind::Bytes => FieldType::Scalar(ScalarKind::StringOrBytes),
        Kind::Fixed32 | Kind::Sfixed32 => FieldType::Scalar(ScalarKind::Fixed32),
        Kind::Fixed64 | Kind::Sfixed64 => FieldType::Scalar(ScalarKind::Fixed64),
        Kind::Float => FieldType::Scalar(ScalarKind::Float),
        Kind::Double => FieldType::Scalar(ScalarKind::Double),
    }
}

/// A field's real oneof (proto3 `optional`'s synthetic oneof is none).
fn oneof_name(field: &FieldDescriptor) -> Option<String> {
    field.containing_oneof().filter(|o| !o.is_synthetic()).map(|o| o.name().to_owned())
}

fn is_required(field: &FieldDescriptor) -> bool {
    field.field_descriptor_proto().label() == Label::Required
}

impl Ctx<'_> {
    fn add(&mut self, change: Change) {
        self.found.push(Difference { change, path: format!("#/{}", self.path.join("/")) });
    }

    fn add_at(&mut self, segment: impl Into<String>, change: Change) {
        self.path.push(segment.into());
        self.add(change);
        self.path.pop();
    }

    /// Messages and enums of one scope, matched by name (Confluent
    /// `SchemaDiff.compareTypeElements`).
    fn compare_scopes(&mut self, original: &Scope, update: &Scope) {
        let index = |messages: &[MessageDescriptor]| -> BTreeMap<String, (usize, MessageDescriptor)> {
            messages.iter().enumerate().map(|(i, m)| (m.name().to_owned(), (i, m.clone()))).collect()
        };
        let (o_messages, u_messages) = (index(&original.messages), index(&update.messages));
        let names: BTreeSet<&String> = o_messages.keys().chain(u_messages.keys()).collect();
        for name in names {
            self.path.push(name.clone());
            match (o_messages.get(name), u_messages.get(name)) {
                (Some(_), None) => self.add(Change::MessageRemoved),
                (None, Some(_)) => self.add(Change::MessageAdded),
                (Some((oi, o)), Some((ui, u))) => {
                    self.compare_messages(o, u);
                    if oi != ui {
                        // Message indexes in the wire format refer to the
                        // schema of the record's id, so moving is harmless.
                        self.add(Change::MessageMoved);
                    }
                }
                (None, None) => {}
            }
            self.path.pop();
        }
        let enums = |list: &[EnumDescriptor]| -> BTreeMap<String, EnumDescriptor> {
            list.iter().map(|e| (e.name().to_owned(), e.clone())).collect()
        };
        let (o_enums, u_enums) = (enums(&original.enums), enums(&update.enums));
        let names: BTreeSet<&String> = o_enums.keys().chain(u_enums.keys()).collect();
        for name in names {
            self.path.push(name.clone());
            match (o_enums.get(name), u_enums.get(name)) {
                (Some(_), None) => self.add(Change::EnumRemoved),
                (None, Some(_)) => self.add(Change::EnumAdded),
                (Some(o), Some(u)) => self.compare_enums(o, u),
                (None, None) => {}
            }
            self.path.pop();
        }
    }

    fn compare_enums(&mut self, original: &EnumDescriptor, update: &EnumDescriptor) {
        let o: BTreeMap<i32, String> = original.values().map(|v| (v.number(), v.name().to_owned())).collect();
        let u: BTreeMap<i32, String> = update.values().map(|v| (v.number(), v.name().to_owned())).collect();
        let numbers: BTreeSet<i32> = o.keys().chain(u.keys()).copied().collect();
        for number in numbers {
            match (o.get(&number), u.get(&number)) {
                (Some(_), None) => self.add_at(number.to_string(), Change::EnumConstRemoved),
                (None, Some(_)) => self.add_at(number.to_string(), Change::EnumConstAdded),
                (Some(a), Some(b)) if a != b => self.add_at(number.to_string(), Change::EnumConstChanged),
                _ => {}
            }
        }
    }

    /// Fields, oneofs and nested types of one message (Confluent
    /// `MessageSchemaDiff`).
    fn compare_messages(&mut self, original: &MessageDescriptor, update: &MessageDescriptor) {
        if self.in_progress.insert(original.full_name().to_owned()) {
            self.compare_fields_of(original, update);
            self.in_progress.remove(original.full_name());
        }
        self.compare_scopes(&Scope::of_message(original), &Scope::of_message(update));
    }

    fn compare_fields_of(&mut self, original: &MessageDescriptor, update: &MessageDescriptor) {
        let mut o_top: BTreeMap<u32, FieldDescriptor> =
            original.fields().filter(|f| oneof_name(f).is_none()).map(|f| (f.number(), f)).collect();
        let u_top: BTreeMap<u32, FieldDescriptor> =
            update.fields().filter(|f| oneof_name(f).is_none()).map(|f| (f.number(), f)).collect();
        let o_all: BTreeMap<u32, FieldDescriptor> = original.fields().map(|f| (f.number(), f)).collect();
        let u_all: BTreeMap<u32, FieldDescriptor> = update.fields().map(|f| (f.number(), f)).collect();
        let o_oneof_of: HashMap<u32, String> = original.fields().filter_map(|f| Some((f.number(), oneof_name(&f)?))).collect();
        let u_oneof_of: HashMap<u32, String> = update.fields().filter_map(|f| Some((f.number(), oneof_name(&f)?))).collect();
        let oneofs = |m: &MessageDescriptor| -> BTreeMap<String, Vec<FieldDescriptor>> {
            m.oneofs().filter(|o| !o.is_synthetic()).map(|o| (o.name().to_owned(), o.fields().collect())).collect()
        };
        let (o_oneofs, u_oneofs) = (oneofs(original), oneofs(update));

        // Fields gathered into one oneof of the update: from more than one
        // original top-level field, or from a top-level field and a oneof,
        // or from several oneofs, they can now overwrite each other.
        for oneof in update.oneofs().filter(|o| !o.is_synthetic()) {
            let mut from_top = 0;
            let mut from_oneofs = BTreeSet::new();
            for field in oneof.fields() {
                if o_top.remove(&field.number()).is_some() {
                    from_top += 1;
                } else if let Some(group) = o_oneof_of.get(&field.number()) {
                    from_oneofs.insert(group.clone());
                }
            }
            if from_top > 1 {
                self.add_at(oneof.name(), Change::MultipleFieldsMovedToOneof);
            } else if from_top + from_oneofs.len() > 1 {
                self.add_at(oneof.name(), Change::FieldMovedToExistingOneof);
            }
        }

        let names: BTreeSet<&String> = o_oneofs.keys().chain(u_oneofs.keys()).collect();
        for name in names {
            self.path.push(name.clone());
            let empty = Vec::new();
            let (o_fields, u_fields) = (o_oneofs.get(name), u_oneofs.get(name));
            match (o_fields, u_fields) {
                (Some(_), None) => self.add(Change::OneofRemoved),
                (None, Some(_)) => self.add(Change::OneofAdded),
                _ => {}
            }
            let o: BTreeMap<u32, &FieldDescriptor> = o_fields.unwrap_or(&empty).iter().map(|f| (f.number(), f)).collect();
            let u: BTreeMap<u32, &FieldDescriptor> = u_fields.unwrap_or(&empty).iter().map(|f| (f.number(), f)).collect();
            let numbers: BTreeSet<u32> = o.keys().chain(u.keys()).copied().collect();
            for number in numbers {
                self.path.push(number.to_string());
                match (o.get(&number), u.get(&number)) {
                    // A member that lives on elsewhere was relocated, not
                    // removed or added; its type is compared below.
                    (Some(_), None) if !u_all.contains_key(&number) => self.add(Change::OneofFieldRemoved),
                    (None, Some(_)) if !o_all.contains_key(&number) => self.add(Change::OneofFieldAdded),
                    (Some(a), Some(b)) => self.compare_fields(a, b),
                    _ => {}
                }
                self.path.pop();
            }
            self.path.pop();
        }

        let numbers: BTreeSet<u32> = o_top.keys().chain(u_top.keys()).copied().collect();
        for number in numbers {
            self.path.push(number.to_string());
            match (o_top.get(&number), u_top.get(&number)) {
                (Some(o), None) => self.add(if is_required(o) { Change::RequiredFieldRemoved } else { Change::FieldRemoved }),
                (None, Some(u)) => self.add(if o_oneof_of.contains_key(&number) {
                    Change::OneofFieldMovedToTopLevel
                } else if is_required(u) {
                    Change::RequiredFieldAdded
                } else {
                    Change::FieldAdded
                }),
                (Some(o), Some(u)) => self.compare_fields(o, u),
                (None, None) => {}
            }
            self.path.pop();
        }

        // Fields whose oneof membership changed are compared by number too.
        for (number, o) in &o_all {
            let Some(u) = u_all.get(number) else { continue };
            let (a, b) = (o_oneof_of.get(number), u_oneof_of.get(number));
            let compared = (a.is_none() && b.is_none()) || (a.is_some() && a == b);
            if !compared {
                let depth = self.path.len();
                self.path.extend(b.cloned());
                self.path.push(number.to_string());
                self.compare_fields(o, u);
                self.path.truncate(depth);
            }
        }
    }

    /// One field (Confluent `FieldSchemaDiff`).
    fn compare_fields(&mut self, original: &FieldDescriptor, update: &FieldDescriptor) {
        if original.name() != update.name() {
            self.add(Change::FieldNameChanged);
        }
        if original.is_list() != update.is_list() && !original.is_map() && !update.is_map() {
            match field_type(&original.kind()) {
                FieldType::Scalar(ScalarKind::StringOrBytes) => self.add(Change::FieldStringOrBytesLabelChanged),
                FieldType::Scalar(_) => self.add(Change::FieldNumericLabelChanged),
                _ => {}
            }
        }
        self.compare_types(&field_type(&original.kind()), &field_type(&update.kind()));
    }

    fn compare_types(&mut self, original: &FieldType, update: &FieldType) {
        match (original, update) {
            (FieldType::Scalar(a), FieldType::Scalar(b)) => {
                if a != b {
                    self.add(Change::FieldScalarKindChanged);
                }
            }
            (FieldType::Map(ak, av), FieldType::Map(bk, bv)) => {
                self.compare_types(ak, bk);
                self.compare_types(av, bv);
            }
            (FieldType::Message(a), FieldType::Message(b)) => self.compare_message_types(a, b),
            _ => self.add(Change::FieldKindChanged),
        }
    }

    /// Message-typed fields: the same name (relative to its package) and,
    /// unless both come from the same referenced subject version or both
    /// from this schema, compatible contents.
    fn compare_message_types(&mut self, original: &MessageDescriptor, update: &MessageDescriptor) {
        let local = |m: &MessageDescriptor| -> String {
            let package = m.package_name();
            match m.full_name().strip_prefix(package).and_then(|rest| rest.strip_prefix('.')) {
                Some(rest) if !package.is_empty() => rest.to_owned(),
                _ => m.full_name().to_owned(),
            }
        };
        let (o_local, u_local) = (local(original), local(update));
        if o_local != u_local {
            self.add(Change::FieldNamedTypeChanged);
            return;
        }
        let o_ref = reference_of(self.original, original);
        let u_ref = reference_of(self.update, update);
        if o_ref.is_some() && o_ref == u_ref {
            return;
        }
        let mut sub = Ctx {
            original: self.original,
            update: self.update,
            path: o_local.split('.').map(str::to_owned).collect(),
            found: Vec::new(),
            in_progress: self.in_progress.clone(),
        };
        sub.compare_messages(original, update);
        let compatible = sub.found.iter().all(|d| d.change.is_compatible());
        self.found.extend(sub.found);
        if !compatible {
            self.add(Change::FieldNamedTypeChanged);
        }
    }
}

/// Where a message comes from: this schema's own file (`("", -1)`), a
/// referenced subject version, or `None` for a built-in import.
fn reference_of(schema: &ProtobufSchema, message: &MessageDescriptor) -> Option<(String, i32)> {
    let file = message.parent_file();
    if file.name() == schema.file.name() {
        return Some((String::new(), -1));
    }
    schema.referenced_files.get(file.name()).cloned()
}
