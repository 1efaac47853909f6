//! Schema GUIDs (Confluent 8.0): a content address, the MD5 of a schema's
//! stored text, references, metadata and rule set, written as a UUID
//! (`MD5.toString()`). Equal schemas get equal GUIDs on every registry
//! that stores the same text, Confluent's included.

use base64::Engine;
use openssl::hash::{Hasher, MessageDigest};
use serde_json::Value;

use super::rules::SchemaExtras;
use super::schema::Reference;

/// The GUID of a schema as stored: `md5` is the base64 MD5 a `_schemas`
/// record may carry (Confluent `SchemaValue.md5`), used when present;
/// otherwise the MD5 is computed as Confluent's `Schema.updateHash` does:
/// the text's UTF-8 bytes; each reference's name, subject and version
/// (4 bytes, big-endian); then, when present, a 1 byte and the metadata
/// (tags by sorted key with sorted values, properties by sorted key,
/// sorted sensitive names); then, when present, a 1 byte and the rule set
/// (`Rule.updateHash` per rule in `migrationRules`, `domainRules`,
/// `encodingRules`, then `enableAt`).
/// The GUID is lower-case hyphenated (Java `UUID.toString`).
pub fn of(md5: Option<&str>, text: &str, references: &[Reference], extras: &SchemaExtras) -> String {
    if let Some(bytes) = md5.and_then(|m| base64::engine::general_purpose::STANDARD.decode(m).ok()) {
        if let Ok(bytes) = <[u8; 16]>::try_from(bytes.as_slice()) {
            return uuid::Uuid::from_bytes(bytes).hyphenated().to_string();
        }
    }
    let mut digest = Digest::new();
    digest.text(text);
    for reference in references {
        digest.text(&reference.name);
        digest.text(&reference.subject);
        digest.update(&reference.version.to_be_bytes());
    }
    if let Some(metadata) = &extras.metadata {
        digest.update(&[1]);
        metadata_hash(&mut digest, metadata);
    }
    if let Some(rule_set) = &extras.rule_set {
        digest.update(&[1]);
        for kind in ["migrationRules", "domainRules", "encodingRules"] {
            for rule in rule_set.get(kind).and_then(Value::as_array).into_iter().flatten() {
                rule_hash(&mut digest, rule);
            }
        }
        if let Some(enable_at) = rule_set.get("enableAt").and_then(Value::as_str) {
            digest.text(enable_at);
        }
    }
    uuid::Uuid::from_bytes(digest.finish()).hyphenated().to_string()
}

/// A GUID as a client may write it (Confluent `MD5.fromString`: a UUID, or
/// 32 hex digits), in the form [`of`] gives; `None` when it is neither.
pub fn parse(text: &str) -> Option<String> {
    uuid::Uuid::try_parse(text).ok().map(|u| u.hyphenated().to_string())
}

/// Confluent `Metadata.updateHash`.
fn metadata_hash(digest: &mut Digest, metadata: &Value) {
    if let Some(tags) = metadata.get("tags").and_then(Value::as_object) {
        let mut keys: Vec<&String> = tags.keys().collect();
        keys.sort();
        for key in keys {
            digest.text(key);
            for value in sorted_texts(tags.get(key)) {
                digest.text(value);
            }
        }
    }
    string_map_hash(digest, metadata.get("properties"));
    for name in sorted_texts(metadata.get("sensitive")) {
        digest.text(name);
    }
}

/// Confluent `Rule.updateHash`: name, doc, kind, mode, type, sorted tags,
/// params by sorted key, expr, onSuccess, onFailure, then a 1 byte when
/// disabled. Absent fields add nothing.
fn rule_hash(digest: &mut Digest, rule: &Value) {
    for field in ["name", "doc", "kind", "mode", "type"] {
        if let Some(text) = rule.get(field).and_then(Value::as_str) {
            digest.text(text);
        }
    }
    for tag in sorted_texts(rule.get("tags")) {
        digest.text(tag);
    }
    string_map_hash(digest, rule.get("params"));
    for field in ["expr", "onSuccess", "onFailure"] {
        if let Some(text) = rule.get(field).and_then(Value::as_str) {
            digest.text(text);
        }
    }
    if rule.get("disabled").and_then(Value::as_bool) == Some(true) {
        digest.update(&[1]);
    }
}

/// A Java `SortedMap<String, String>`: each key, then its value, by key.
fn string_map_hash(digest: &mut Digest, map: Option<&Value>) {
    let Some(map) = map.and_then(Value::as_object) else { return };
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    for (key, value) in entries {
        digest.text(key);
        digest.text(value.as_str().unwrap_or_default());
    }
}

/// The strings of a JSON array, sorted and without repeats (a Java
/// `SortedSet`).
fn sorted_texts(list: Option<&Value>) -> Vec<&str> {
    let mut texts: Vec<&str> = list.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// MD5 through OpenSSL, which Gregor links already.
struct Digest(Hasher);

impl Digest {
    fn new() -> Self {
        Self(Hasher::new(MessageDigest::md5()).expect("OpenSSL provides MD5"))
    }

    fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes).expect("MD5 update");
    }

    fn text(&mut self, text: &str) {
        self.update(text.as_bytes());
    }

    fn finish(mut self) -> [u8; 16] {
        let digest = self.0.finish().expect("MD5 finish");
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest);
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_is_the_md5_of_the_text_as_a_uuid() {
        let plain = of(None, "\"string\"", &[], &SchemaExtras::default());
        let expected = {
            let digest = openssl::hash::hash(MessageDigest::md5(), b"\"string\"").unwrap();
            uuid::Uuid::from_slice(&digest).unwrap().hyphenated().to_string()
        };
        assert_eq!(plain, expected);
        // A reference, metadata or rules make another GUID.
        let reference = Reference { name: "a".into(), subject: "s".into(), version: 1 };
        assert_ne!(of(None, "\"string\"", &[reference], &SchemaExtras::default()), plain);
        let extras = SchemaExtras { metadata: Some(serde_json::json!({})), rule_set: None };
        assert_ne!(of(None, "\"string\"", &[], &extras), plain);
        // Map order does not matter (Java sorted maps).
        let a = SchemaExtras { metadata: Some(serde_json::json!({"properties": {"a": "1", "b": "2"}})), rule_set: None };
        let b = SchemaExtras { metadata: Some(serde_json::json!({"properties": {"b": "2", "a": "1"}})), rule_set: None };
        assert_eq!(of(None, "x", &[], &a), of(None, "x", &[], &b));
        // A stored md5 wins.
        let stored = base64::engine::general_purpose::STANDARD.encode([0xabu8; 16]);
        assert_eq!(of(Some(&stored), "x", &[], &SchemaExtras::default()), "abababab-abab-abab-abab-abababababab");
    }

    #[test]
    fn guids_parse_as_uuids_or_hex() {
        let guid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        assert_eq!(parse(guid).as_deref(), Some(guid));
        assert_eq!(parse(&guid.to_uppercase()).as_deref(), Some(guid));
        assert_eq!(parse(&guid.replace('-', "")).as_deref(), Some(guid));
        assert_eq!(parse("nope"), None);
    }
}
