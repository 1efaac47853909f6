//! The `_schemas` topic record format shared with Confluent and Karapace
//! (confluent-api.md §4.3): UTF-8 compact JSON keys and values.
//!
//! Keys are written in Confluent's canonical field order
//! (`keytype, subject, version, magic`) unless the topic was started by an
//! old Karapace, whose order (`subject, version, magic, keytype`) must then be
//! kept so compaction supersedes its records ([`KeyMode`]). Both orders are
//! read. An empty value and a null value both mean deletion.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::registry::schema::Reference;

/// The field order keys are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMode {
    /// Confluent's `@JsonPropertyOrder`: `keytype` first.
    Canonical,
    /// Old Karapace (`KeyMode.DEPRECATED_KARAPACE`): `keytype` last.
    DeprecatedKarapace,
}

/// A `_schemas` record key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordKey {
    /// `SCHEMA`: one version of a subject.
    Schema {
        /// Subject name.
        subject: String,
        /// Version within the subject.
        version: i32,
    },
    /// `CONFIG`: compatibility config, global when `subject` is `None`.
    Config {
        /// Subject name, or `None` for the global config.
        subject: Option<String>,
    },
    /// `DELETE_SUBJECT`: soft-delete every version up to the value's.
    DeleteSubject {
        /// Subject name.
        subject: String,
    },
    /// `MODE`: the registry mode, global when `subject` is `None`.
    Mode {
        /// Subject name, or `None` for the global mode.
        subject: Option<String>,
    },
    /// `CONTEXT`: a schema context exists (Confluent `ContextKey`).
    Context {
        /// The tenant (`default`).
        tenant: String,
        /// The context, e.g. `.orders`.
        context: String,
    },
    /// `NOOP`: written to find the end of the topic; carries nothing.
    Noop,
    /// A key type Gregor does not act on yet (`CLEAR_SUBJECT`, `ASSOC`,
    /// …): skipped.
    Other(String),
}

/// A key that is not a `_schemas` key at all.
#[derive(Debug, thiserror::Error)]
#[error("not a schema registry key: {0}")]
pub struct BadKey(String);

impl RecordKey {
    /// Parses a key in either field order; also says which order it used.
    pub fn parse(bytes: &[u8]) -> Result<(Self, KeyMode), BadKey> {
        let value: Value = serde_json::from_slice(bytes).map_err(|e| BadKey(e.to_string()))?;
        let object = value.as_object().ok_or_else(|| BadKey("key is not an object".to_owned()))?;
        let keytype = object.get("keytype").and_then(Value::as_str).ok_or_else(|| BadKey("no keytype".to_owned()))?;
        let mode = if object.keys().next().map(String::as_str) == Some("keytype") {
            KeyMode::Canonical
        } else {
            KeyMode::DeprecatedKarapace
        };
        let subject = || object.get("subject").and_then(Value::as_str).map(str::to_owned);
        let key = match keytype {
            "SCHEMA" => Self::Schema {
                subject: subject().ok_or_else(|| BadKey("SCHEMA key without subject".to_owned()))?,
                version: object
                    .get("version")
                    .and_then(Value::as_i64)
                    .and_then(|v| i32::try_from(v).ok())
                    .ok_or_else(|| BadKey("SCHEMA key without version".to_owned()))?,
            },
            "CONFIG" => Self::Config { subject: subject() },
            "MODE" => Self::Mode { subject: subject() },
            "CONTEXT" => Self::Context {
                tenant: object.get("tenant").and_then(Value::as_str).unwrap_or("default").to_owned(),
                context: object
                    .get("context")
                    .and_then(Value::as_str)
                    .ok_or_else(|| BadKey("CONTEXT key without context".to_owned()))?
                    .to_owned(),
            },
            "DELETE_SUBJECT" => Self::DeleteSubject {
                subject: subject().ok_or_else(|| BadKey("DELETE_SUBJECT key without subject".to_owned()))?,
            },
            "NOOP" => Self::Noop,
            other => Self::Other(other.to_owned()),
        };
        Ok((key, mode))
    }

