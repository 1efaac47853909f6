//! A schema's Confluent `metadata` and `ruleSet` (data contracts): kept
//! with the schema, returned with it, part of its identity (the same text
//! with other metadata or rules is another schema, as in Confluent), and
//! checked on the way in (Confluent `RuleSet.isValid`: 42210).

use serde_json::{Map, Value};

use super::error::{RegistryError, Result};
use crate::storage::record::ConfigValue;

/// Confluent `Rule.kind` values.
const KINDS: &[&str] = &["TRANSFORM", "CONDITION"];
/// Modes a migration rule may have (Confluent `RuleMode.isMigrationRule`).
const MIGRATION_MODES: &[&str] = &["UPGRADE", "DOWNGRADE", "UPDOWN"];
/// Modes a domain or encoding rule may have.
const DOMAIN_MODES: &[&str] = &["WRITE", "READ", "WRITEREAD"];

/// `metadata` and `ruleSet` of one schema, as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemaExtras {
    /// `{"tags": {path: [tag]}, "properties": {k: v}, "sensitive": [field]}`.
    pub metadata: Option<Value>,
    /// `{"migrationRules": [Rule], "domainRules": [Rule], "encodingRules": [Rule]}`.
    pub rule_set: Option<Value>,
}

impl SchemaExtras {
    /// Checks both. A malformed `metadata` is an invalid schema (42201); a
    /// rule set Confluent would refuse is 42210.
    pub fn validate(&self) -> Result<()> {
        if let Some(metadata) = &self.metadata {
            validate_metadata(metadata).map_err(|e| RegistryError::InvalidSchema(format!("invalid metadata: {e}")))?;
        }
        if let Some(rule_set) = &self.rule_set {
            validate_rule_set(rule_set).map_err(RegistryError::InvalidRuleSet)?;
        }
        Ok(())
    }

    /// The part of a schema's identity they make: sorted compact JSON;
    /// empty when neither is set.
    pub fn identity(&self) -> String {
        match (&self.metadata, &self.rule_set) {
            (None, None) => String::new(),
            (metadata, rule_set) => format!(
                "\u{2}{}\u{2}{}",
                metadata.as_ref().map(canonical).unwrap_or_default(),
                rule_set.as_ref().map(canonical).unwrap_or_default()
            ),
        }
    }
}

/// A new version's metadata and rules (Confluent
/// `maybeSetMetadataRuleSet`): each is the version's own, else the
/// previous version's, merged over `config`'s default and under its
/// override.
pub fn for_new_version(own: &SchemaExtras, previous: Option<&SchemaExtras>, config: &ConfigValue) -> SchemaExtras {
    let metadata = own.metadata.as_ref().or_else(|| previous.and_then(|p| p.metadata.as_ref()));
    let rule_set = own.rule_set.as_ref().or_else(|| previous.and_then(|p| p.rule_set.as_ref()));
    let metadata = merge_metadata(merge_metadata(config.default_metadata.as_ref(), metadata).as_ref(), config.override_metadata.as_ref());
    let rule_set = merge_rule_sets(merge_rule_sets(config.default_rule_set.as_ref(), rule_set).as_ref(), config.override_rule_set.as_ref());
    SchemaExtras { metadata, rule_set }
}

/// Confluent `Metadata.mergeMetadata(old, new)`: `tags` and `properties`
/// merged key by key with `new` winning, `sensitive` united; an absent or
/// empty side yields the other.
pub fn merge_metadata(old: Option<&Value>, new: Option<&Value>) -> Option<Value> {
    either_or(old, new, |old, new| {
        let mut merged = Map::new();
        for key in ["tags", "properties"] {
            let value = either_or(non_empty_object(old.get(key)), non_empty_object(new.get(key)), |old, new| {
                let mut map = old.clone();
                map.extend(new.iter().map(|(k, v)| (k.clone(), v.clone())));
                sorted(map)
            });
            if let Some(value) = value {
                merged.insert(key.to_owned(), Value::Object(value));
            }
        }
        let sensitive = either_or(non_empty_array(old.get("sensitive")), non_empty_array(new.get("sensitive")), |old, new| {
            let mut all: Vec<String> = old.iter().chain(new).filter_map(|v| v.as_str().map(str::to_owned)).collect();
            all.sort();
            all.dedup();
            all.into_iter().map(Value::String).collect()
        });
        if let Some(sensitive) = sensitive {
            merged.insert("sensitive".to_owned(), Value::Array(sensitive));
        }
        Value::Object(merged)
    })
}

