//! PROTOBUF schemas: `.proto` text or the base64 `FileDescriptorProto`
//! that Confluent's serializers register, compiled at runtime with protox
//! into a prost-reflect pool. Imports resolve, in order, to the schema's
//! references (by reference name), to Confluent's built-in files
//! (`confluent/meta.proto`, `confluent/type/{decimal,variant}.proto`, common
//! `google/type/*.proto`) and to the protobuf well-known types
//! (`google/protobuf/*.proto`), as in Confluent's `ProtobufSchema`.

mod normalize;
mod options;
mod print;

use std::collections::{HashMap, HashSet};

use base64::Engine as _;
use prost::Message as _;
use prost_reflect::{DescriptorPool, FileDescriptor, MessageDescriptor};
use protox::file::{File, FileResolver, GoogleFileResolver};

use super::schema::Dependency;

/// The file name a `.proto` text schema is compiled under (Confluent's
/// `ProtobufSchema.DEFAULT_NAME`).
const DEFAULT_NAME: &str = "default";

/// Confluent's built-in imports, available without a reference.
const BUILTIN: &[(&str, &str)] = &[
    ("confluent/meta.proto", include_str!("builtin/confluent/meta.proto")),
    ("confluent/type/decimal.proto", include_str!("builtin/confluent/type/decimal.proto")),
    ("confluent/type/variant.proto", include_str!("builtin/confluent/type/variant.proto")),
    ("google/type/calendar_period.proto", include_str!("builtin/google/type/calendar_period.proto")),
    ("google/type/color.proto", include_str!("builtin/google/type/color.proto")),
    ("google/type/date.proto", include_str!("builtin/google/type/date.proto")),
    ("google/type/datetime.proto", include_str!("builtin/google/type/datetime.proto")),
    ("google/type/decimal.proto", include_str!("builtin/google/type/decimal.proto")),
    ("google/type/expr.proto", include_str!("builtin/google/type/expr.proto")),
    ("google/type/fraction.proto", include_str!("builtin/google/type/fraction.proto")),
    ("google/type/interval.proto", include_str!("builtin/google/type/interval.proto")),
    ("google/type/dayofweek.proto", include_str!("builtin/google/type/dayofweek.proto")),
    ("google/type/latlng.proto", include_str!("builtin/google/type/latlng.proto")),
    ("google/type/money.proto", include_str!("builtin/google/type/money.proto")),
    ("google/type/month.proto", include_str!("builtin/google/type/month.proto")),
    ("google/type/phone_number.proto", include_str!("builtin/google/type/phone_number.proto")),
    ("google/type/postal_address.proto", include_str!("builtin/google/type/postal_address.proto")),
    ("google/type/quaternion.proto", include_str!("builtin/google/type/quaternion.proto")),
    ("google/type/timeofday.proto", include_str!("builtin/google/type/timeofday.proto")),
];

/// A compiled PROTOBUF schema.
#[derive(Debug, Clone)]
pub struct ProtobufSchema {
    /// The schema's file with everything it imports.
    pub file: FileDescriptor,
    /// Referenced subject and version of each imported file that came from
    /// a reference, by file (= reference) name. Built-in imports are absent.
    pub referenced_files: HashMap<String, (String, i32)>,
    /// The text was a base64 `FileDescriptorProto`, not `.proto` source.
    pub from_descriptor: bool,
    /// Full names of the fields whose `json_name` the schema sets itself
    /// (the compiler fills in the others); the normalized text keeps only
    /// these, as Confluent does.
    explicit_json_names: HashSet<String>,
    /// The canonical text, printed once.
    canonical: String,
}

