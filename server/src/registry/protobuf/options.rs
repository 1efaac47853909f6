//! Custom options that name no defined extension.
//!
//! Confluent parses `.proto` text with Wire, which does not resolve custom
//! options: `option (undefined) = 1;` on a file, message, field, oneof,
//! enum, value, service or method is accepted, and only the options
//! Confluent knows (`confluent.*_meta`, features, …) reach its descriptor.
//! protox refuses such a name ("name 'x' is not defined"), so a text that
//! fails that way is compiled again without the custom options whose
//! extension cannot be found from where they are written.

use prost_reflect::DescriptorPool;
use prost_types::{DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto, UninterpretedOption};

/// Whether a compiler error is the one an undefined option name gives.
pub(super) fn is_undefined_name(error: &str) -> bool {
    error.contains("is not defined")
}

/// `file` without any custom (extension) option: compiles whenever only
/// undefined options stood in the way, so its pool tells which are defined.
pub(super) fn without_custom(file: &FileDescriptorProto) -> FileDescriptorProto {
    let mut file = file.clone();
    each_option_list(&mut file, &mut |options, _| options.retain(|o| !is_custom(o)));
    file
}

/// `file` keeping only the custom options whose extension `pool` defines,
/// resolved from the scope they are written in (protobuf's name lookup:
/// innermost scope first, a leading `.` for a full name).
pub(super) fn without_undefined(file: &FileDescriptorProto, pool: &DescriptorPool) -> FileDescriptorProto {
    let mut file = file.clone();
    each_option_list(&mut file, &mut |options, scope| {
        options.retain(|option| {
            let Some(part) = option.name.iter().find(|p| p.is_extension) else { return true };
            resolves(pool, scope, &part.name_part)
        });
    });
    file
}

fn is_custom(option: &UninterpretedOption) -> bool {
    option.name.iter().any(|part| part.is_extension)
}

fn resolves(pool: &DescriptorPool, scope: &str, name: &str) -> bool {
    if let Some(full) = name.strip_prefix('.') {
        return pool.get_extension_by_name(full).is_some();
    }
    let mut scope = scope;
    loop {
        let candidate = if scope.is_empty() { name.to_owned() } else { format!("{scope}.{name}") };
        if pool.get_extension_by_name(&candidate).is_some() {
            return true;
        }
        if scope.is_empty() {
            return false;
        }
        scope = scope.rsplit_once('.').map_or("", |(outer, _)| outer);
    }
}

/// Calls `f` on every list of uninterpreted options in `file`, with the
/// scope (package, then enclosing messages) names in them resolve from.
fn each_option_list(file: &mut FileDescriptorProto, f: &mut dyn FnMut(&mut Vec<UninterpretedOption>, &str)) {
    let package = file.package().to_owned();
    if let Some(options) = file.options.as_mut() {
        f(&mut options.uninterpreted_option, &package);
    }
    for message in &mut file.message_type {
        message_options(message, &package, f);
    }
    for enumeration in &mut file.enum_type {
        enum_options(enumeration, &package, f);
    }
    fields_options(&mut file.extension, &package, f);
    for service in &mut file.service {
        if let Some(options) = service.options.as_mut() {
            f(&mut options.uninterpreted_option, &package);
        }
        for method in &mut service.method {
            if let Some(options) = method.options.as_mut() {
                f(&mut options.uninterpreted_option, &package);
            }
        }
    }
}

fn message_options(message: &mut DescriptorProto, outer: &str, f: &mut dyn FnMut(&mut Vec<UninterpretedOption>, &str)) {
    let scope = if outer.is_empty() { message.name().to_owned() } else { format!("{outer}.{}", message.name()) };
    if let Some(options) = message.options.as_mut() {
        f(&mut options.uninterpreted_option, &scope);
    }
    fields_options(&mut message.field, &scope, f);
    fields_options(&mut message.extension, &scope, f);
    for oneof in &mut message.oneof_decl {
        if let Some(options) = oneof.options.as_mut() {
            f(&mut options.uninterpreted_option, &scope);
        }
    }
    for range in &mut message.extension_range {
        if let Some(options) = range.options.as_mut() {
            f(&mut options.uninterpreted_option, &scope);
        }
    }
    for nested in &mut message.nested_type {
        message_options(nested, &scope, f);
    }
    for enumeration in &mut message.enum_type {
        enum_options(enumeration, &scope, f);
    }
}

fn fields_options(fields: &mut [FieldDescriptorProto], scope: &str, f: &mut dyn FnMut(&mut Vec<UninterpretedOption>, &str)) {
    for field in fields {
        if let Some(options) = field.options.as_mut() {
            f(&mut options.uninterpreted_option, scope);
        }
    }
}

fn enum_options(enumeration: &mut EnumDescriptorProto, scope: &str, f: &mut dyn FnMut(&mut Vec<UninterpretedOption>, &str)) {
    if let Some(options) = enumeration.options.as_mut() {
        f(&mut options.uninterpreted_option, scope);
    }
    for value in &mut enumeration.value {
        if let Some(options) = value.options.as_mut() {
            f(&mut options.uninterpreted_option, scope);
        }
    }
}
