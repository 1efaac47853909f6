//! Avro schema text: parse, canonical form, and a compatibility check of the
//! schema against itself ([`common::schema_target`]). Any input: an error
//! or a result, never a panic or a stack overflow.
#![no_main]

#[path = "../common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::schema_target(gregor::registry::schema::SchemaType::Avro, data));
