//! Shared by the fuzz targets: run each input on a thread with the stack
//! Gregor's workers have (`gateway::json::STACK_BYTES`), so a deep input
//! is judged by the same bound as in the server, not by libFuzzer's
//! smaller main-thread stack. A panic on that thread is re-raised, so
//! libFuzzer reports it as a crash; one the code under test catches is not.

pub fn on_server_stack(run: impl FnOnce() + Send + 'static) {
    // libfuzzer-sys aborts from its panic hook, even on a panic the code
    // under test catches (Gregor catches prost-reflect's in
    // `registry::protobuf::parse`). Back to Rust's own hook: an uncaught
    // panic still ends the input in libfuzzer-sys's `catch_unwind`, which
    // aborts and reports it.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let handle = std::thread::Builder::new()
        .stack_size(gateway::json::STACK_BYTES)
        .spawn(run)
        .expect("spawning the fuzz thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}

/// The schema-parsing targets: `data` as schema text of `schema_type`,
/// parsed, printed in canonical form (and, for Protobuf, in normalized
/// form, which must parse again to the same text) and checked for compatibility with
/// itself.
#[allow(dead_code)] // not every target parses schemas
pub fn schema_target(schema_type: gregor::registry::schema::SchemaType, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = text.to_owned();
    on_server_stack(move || {
        if let Ok(parsed) = gregor::registry::schema::parse(schema_type, &text, &[]) {
            let _ = parsed.canonical();
            // The normalized Protobuf text (`?normalize=true`) is stored, so
            // it must parse again to a schema that prints the same.
            // (An empty file normalizes to no text; the registry stores its
            // canonical form then.)
            if let gregor::registry::schema::ParsedSchema::Protobuf(schema) = &parsed
                && let normalized = schema.normalized().unwrap_or_else(|e| panic!("{e} for {text:?}"))
                && !normalized.trim().is_empty()
            {
                match gregor::registry::schema::parse(schema_type, &normalized, &[]) {
                    Ok(gregor::registry::schema::ParsedSchema::Protobuf(again)) => {
                        assert_eq!(again.normalized().ok(), Some(normalized), "normalizing twice changed the text of {text:?}");
                    }
                    other => panic!("normalized text of {text:?} does not parse again: {other:?}\n{normalized}"),
                }
            }
            let _ = gregor::registry::compat::backward_compatible(&parsed, &parsed);
        }
    });
}
