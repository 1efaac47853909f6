//! JSON Schema text: parse, canonical form, and a compatibility check of
//! the schema against itself. Any input: an error or a result, never a
//! panic or a stack overflow.
#![no_main]

#[path = "../common.rs"]
mod common;

use gregor::registry::compat;
use gregor::registry::schema::{self, SchemaType};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = text.to_owned();
    common::on_server_stack(move || {
        if let Ok(parsed) = schema::parse(SchemaType::Json, &text, &[]) {
            let _ = parsed.canonical();
            let _ = compat::backward_compatible(&parsed, &parsed);
        }
    });
});