/// Parses `text` (`.proto` source, or base64 of a serialized
/// `FileDescriptorProto`) with `dependencies` as its imports. Errors are
/// the parser's or compiler's message (42201).
pub fn parse(text: &str, dependencies: &[Dependency]) -> Result<ProtobufSchema, String> {
    if text.trim().is_empty() {
        return Err("Empty schema".to_owned());
    }
    let main = source_file(DEFAULT_NAME, text)?;
    let from_descriptor = main.source().is_none();
    let explicit_json_names = explicit_json_names(main.file_descriptor_proto());
    let main_name = main.name().to_owned();
    let mut files = HashMap::new();
    let mut referenced_files = HashMap::new();
    for dependency in dependencies {
        let file = source_file(&dependency.name, &dependency.text)
            .map_err(|e| format!("referenced schema '{}' is invalid: {e}", dependency.name))?;
        referenced_files.insert(dependency.name.clone(), (dependency.subject.clone(), dependency.version));
        files.insert(dependency.name.clone(), file);
    }
    let file = match compile(&main_name, main.clone(), &files) {
        // Custom options naming nothing defined are ignored, as Confluent
        // (Wire) does; the text keeps them (options.rs).
        Err(error) if options::is_undefined_name(&error) => {
            // Every file from `.proto` text (the schema and its references)
            // first without custom options, to learn which extensions
            // exist, then with only the defined ones.
            let rewrite = |file: &File, edit: &dyn Fn(&prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto| {
                if file.source().is_none() {
                    return file.clone();
                }
                File::from_file_descriptor_proto(without_source_info(edit(file.file_descriptor_proto())))
            };
            let bare_files = files.iter().map(|(n, f)| (n.clone(), rewrite(f, &options::without_custom))).collect();
            let Ok(bare) = compile(&main_name, rewrite(&main, &options::without_custom), &bare_files) else { return Err(error) };
            let pool = bare.parent_pool();
            let defined = |file: &prost_types::FileDescriptorProto| options::without_undefined(file, pool);
            let kept_files = files.iter().map(|(n, f)| (n.clone(), rewrite(f, &defined))).collect();
            compile(&main_name, rewrite(&main, &defined), &kept_files).map_err(|_| error)?
        }
        other => other?,
    };
    // Printing walks every message, enum, extension and service through
    // prost-reflect, whose lookups panic on a pool a malformed descriptor
    // made (a service it cannot find by name: found by the protobuf_schema
    // fuzzer). Such a schema is refused here, so later walks (compatibility,
    // encoding, the normalized text) never meet it.
    let printed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| print::print(&file, true)));
    let canonical = printed.map_err(|_| "the schema could not be compiled: malformed descriptor".to_owned())?;
    let schema = ProtobufSchema { file, referenced_files, from_descriptor, explicit_json_names, canonical };
    if from_descriptor {
        // A descriptor is stored as the `.proto` text printed from it, so
        // that text must compile: a descriptor can hold what no text can
        // (an empty or malformed name, found by the protobuf_schema fuzzer).
        parse(&schema.canonical(), dependencies).map_err(|e| format!("the descriptor has no valid .proto text: {e}"))?;
    }
    Ok(schema)
}

/// Full names of the fields in `file` (as parsed, before the compiler
/// fills in defaults) that have a `json_name`.
fn explicit_json_names(file: &prost_types::FileDescriptorProto) -> HashSet<String> {
    fn walk(prefix: &str, message: &prost_types::DescriptorProto, out: &mut HashSet<String>) {
        let name = if prefix.is_empty() { message.name().to_owned() } else { format!("{prefix}.{}", message.name()) };
        out.extend(message.field.iter().filter(|f| f.json_name.is_some()).map(|f| format!("{name}.{}", f.name())));
        for nested in &message.nested_type {
            walk(&name, nested, out);
        }
    }
    let mut out = HashSet::new();
    for message in &file.message_type {
        walk(file.package(), message, &mut out);
    }
    out
}

/// Compiles the main file `main` (named `main_name`) with `files` (the
/// references, by name) and the built-in imports.
fn compile(main_name: &str, main: File, files: &HashMap<String, File>) -> Result<FileDescriptor, String> {
    let resolver = Resolver { main: Some((main_name.to_owned(), main)), files: files.clone() };
    // prost-reflect 0.16.5 can panic on a malformed descriptor (found by the
    // protobuf_schema fuzzer: an index out of bounds while it words an
    // error); a schema is never worth a panic, so such input is refused.
    let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> Result<FileDescriptor, String> {
        let mut compiler = protox::Compiler::with_file_resolver(resolver);
        compiler.include_imports(true).include_source_info(false);
        compiler.open_file(main_name).map_err(|e| e.to_string())?;
        let pool = compiler.descriptor_pool();
        pool.get_file_by_name(main_name).ok_or_else(|| "the schema's file did not compile".to_owned())
    }));
    compiled.unwrap_or_else(|_| Err("the schema could not be compiled: malformed descriptor".to_owned()))
}