/// Confluent `RuleSet.mergeRuleSets(old, new)`: per kind of rule, `old`'s
/// rules less those named in `new`, then `new`'s; an absent or empty side
/// yields the other.
pub fn merge_rule_sets(old: Option<&Value>, new: Option<&Value>) -> Option<Value> {
    either_or(old, new, |old, new| {
        let mut merged = Map::new();
        for key in ["migrationRules", "domainRules", "encodingRules"] {
            let rules = either_or(non_empty_array(old.get(key)), non_empty_array(new.get(key)), |old, new| {
                let names: Vec<&Value> = new.iter().filter_map(|r| r.get("name")).collect();
                let kept = old.iter().filter(|r| r.get("name").is_none_or(|n| !names.contains(&n)));
                kept.chain(new).cloned().collect()
            });
            if let Some(rules) = rules {
                merged.insert(key.to_owned(), Value::Array(rules));
            }
        }
        Value::Object(merged)
    })
}

/// Confluent's merge shape: an absent side yields the other; two present
/// ones are combined by `both`.
fn either_or<T: Clone>(old: Option<&T>, new: Option<&T>, both: impl FnOnce(&T, &T) -> T) -> Option<T> {
    match (old, new) {
        (None, new) => new.cloned(),
        (old, None) => old.cloned(),
        (Some(old), Some(new)) => Some(both(old, new)),
    }
}

/// The value of metadata property `name` (for `compatibilityGroup`).
pub fn property<'a>(extras: &'a SchemaExtras, name: &str) -> Option<&'a str> {
    extras.metadata.as_ref()?.get("properties")?.get(name)?.as_str()
}

fn non_empty_object(value: Option<&Value>) -> Option<&Map<String, Value>> {
    value.and_then(Value::as_object).filter(|m| !m.is_empty())
}

fn non_empty_array(value: Option<&Value>) -> Option<&Vec<Value>> {
    value.and_then(Value::as_array).filter(|a| !a.is_empty())
}

/// Keys in order, as Java's `TreeMap` keeps them.
fn sorted(map: Map<String, Value>) -> Map<String, Value> {
    let mut entries: Vec<(String, Value)> = map.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().collect()
}

fn canonical(value: &Value) -> String {
    super::json::canonical(value)
}

fn validate_metadata(metadata: &Value) -> Result<(), String> {
    let Value::Object(map) = metadata else { return Err("metadata must be an object".to_owned()) };
    if let Some(tags) = map.get("tags").filter(|v| !v.is_null()) {
        let Value::Object(tags) = tags else { return Err("tags must map paths to lists of tags".to_owned()) };
        if tags.values().any(|v| !v.as_array().is_some_and(|a| a.iter().all(Value::is_string))) {
            return Err("tags must map paths to lists of tags".to_owned());
        }
    }
    let present = |key: &str| map.get(key).filter(|v| !v.is_null());
    if present("properties").is_some_and(|p| !p.as_object().is_some_and(|p| p.values().all(Value::is_string))) {
        return Err("properties must map names to strings".to_owned());
    }
    if present("sensitive").is_some_and(|s| !s.as_array().is_some_and(|a| a.iter().all(Value::is_string))) {
        return Err("sensitive must be a list of field names".to_owned());
    }
    Ok(())
}