    /// Encodes the key as compact JSON in the given field order.
    pub fn encode(&self, mode: KeyMode) -> Vec<u8> {
        let value = match (self, mode) {
            (Self::Schema { subject, version }, KeyMode::Canonical) => {
                json!({"keytype": "SCHEMA", "subject": subject, "version": version, "magic": 1})
            }
            (Self::Schema { subject, version }, KeyMode::DeprecatedKarapace) => {
                json!({"subject": subject, "version": version, "magic": 1, "keytype": "SCHEMA"})
            }
            (Self::Config { subject }, KeyMode::Canonical) => json!({"keytype": "CONFIG", "subject": subject, "magic": 0}),
            (Self::Config { subject }, KeyMode::DeprecatedKarapace) => {
                json!({"subject": subject, "magic": 0, "keytype": "CONFIG"})
            }
            (Self::DeleteSubject { subject }, KeyMode::Canonical) => {
                json!({"keytype": "DELETE_SUBJECT", "subject": subject, "magic": 0})
            }
            (Self::DeleteSubject { subject }, KeyMode::DeprecatedKarapace) => {
                json!({"subject": subject, "magic": 0, "keytype": "DELETE_SUBJECT"})
            }
            (Self::Mode { subject }, KeyMode::Canonical) => json!({"keytype": "MODE", "subject": subject, "magic": 0}),
            (Self::Mode { subject }, KeyMode::DeprecatedKarapace) => json!({"subject": subject, "magic": 0, "keytype": "MODE"}),
            (Self::Context { tenant, context }, KeyMode::Canonical) => {
                json!({"keytype": "CONTEXT", "tenant": tenant, "context": context})
            }
            (Self::Context { tenant, context }, KeyMode::DeprecatedKarapace) => {
                json!({"tenant": tenant, "context": context, "keytype": "CONTEXT"})
            }
            (Self::Noop, KeyMode::Canonical) => json!({"keytype": "NOOP", "magic": 0}),
            (Self::Noop, KeyMode::DeprecatedKarapace) => json!({"magic": 0, "keytype": "NOOP"}),
            (Self::Other(keytype), _) => json!({"keytype": keytype, "magic": 0}),
        };
        serde_json::to_vec(&value).unwrap_or_default()
    }
}

/// Value of a `SCHEMA` record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchemaValue {
    /// Subject name.
    pub subject: String,
    /// Version within the subject.
    pub version: i32,
    /// Global schema id.
    pub id: i32,
    /// Schema text.
    pub schema: String,
    /// Soft-deleted.
    #[serde(default)]
    pub deleted: bool,
    /// `JSON` or `PROTOBUF`; absent for AVRO.
    #[serde(rename = "schemaType", default, skip_serializing_if = "Option::is_none")]
    pub schema_type: Option<String>,
    /// References; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_empty")]
    pub references: Vec<Reference>,
    /// Confluent `Metadata` (`tags`, `properties`, `sensitive`), as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    /// Confluent `RuleSet` (`migrationRules`, `domainRules`, …), as given.
    #[serde(rename = "ruleSet", default, skip_serializing_if = "Option::is_none")]
    pub rule_set: Option<serde_json::Value>,
    /// Confluent `SchemaValue.md5`: the schema's MD5, base64, when the
    /// writer stored one (its GUID, see `registry::guid`); Gregor leaves it
    /// out and computes the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub md5: Option<String>,
}

/// Value of a `CONFIG` record (Confluent `ConfigValue`, the fields of
/// `ConfigUpdateRequest`). Fields Gregor does not act on
/// (`validateRules`, `compatibilityPolicy`, `aliasForDeks`, …) are kept in
/// `other` and written back unchanged, so Confluent reads what it wrote.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConfigValue {
    /// Compatibility level name.
    #[serde(rename = "compatibilityLevel", default, skip_serializing_if = "Option::is_none")]
    pub compatibility_level: Option<String>,
    /// Normalize schemas by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalize: Option<bool>,
    /// The subject this one is an alias of: reads of this subject's
    /// versions answer the other's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Validate Avro field names on register.
    #[serde(rename = "validateFields", default, skip_serializing_if = "Option::is_none")]
    pub validate_fields: Option<bool>,
    /// A metadata property: new versions are checked only against earlier
    /// ones with the same value of it.
    #[serde(rename = "compatibilityGroup", default, skip_serializing_if = "Option::is_none")]
    pub compatibility_group: Option<String>,
    /// Metadata under a new version's own (Confluent `Metadata`).
    #[serde(rename = "defaultMetadata", default, skip_serializing_if = "Option::is_none")]
    pub default_metadata: Option<serde_json::Value>,
    /// Metadata over a new version's own.
    #[serde(rename = "overrideMetadata", default, skip_serializing_if = "Option::is_none")]
    pub override_metadata: Option<serde_json::Value>,
    /// Rules under a new version's own (Confluent `RuleSet`).
    #[serde(rename = "defaultRuleSet", default, skip_serializing_if = "Option::is_none")]
    pub default_rule_set: Option<serde_json::Value>,
    /// Rules over a new version's own.
    #[serde(rename = "overrideRuleSet", default, skip_serializing_if = "Option::is_none")]
    pub override_rule_set: Option<serde_json::Value>,
    /// Every other field, as written.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl ConfigValue {
    /// `self` with every field `update` sets replaced (Confluent updates a
    /// config field by field); null fields of `update` change nothing.
    pub fn updated(&self, update: &ConfigValue) -> ConfigValue {
        let mut other = self.other.clone();
        for (key, value) in &update.other {
            if !value.is_null() {
                other.insert(key.clone(), value.clone());
            }
        }
        ConfigValue {
            compatibility_level: update.compatibility_level.clone().or_else(|| self.compatibility_level.clone()),
            normalize: update.normalize.or(self.normalize),
            alias: update.alias.clone().or_else(|| self.alias.clone()),
            validate_fields: update.validate_fields.or(self.validate_fields),
            compatibility_group: update.compatibility_group.clone().or_else(|| self.compatibility_group.clone()),
            default_metadata: update.default_metadata.clone().or_else(|| self.default_metadata.clone()),
            override_metadata: update.override_metadata.clone().or_else(|| self.override_metadata.clone()),
            default_rule_set: update.default_rule_set.clone().or_else(|| self.default_rule_set.clone()),
            override_rule_set: update.override_rule_set.clone().or_else(|| self.override_rule_set.clone()),
            other,
        }
    }
}