fn without_source_info(mut file: prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto {
    file.source_code_info = None;
    file
}

/// A file from `.proto` source, or from base64 of a serialized
/// `FileDescriptorProto` when the text does not parse as source (as
/// Confluent's `ProtobufSchema` falls back). The descriptor form keeps its
/// own name only for the main schema; a referenced file takes its
/// reference name, which is what importers use.
fn source_file(name: &str, text: &str) -> Result<File, String> {
    let source_error = match File::from_source(name, text) {
        Ok(file) => return Ok(file),
        Err(e) => e.to_string(),
    };
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(compact.as_bytes()) else {
        return Err(source_error);
    };
    let Ok(mut descriptor) = prost_types::FileDescriptorProto::decode(bytes.as_slice()) else {
        return Err(source_error);
    };
    if name != DEFAULT_NAME || descriptor.name().is_empty() {
        descriptor.name = Some(name.to_owned());
    }
    // Source positions describe a text Gregor does not have.
    descriptor.source_code_info = None;
    let bytes = descriptor.encode_to_vec();
    // Re-decoded from bytes so extension options (unknown to prost-types)
    // are kept; the re-encode above only renamed the file.
    let mut raw = bytes.as_slice();
    let renamed = File::decode_file_descriptor_proto(&mut raw).map_err(|e| e.to_string())?;
    if renamed.file_descriptor_proto().message_type.is_empty()
        && renamed.file_descriptor_proto().enum_type.is_empty()
        && renamed.file_descriptor_proto().service.is_empty()
        && renamed.file_descriptor_proto().dependency.is_empty()
        && renamed.file_descriptor_proto().package.is_none()
    {
        // Almost any short base64 decodes to *some* message; one with
        // nothing in it was not a descriptor.
        return Err(source_error);
    }
    Ok(renamed)
}

/// Imports: the main file, the references, Confluent's built-ins, then
/// the well-known types.
struct Resolver {
    main: Option<(String, File)>,
    files: HashMap<String, File>,
}

impl FileResolver for Resolver {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        if let Some((_, main)) = self.main.as_ref().filter(|(main_name, _)| main_name == name) {
            return Ok(main.clone());
        }
        if let Some(file) = self.files.get(name) {
            return Ok(file.clone());
        }
        if let Some((_, source)) = BUILTIN.iter().find(|(n, _)| *n == name) {
            return File::from_source(name, source);
        }
        GoogleFileResolver::new().open_file(name)
    }
}

impl ProtobufSchema {
    /// Canonical `.proto` text: the compiled descriptor printed back, with
    /// fully-qualified type names, so formatting, comments, and source vs
    /// descriptor input do not change a schema's identity (Confluent's
    /// `ProtobufSchema.canonicalString`).
    pub fn canonical(&self) -> String {
        self.canonical.clone()
    }

    /// The text stored for `?normalize=true`: Confluent's normalized form
    /// (`ProtobufSchema.normalize().canonicalString()`; see `normalize`).
    ///
    /// Errors when printing meets what prost-reflect cannot look up (not
    /// seen once the canonical text printed; kept as a guard).
    pub fn normalized(&self) -> Result<String, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| normalize::print(&self.file, &self.explicit_json_names)))
            .map_err(|_| "the schema's normalized text could not be printed".to_owned())
    }

    /// The text for `format=ignore_extensions`: custom options left out.
    pub fn without_extensions(&self) -> String {
        print::print(&self.file, false)
    }

    /// The text for `format=serialized`: base64 of the serialized
    /// `FileDescriptorProto`.
    pub fn serialized(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.file.file_descriptor_proto().encode_to_vec())
    }

    /// The message at Confluent message indexes `indexes` (`[0]` is the
    /// first top-level message; each further index picks a nested message).
    pub fn message_at(&self, indexes: &[i32]) -> Option<MessageDescriptor> {
        let (first, rest) = indexes.split_first().unwrap_or((&0, &[]));
        let mut message = self.file.messages().nth(usize::try_from(*first).ok()?)?;
        for index in rest {
            let child = message.child_messages().nth(usize::try_from(*index).ok()?)?;
            message = child;
        }
        Some(message)
    }

    /// Confluent message indexes of `message` in this file.
    pub fn indexes_of(&self, message: &MessageDescriptor) -> Vec<i32> {
        let mut path = Vec::new();
        let mut current = Some(message.clone());
        while let Some(m) = current {
            let siblings: Vec<MessageDescriptor> = match m.parent_message() {
                Some(parent) => parent.child_messages().collect(),
                None => self.file.messages().collect(),
            };
            let index = siblings.iter().position(|s| s.full_name() == m.full_name()).unwrap_or(0);
            path.push(i32::try_from(index).unwrap_or(0));
            current = m.parent_message();
        }
        path.reverse();
        path
    }

    /// The first top-level message (the one Confluent's REST proxy and
    /// serializers use when none is named), if any.
    pub fn first_message(&self) -> Option<MessageDescriptor> {
        self.file.messages().next()
    }

    /// The pool holding the schema and its imports.
    pub fn pool(&self) -> &DescriptorPool {
        self.file.parent_pool()
    }
}