fn validate_rule_set(rule_set: &Value) -> Result<(), String> {
    let Value::Object(map) = rule_set else { return Err("ruleSet must be an object".to_owned()) };
    // Confluent `RuleSet.enableAt` (CP 8): where the rules run.
    if let Some(enable_at) = map.get("enableAt").filter(|v| !v.is_null()) {
        const WHERE: [&str; 5] = ["ALL", "CLIENT", "GATEWAY", "SERVER", "NONE"];
        if !enable_at.as_str().is_some_and(|w| WHERE.contains(&w)) {
            return Err(format!("enableAt {enable_at} is not one of {}", WHERE.join(", ")));
        }
    }
    let mut names = std::collections::HashSet::new();
    for (group, modes) in [("migrationRules", MIGRATION_MODES), ("domainRules", DOMAIN_MODES), ("encodingRules", DOMAIN_MODES)] {
        let Some(rules) = map.get(group).filter(|v| !v.is_null()) else { continue };
        let Value::Array(rules) = rules else { return Err(format!("{group} must be a list of rules")) };
        for rule in rules {
            let Value::Object(rule) = rule else { return Err(format!("{group} must be a list of rules")) };
            let name = text(rule, "name").ok_or_else(|| format!("a rule in {group} has no name"))?;
            if !names.insert(name.to_owned()) {
                return Err(format!("Found duplicate name {name}"));
            }
            let kind = text(rule, "kind").unwrap_or("TRANSFORM");
            if !KINDS.contains(&kind) {
                return Err(format!("rule {name}: kind {kind} is not TRANSFORM or CONDITION"));
            }
            let mode = text(rule, "mode").ok_or_else(|| format!("rule {name} has no mode"))?;
            if !modes.contains(&mode) {
                return Err(format!("rule {name}: mode {mode} is not allowed in {group} (one of {})", modes.join(", ")));
            }
            if text(rule, "type").is_none() {
                return Err(format!("rule {name} has no type"));
            }
            // The other fields as Confluent's `Rule` types them.
            let typed = |key: &str, ok: fn(&Value) -> bool| rule.get(key).is_none_or(|v| v.is_null() || ok(v));
            for key in ["doc", "expr", "onSuccess", "onFailure"] {
                if !typed(key, Value::is_string) {
                    return Err(format!("rule {name}: {key} must be a string"));
                }
            }
            if !typed("disabled", Value::is_boolean) {
                return Err(format!("rule {name}: disabled must be a boolean"));
            }
            if !typed("tags", |v| v.as_array().is_some_and(|a| a.iter().all(Value::is_string))) {
                return Err(format!("rule {name}: tags must be a list of strings"));
            }
            if !typed("params", |v| v.as_object().is_some_and(|o| o.values().all(Value::is_string))) {
                return Err(format!("rule {name}: params must map names to strings"));
            }
        }
    }
    Ok(())
}

/// A non-empty string field.
fn text<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    map.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn rule_set_fields_are_typed_as_confluents() {
        let rule = |extra: Value| {
            let mut rule = json!({"name": "r", "kind": "CONDITION", "mode": "WRITE", "type": "CEL"});
            rule.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
            validate_rule_set(&json!({"domainRules": [rule]}))
        };
        assert!(rule(json!({"params": {"a": "b"}, "tags": ["PII"], "disabled": false, "expr": "true"})).is_ok());
        for bad in [json!({"params": {"a": 1}}), json!({"tags": "PII"}), json!({"disabled": "no"}), json!({"expr": 3})] {
            assert!(rule(bad.clone()).is_err(), "{bad}");
        }
        assert!(validate_rule_set(&json!({"enableAt": "CLIENT"})).is_ok());
        assert!(validate_rule_set(&json!({"enableAt": "SOMEWHERE"})).is_err());
    }

    #[test]
    fn rule_sets_follow_confluent() {
        let ok = SchemaExtras {
            metadata: Some(json!({"properties": {"owner": "team-a"}, "tags": {"$.ssn": ["PII"]}})),
            rule_set: Some(json!({"domainRules": [{"name": "checkSsn", "kind": "CONDITION", "mode": "WRITE", "type": "CEL", "expr": "size(message.ssn) == 9"}],
                                  "migrationRules": [{"name": "up", "kind": "TRANSFORM", "mode": "UPGRADE", "type": "JSONATA"}]})),
        };
        ok.validate().unwrap();
        let code = |rule_set: Value| SchemaExtras { metadata: None, rule_set: Some(rule_set) }.validate().unwrap_err().error_code();
        assert_eq!(code(json!({"domainRules": [{"name": "r", "kind": "CONDITION", "mode": "UPGRADE", "type": "CEL"}]})), 42210);
        assert_eq!(code(json!({"domainRules": [{"name": "r", "kind": "SOMETIMES", "mode": "WRITE", "type": "CEL"}]})), 42210);
        assert_eq!(code(json!({"domainRules": [{"kind": "CONDITION", "mode": "WRITE", "type": "CEL"}]})), 42210);
        assert_eq!(
            code(json!({"domainRules": [{"name": "r", "mode": "WRITE", "type": "CEL"}, {"name": "r", "mode": "READ", "type": "CEL"}]})),
            42210
        );
        let bad_metadata = SchemaExtras { metadata: Some(json!({"properties": {"n": 1}})), rule_set: None };
        assert_eq!(bad_metadata.validate().unwrap_err().error_code(), 42201);
        assert_ne!(ok.identity(), SchemaExtras::default().identity());
        assert_eq!(SchemaExtras::default().identity(), "");
    }
}