/// Value of a `MODE` record (Confluent `ModeValue`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeValue {
    /// `READWRITE`, `READONLY`, `READONLY_OVERRIDE`, `IMPORT` or `FORWARD`.
    pub mode: String,
}

/// Value of a `DELETE_SUBJECT` record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteSubjectValue {
    /// Subject name.
    pub subject: String,
    /// Versions up to this one are soft-deleted.
    pub version: i32,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Reference>, D::Error> {
    Ok(Option::<Vec<Reference>>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_values_keep_fields_gregor_does_not_act_on() {
        let written = r#"{"compatibilityLevel":"FULL","alias":"a","compatibilityPolicy":"x","validateRules":true}"#;
        let value: ConfigValue = serde_json::from_str(written).unwrap();
        assert_eq!(value.alias.as_deref(), Some("a"));
        assert_eq!(value.other.get("compatibilityPolicy"), Some(&serde_json::json!("x")));
        let back: serde_json::Value = serde_json::to_value(&value).unwrap();
        assert_eq!(back, serde_json::from_str::<serde_json::Value>(written).unwrap());
        let update = ConfigValue { normalize: Some(true), ..ConfigValue::default() };
        let updated = value.updated(&update);
        assert_eq!((updated.normalize, updated.compatibility_level.as_deref()), (Some(true), Some("FULL")));
        assert_eq!(updated.other, value.other);
    }

    #[test]
    fn keys_parse_in_both_orders_and_encode_byte_exact() {
        let confluent = br#"{"keytype":"SCHEMA","subject":"s","version":2,"magic":1}"#;
        let karapace = br#"{"subject":"s","version":2,"magic":1,"keytype":"SCHEMA"}"#;
        let (key, mode) = RecordKey::parse(confluent).unwrap();
        assert_eq!(mode, KeyMode::Canonical);
        assert_eq!(key, RecordKey::Schema { subject: "s".into(), version: 2 });
        assert_eq!(key.encode(KeyMode::Canonical), confluent);
        let (key2, mode2) = RecordKey::parse(karapace).unwrap();
        assert_eq!((key2.clone(), mode2), (key, KeyMode::DeprecatedKarapace));
        assert_eq!(key2.encode(KeyMode::DeprecatedKarapace), karapace);
        assert_eq!(
            RecordKey::Config { subject: None }.encode(KeyMode::Canonical),
            br#"{"keytype":"CONFIG","subject":null,"magic":0}"#
        );
        assert_eq!(RecordKey::Noop.encode(KeyMode::Canonical), br#"{"keytype":"NOOP","magic":0}"#);
        let mode = br#"{"keytype":"MODE","subject":null,"magic":0}"#;
        assert_eq!(RecordKey::parse(mode).unwrap().0, RecordKey::Mode { subject: None });
        assert_eq!(RecordKey::Mode { subject: None }.encode(KeyMode::Canonical), mode);
        assert_eq!(
            RecordKey::Mode { subject: Some("s".into()) }.encode(KeyMode::DeprecatedKarapace),
            br#"{"subject":"s","magic":0,"keytype":"MODE"}"#
        );
        let clear = br#"{"keytype":"CLEAR_SUBJECT","subject":"s","magic":0}"#;
        assert!(matches!(RecordKey::parse(clear).unwrap().0, RecordKey::Other(_)));
        assert!(RecordKey::parse(b"not json").is_err());
    }

    #[test]
    fn schema_values_tolerate_confluent_extras() {
        let v: SchemaValue = serde_json::from_str(
            r#"{"subject":"s","version":1,"id":3,"md5":"x","schemaType":"JSON","references":null,"schema":"{}","deleted":false,"metadata":null}"#,
        )
        .unwrap();
        assert_eq!(v.id, 3);
        assert!(v.references.is_empty());
        let out = serde_json::to_string(&SchemaValue { schema_type: None, ..v }).unwrap();
        // Confluent's `md5` is kept and written back; the other extras go.
        assert_eq!(out, r#"{"subject":"s","version":1,"id":3,"schema":"{}","deleted":false,"md5":"x"}"#);
    }
}