/// Confluent's message-index prefix: `[0]` (the first message) as the
/// single byte 0, otherwise the count then each index, as zigzag varints.
pub fn encode_indexes(indexes: &[i32]) -> Vec<u8> {
    let mut out = Vec::new();
    if indexes == [0] {
        out.push(0);
        return out;
    }
    put_zigzag(&mut out, i32::try_from(indexes.len()).unwrap_or(i32::MAX));
    for index in indexes {
        put_zigzag(&mut out, *index);
    }
    out
}

/// Reads the message-index prefix: the indexes (`[0]` for a lone 0) and
/// the rest of `bytes`. `Err` for a truncated or absurd prefix.
pub fn decode_indexes(bytes: &[u8]) -> Result<(Vec<i32>, &[u8]), String> {
    let mut rest = bytes;
    let count = take_zigzag(&mut rest)?;
    if count == 0 {
        return Ok((vec![0], rest));
    }
    if !(1..=64).contains(&count) {
        return Err(format!("invalid message index count {count}"));
    }
    let mut indexes = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    for _ in 0..count {
        indexes.push(take_zigzag(&mut rest)?);
    }
    Ok((indexes, rest))
}

fn put_zigzag(out: &mut Vec<u8>, value: i32) {
    let mut v = ((value << 1) ^ (value >> 31)) as u32;
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn take_zigzag(bytes: &mut &[u8]) -> Result<i32, String> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let (&byte, rest) = bytes.split_first().ok_or("truncated message indexes")?;
        *bytes = rest;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(((value >> 1) as i32) ^ -((value & 1) as i32));
        }
    }
    Err("message index varint too long".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_descriptor_prost_reflect_panics_on_is_refused() {
        // Found by the protobuf_schema fuzzer (fuzz/seeds/protobuf_schema/prost_reflect_panic).
        assert!(parse("YoAAIoAA", &[]).is_err());
        // A service prost-reflect cannot find again by name while printing
        // (fuzz/seeds/protobuf_schema/service_not_found).
        assert!(parse("MoAAEoQALgMgAAoA", &[]).is_err());
    }

    const WITH_IMPORT: &str = r#"
        syntax = "proto3";
        package shop;
        import "google/protobuf/timestamp.proto";
        import "other.proto";
        // a comment
        message Order {
          string id = 1;
          google.protobuf.Timestamp at = 2;
          other.Customer customer = 3;
          map<string, int32> counts = 4;
          oneof payment { string card = 5; int64 points = 6; }
          optional int32 priority = 7;
          message Line { string sku = 1; repeated int32 qty = 2 [packed = false]; }
          enum State { NEW = 0; DONE = 1; }
        }
    "#;

    fn other() -> Dependency {
        Dependency {
            name: "other.proto".to_owned(),
            subject: "other".to_owned(),
            version: 1,
            text: "syntax = \"proto3\";\npackage other;\nmessage Customer { string name = 1; }\n".into(),
        }
    }

    #[test]
    fn parses_text_with_references_and_well_known_types() {
        let schema = parse(WITH_IMPORT, &[other()]).unwrap();
        assert_eq!(schema.file.package_name(), "shop");
        assert_eq!(schema.first_message().unwrap().full_name(), "shop.Order");
        assert_eq!(schema.referenced_files.get("other.proto"), Some(&("other".to_owned(), 1)));
        let missing = parse(WITH_IMPORT, &[]).unwrap_err();
        assert!(missing.contains("other.proto"), "{missing}");
    }

    #[test]
    fn canonical_text_reparses_to_the_same_canonical_text() {
        let schema = parse(WITH_IMPORT, &[other()]).unwrap();
        let canonical = schema.canonical();
        assert!(canonical.contains("map<string, int32> counts = 4;"), "{canonical}");
        assert!(canonical.contains("optional int32 priority = 7;"), "{canonical}");
        assert!(canonical.contains("oneof payment {"), "{canonical}");
        assert!(!canonical.contains("comment"), "{canonical}");
        let again = parse(&canonical, &[other()]).unwrap();
        assert_eq!(again.canonical(), canonical);
    }

    #[test]
    fn base64_descriptor_is_the_same_schema_as_its_text() {
        let schema = parse(WITH_IMPORT, &[other()]).unwrap();
        let serialized = schema.serialized();
        let from_descriptor = parse(&serialized, &[other()]).unwrap();
        assert_eq!(from_descriptor.canonical(), schema.canonical());
    }

    #[test]
    fn message_indexes_follow_confluent() {
        let text = "syntax = \"proto3\"; message A { message B {} message C { message D {} } } message E {}";
        let schema = parse(text, &[]).unwrap();
        let d = schema.message_at(&[0, 1, 0]).unwrap();
        assert_eq!(d.full_name(), "A.C.D");
        assert_eq!(schema.indexes_of(&d), vec![0, 1, 0]);
        assert_eq!(schema.message_at(&[1]).unwrap().full_name(), "E");
        assert!(schema.message_at(&[2]).is_none());
    }

    #[test]
    fn confluent_builtins_and_options_print_back() {
        let text = r#"syntax = "proto3";
            import "confluent/meta.proto";
            import "confluent/type/decimal.proto";
            message Price {
              option (confluent.message_meta).doc = "a price";
              confluent.type.Decimal amount = 1 [(confluent.field_meta) = { params: [{ key: "precision", value: "8" }] }];
            }"#;
        let schema = parse(text, &[]).unwrap();
        let canonical = schema.canonical();
        assert!(canonical.contains("confluent.message_meta"), "{canonical}");
        assert!(canonical.contains("precision"), "{canonical}");
        assert!(!schema.without_extensions().contains("confluent.field_meta"));
        assert_eq!(parse(&canonical, &[]).unwrap().canonical(), canonical);
    }

    #[test]
    fn message_indexes_round_trip_in_confluent_encoding() {
        assert_eq!(encode_indexes(&[0]), vec![0]);
        assert_eq!(encode_indexes(&[1]), vec![2, 2]);
        assert_eq!(encode_indexes(&[0, 2, 1]), vec![6, 0, 4, 2]);
        for indexes in [vec![0], vec![1], vec![0, 2, 1], vec![70, 300]] {
            let mut bytes = encode_indexes(&indexes);
            bytes.extend_from_slice(b"payload");
            assert_eq!(decode_indexes(&bytes).unwrap(), (indexes, &b"payload"[..]));
        }
        assert!(decode_indexes(&[4, 2]).is_err());
    }

    #[test]
    fn rejects_garbage() {
        assert!(parse("message {", &[]).is_err());
        assert!(parse("aGVsbG8=", &[]).is_err());
    }
}


#[cfg(test)]
mod undefined_options {
    use super::*;

    #[test]
    fn undefined_custom_options_are_ignored_and_defined_ones_kept() {
        for text in [
            "syntax = \"proto3\";\nmessage M { int32 a = 1 [(nope) = true]; }\n",
            "syntax = \"proto3\";\nmessage M { option (nope) = true; int32 a = 1; }\n",
            "syntax = \"proto3\";\nmessage M { oneof c { option (nope).x = 1; int32 a = 1; } }\n",
            "syntax = \"proto3\";\noption (nope) = true;\nmessage M { int32 a = 1; }\n",
            "syntax = \"proto3\";\nenum E { option (nope) = 1; A = 0 [(nope2) = \"x\"]; }\n",
            "syntax = \"proto3\";\nservice S { option (n) = 1; rpc R(M) returns (M) { option (n) = 2; } }\nmessage M {}\n",
        ] {
            assert!(parse(text, &[]).is_ok(), "{text}: {:?}", parse(text, &[]).err());
        }
        // A defined option next to an undefined one is kept.
        let text = "syntax = \"proto3\";\nimport \"confluent/meta.proto\";\nmessage M {\n  oneof c {\n    option (nope) = 1;\n    int32 a = 1 [(confluent.field_meta).doc = \"kept\", (other.nope) = 2];\n  }\n}\n";
        let parsed = parse(text, &[]).unwrap();
        assert!(parsed.canonical().contains("kept"), "{}", parsed.canonical());
        // Other errors are still errors.
        assert!(parse("syntax = \"proto3\";\nmessage M { Nope a = 1 [(nope) = true]; }\n", &[]).is_err());
    }
}
