//! The registry's in-memory model, built only by applying `_schemas`
//! records in offset order ([`State::apply`]). Writes never touch it
//! directly: they produce a record and wait for the reader to apply it, so
//! every node (and every restart) sees the same state.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::schema::{self, Dependency, Reference, SchemaType};
use super::context;
use super::mode::Mode;
use super::rules::SchemaExtras;
use crate::storage::record::{ConfigValue, DeleteSubjectValue, KeyMode, ModeValue, RecordKey, SchemaValue};

/// A schema by id.
#[derive(Debug)]
pub struct StoredSchema {
    /// Global id.
    pub id: i32,
    /// Its type.
    pub schema_type: SchemaType,
    /// The text as stored in `_schemas`.
    pub text: Arc<str>,
    /// Referenced subject versions.
    pub references: Vec<Reference>,
    /// Its `metadata` and `ruleSet`.
    pub extras: SchemaExtras,
    /// The context whose id it is (`.` by default).
    pub context: String,
    /// Identity key: type, canonical form, references, metadata and rules.
    pub fingerprint: String,
    /// Content address (Confluent 8.0 `guid`, see [`super::guid`]).
    pub guid: String,
    /// The MD5 its `_schemas` record carried, if any (written back as read).
    pub md5: Option<String>,
}

/// One version of a subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionEntry {
    /// Schema id.
    pub id: i32,
    /// Soft-deleted.
    pub deleted: bool,
}

/// A subject's versions, soft-deleted ones included.
#[derive(Debug, Default)]
pub struct Subject {
    /// Versions by number.
    pub versions: BTreeMap<i32, VersionEntry>,
}

impl Subject {
    /// Live (not soft-deleted) versions, ascending.
    pub fn live(&self) -> impl DoubleEndedIterator<Item = (i32, VersionEntry)> + '_ {
        self.versions.iter().filter(|(_, v)| !v.deleted).map(|(n, v)| (*n, *v))
    }

    /// Versions, soft-deleted ones too when `deleted`.
    pub fn visible(&self, deleted: bool) -> impl DoubleEndedIterator<Item = (i32, VersionEntry)> + '_ {
        self.versions.iter().filter(move |(_, v)| deleted || !v.deleted).map(|(n, v)| (*n, *v))
    }

    /// Whether any version is live.
    pub fn has_live(&self) -> bool {
        self.versions.values().any(|v| !v.deleted)
    }
}

/// The schema ids of one context (each context numbers its own).
#[derive(Debug, Default)]
pub struct ContextIds {
    /// Schemas by id.
    pub schemas: HashMap<i32, Arc<StoredSchema>>,
    /// Schema id by fingerprint.
    pub fingerprints: HashMap<String, i32>,
    /// Schema id by GUID (the first id registered with that content).
    pub guids: HashMap<String, i32>,
    /// Highest schema id ever seen here (ids are never reused).
    pub max_id: i32,
}

/// Everything the registry knows, as replayed from `_schemas`.
#[derive(Debug)]
pub struct State {
    /// Schema ids by context (`.` is the default context).
    pub ids: HashMap<String, ContextIds>,
    /// Contexts declared by `CONTEXT` records.
    pub contexts: std::collections::BTreeSet<String>,
    /// Subjects by name (qualified outside the default context), sorted.
    pub subjects: BTreeMap<String, Subject>,
    /// Global config, when one was written.
    pub global_config: Option<ConfigValue>,
    /// Subject-level configs.
    pub subject_configs: HashMap<String, ConfigValue>,
    /// Global mode, when one was written.
    pub global_mode: Option<Mode>,
    /// Subject-level modes.
    pub subject_modes: HashMap<String, Mode>,
    /// Key order to write in, detected from the records read.
    pub key_mode: KeyMode,
    /// Offset of the last record applied; -1 before any.
    pub applied_offset: i64,
    /// Records skipped as unreadable or of a kind not handled.
    pub skipped_records: u64,
}

impl Default for State {
    fn default() -> Self {
        Self {
            ids: HashMap::new(),
            contexts: std::collections::BTreeSet::new(),
            subjects: BTreeMap::new(),
            global_config: None,
            subject_configs: HashMap::new(),
            global_mode: None,
            subject_modes: HashMap::new(),
            key_mode: KeyMode::Canonical,
            applied_offset: -1,
            skipped_records: 0,
        }
    }
}

impl State {
    /// Applies one `_schemas` record. `value` is `None` for both a null and
    /// an empty value (a tombstone). Unreadable records are skipped with a
    /// warning, as Karapace's non-strict reader does.
    pub fn apply(&mut self, offset: i64, key: &[u8], value: Option<&[u8]>) {
        self.applied_offset = offset;
        let (key, mode) = match RecordKey::parse(key) {
            Ok(parsed) => parsed,
            Err(err) => {
                if !(key.is_empty() && value.is_none()) {
                    tracing::warn!(offset, error = %err, "skipping unreadable _schemas key");
                }
                self.skipped_records += 1;
                return;
            }
        };
        crate::ops::metrics::schema_record_processed(mode == KeyMode::Canonical);
        if mode == KeyMode::DeprecatedKarapace && self.key_mode == KeyMode::Canonical {
            tracing::info!(offset, "_schemas holds old Karapace keys; writing keys in that order");
            self.key_mode = KeyMode::DeprecatedKarapace;
        }
        let value = value.filter(|v| !v.is_empty());
        let result = match (&key, value) {
            (RecordKey::Schema { subject, version }, None) => {
                self.remove_version(subject, *version);
                Ok(())
            }
            (RecordKey::Schema { .. }, Some(bytes)) => {
                serde_json::from_slice::<SchemaValue>(bytes).map(|v| self.put_version(v))
            }
            (RecordKey::Config { subject }, None) => {
                match subject {
                    Some(subject) => self.subject_configs.remove(subject),
                    None => self.global_config.take(),
                };
                Ok(())
            }
            (RecordKey::Config { subject }, Some(bytes)) => serde_json::from_slice::<ConfigValue>(bytes).map(|v| {
                match subject {
                    Some(subject) => self.subject_configs.insert(subject.clone(), v),
                    None => self.global_config.replace(v),
                };
            }),
            (RecordKey::Mode { subject }, None) => {
                match subject {
                    Some(subject) => self.subject_modes.remove(subject),
                    None => self.global_mode.take(),
                };
                Ok(())
            }
            (RecordKey::Mode { subject }, Some(bytes)) => serde_json::from_slice::<ModeValue>(bytes).map(|v| {
                match Mode::parse(&v.mode) {
                    Some(mode) => {
                        match subject {
                            Some(subject) => self.subject_modes.insert(subject.clone(), mode),
                            None => self.global_mode.replace(mode),
                        };
                    }
                    None => {
                        tracing::warn!(offset, mode = v.mode, "skipping MODE record with an unknown mode");
                        self.skipped_records += 1;
                    }
                }
            }),
            (RecordKey::Context { context, .. }, Some(_)) => {
                self.contexts.insert(context.clone());
                Ok(())
            }
            (RecordKey::Context { context, .. }, None) => {
                self.contexts.remove(context);
                Ok(())
            }
            (RecordKey::DeleteSubject { .. }, Some(bytes)) => {
                serde_json::from_slice::<DeleteSubjectValue>(bytes).map(|v| self.soft_delete_subject(&v))
            }
            (RecordKey::DeleteSubject { .. } | RecordKey::Noop, None) | (RecordKey::Noop, Some(_)) => Ok(()),
            (RecordKey::Other(keytype), _) => {
                tracing::debug!(offset, keytype, "skipping _schemas record of a kind not handled yet");
                self.skipped_records += 1;
                Ok(())
            }
        };
        if let Err(err) = result {
            tracing::warn!(offset, error = %err, "skipping unreadable _schemas value");
            self.skipped_records += 1;
        }
    }

    fn put_version(&mut self, value: SchemaValue) {
        let context = context::of(&value.subject).to_owned();
        let known = self.schema(&context, value.id).is_some();
        if !known {
            let schema_type = SchemaType::from_api(value.schema_type.as_deref().unwrap_or("")).unwrap_or(SchemaType::Avro);
            let extras = SchemaExtras { metadata: value.metadata, rule_set: value.rule_set };
            let fingerprint = self.fingerprint_of(&context, schema_type, &value.schema, &value.references, &extras);
            let guid = super::guid::of(value.md5.as_deref(), &value.schema, &value.references, &extras);
            let ids = self.ids.entry(context.clone()).or_default();
            ids.fingerprints.entry(fingerprint.clone()).or_insert(value.id);
            ids.guids.entry(guid.clone()).or_insert(value.id);
            ids.schemas.insert(
                value.id,
                Arc::new(StoredSchema {
                    id: value.id,
                    schema_type,
                    text: value.schema.into(),
                    references: value.references,
                    extras,
                    fingerprint,
                    guid,
                    md5: value.md5,
                    context: context.clone(),
                }),
            );
        }
        let ids = self.ids.entry(context).or_default();
        ids.max_id = ids.max_id.max(value.id);
        self.subjects
            .entry(value.subject)
            .or_default()
            .versions
            .insert(value.version, VersionEntry { id: value.id, deleted: value.deleted });
    }

    fn remove_version(&mut self, subject: &str, version: i32) {
        let Some(entry) = self.subjects.get_mut(subject) else { return };
        let Some(removed) = entry.versions.remove(&version) else { return };
        if entry.versions.is_empty() {
            self.subjects.remove(subject);
        }
        let context = context::of(subject);
        let still_used = self
            .subjects
            .iter()
            .filter(|(name, _)| context::of(name) == context)
            .any(|(_, s)| s.versions.values().any(|v| v.id == removed.id));
        if let Some(ids) = self.ids.get_mut(context)
            && !still_used
            && let Some(schema) = ids.schemas.remove(&removed.id)
        {
            ids.fingerprints.remove(&schema.fingerprint);
            if ids.guids.get(&schema.guid) == Some(&removed.id) {
                ids.guids.remove(&schema.guid);
            }
        }
    }

    fn soft_delete_subject(&mut self, value: &DeleteSubjectValue) {
        if let Some(subject) = self.subjects.get_mut(&value.subject) {
            for (_, entry) in subject.versions.range_mut(..=value.version) {
                entry.deleted = true;
            }
        }
    }

    /// The identity key of a schema: its type, canonical form and
    /// references. A text that no longer parses is keyed by itself.
    pub fn fingerprint_of(
        &self,
        context: &str,
        schema_type: SchemaType,
        text: &str,
        references: &[Reference],
        extras: &SchemaExtras,
    ) -> String {
        let canonical = self
            .dependencies(context, references)
            .and_then(|deps| schema::parse(schema_type, text, &deps))
            .map_or_else(|_| format!("raw:{text}"), |parsed| parsed.canonical());
        fingerprint(schema_type, &canonical, references, extras)
    }

    /// Every schema `references` reach, dependencies first, each under
    /// the name it was referenced by. Errors name a reference that does
    /// not resolve.
    /// References are resolved from `context`, the referring schema's.
    pub fn dependencies(&self, context: &str, references: &[Reference]) -> Result<Vec<Dependency>, String> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        self.collect_dependencies(context, references, &mut seen, &mut out, 0)?;
        Ok(out)
    }

    fn collect_dependencies(
        &self,
        context: &str,
        references: &[Reference],
        seen: &mut HashSet<(String, i32)>,
        out: &mut Vec<Dependency>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > 32 {
            return Err("references nest deeper than 32 levels".to_owned());
        }
        for reference in references {
            let subject = context::resolve(context, &reference.subject);
            let schema = self
                .subjects
                .get(&subject)
                .and_then(|s| s.versions.get(&reference.version))
                .and_then(|v| self.schema(context::of(&subject), v.id))
                .ok_or_else(|| {
                    format!("reference '{}' to subject '{}' version {} not found", reference.name, reference.subject, reference.version)
                })?;
            if seen.insert((context::of(&subject).to_owned(), schema.id)) {
                self.collect_dependencies(&schema.context, &schema.references, seen, out, depth + 1)?;
                out.push(Dependency {
                    name: reference.name.clone(),
                    subject: reference.subject.clone(),
                    version: reference.version,
                    text: schema.text.clone(),
                });
            }
        }
        Ok(())
    }

    /// The schema `id` of `context`.
    pub fn schema(&self, context: &str, id: i32) -> Option<&Arc<StoredSchema>> {
        self.ids.get(context)?.schemas.get(&id)
    }

    /// The highest id `context` has used (0 for none).
    pub fn max_id(&self, context: &str) -> i32 {
        self.ids.get(context).map_or(0, |ids| ids.max_id)
    }

    /// The id of the schema with `fingerprint` in `context`.
    pub fn id_of(&self, context: &str, fingerprint: &str) -> Option<i32> {
        self.ids.get(context)?.fingerprints.get(fingerprint).copied()
    }

    /// How many schemas there are, in all contexts.
    pub fn schema_count(&self) -> usize {
        self.ids.values().map(|ids| ids.schemas.len()).sum()
    }

    /// Every context in use: declared ones and those of subjects, with the
    /// default context always, sorted.
    pub fn context_names(&self) -> Vec<String> {
        let mut names: std::collections::BTreeSet<String> = self.contexts.clone();
        names.insert(context::DEFAULT.to_owned());
        names.extend(self.subjects.keys().map(|s| context::of(s).to_owned()));
        names.into_iter().collect()
    }

    /// Ids of schemas whose references name `subject` `version`, held by
    /// live versions (soft-deleted ones too with `deleted`), ascending.
    pub fn referenced_by(&self, subject: &str, version: i32, deleted: bool) -> Vec<i32> {
        let mut ids: Vec<i32> = self
            .subjects
            .iter()
            .flat_map(|(name, s)| s.visible(deleted).map(move |(_, v)| (name, v)))
            .filter_map(|(name, v)| self.schema(context::of(name), v.id))
            .filter(|schema| {
                schema.references.iter().any(|r| context::resolve(&schema.context, &r.subject) == subject && r.version == version)
            })
            .map(|schema| schema.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// The identity key for a canonical form.
pub fn fingerprint(schema_type: SchemaType, canonical: &str, references: &[Reference], extras: &SchemaExtras) -> String {
    let mut key = format!("{}\u{0}{canonical}", schema_type.name());
    for r in references {
        key.push_str(&format!("\u{0}{}\u{1}{}\u{1}{}", r.name, r.subject, r.version));
    }
    key.push_str(&extras.identity());
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(subject: &str, version: i32) -> Vec<u8> {
        RecordKey::Schema { subject: subject.into(), version }.encode(KeyMode::Canonical)
    }

    fn value(subject: &str, version: i32, id: i32, schema: &str) -> Vec<u8> {
        serde_json::to_vec(&SchemaValue {
            subject: subject.into(),
            version,
            id,
            schema: schema.into(),
            deleted: false,
            schema_type: None,
            references: vec![],
            metadata: None,
            rule_set: None,
            md5: None,
        })
        .unwrap()
    }

    #[test]
    fn replay_builds_subjects_and_dedups_by_content() {
        let mut state = State::default();
        state.apply(0, &key("a", 1), Some(&value("a", 1, 1, r#"{"type":"string"}"#)));
        state.apply(1, &key("b", 1), Some(&value("b", 1, 1, r#"{"type":"string"}"#)));
        assert_eq!(state.max_id("."), 1);
        let fp = state.fingerprint_of(".", SchemaType::Avro, "\"string\"", &[], &SchemaExtras::default());
        assert_eq!(state.id_of(".", &fp), Some(1));
        // tombstones, empty or null, hard-delete
        state.apply(2, &key("a", 1), Some(b""));
        state.apply(3, &key("b", 1), None);
        assert!(state.subjects.is_empty());
        assert_eq!(state.schema_count(), 0);
        assert_eq!(state.max_id("."), 1, "ids are never reused");
        // garbage and unknown kinds are skipped
        state.apply(4, b"garbage", Some(b"x"));
        state.apply(5, br#"{"keytype":"CLEAR_SUBJECT","subject":"a","magic":0}"#, Some(br#"{"subject":"a"}"#));
        assert_eq!(state.skipped_records, 2);
        // MODE records set and clear the global and subject modes; an
        // unknown mode is skipped.
        state.apply(6, br#"{"keytype":"MODE","subject":null,"magic":0}"#, Some(br#"{"mode":"READONLY"}"#));
        state.apply(7, br#"{"keytype":"MODE","subject":"a","magic":0}"#, Some(br#"{"mode":"IMPORT"}"#));
        state.apply(8, br#"{"keytype":"MODE","subject":"b","magic":0}"#, Some(br#"{"mode":"SIDEWAYS"}"#));
        assert_eq!(state.global_mode, Some(Mode::ReadOnly));
        assert_eq!(state.subject_modes.get("a"), Some(&Mode::Import));
        assert_eq!(state.skipped_records, 3);
        state.apply(9, br#"{"keytype":"MODE","subject":null,"magic":0}"#, None);
        assert_eq!(state.global_mode, None);
        assert_eq!(state.applied_offset, 9);
    }

    #[test]
    fn delete_subject_soft_deletes_up_to_version() {
        let mut state = State::default();
        state.apply(0, &key("a", 1), Some(&value("a", 1, 1, r#""int""#)));
        state.apply(1, &key("a", 2), Some(&value("a", 2, 2, r#""long""#)));
        let k = RecordKey::DeleteSubject { subject: "a".into() }.encode(KeyMode::DeprecatedKarapace);
        state.apply(2, &k, Some(br#"{"subject":"a","version":1}"#));
        let versions: Vec<_> = state.subjects["a"].live().map(|(n, _)| n).collect();
        assert_eq!(versions, [2]);
        assert_eq!(state.key_mode, KeyMode::DeprecatedKarapace);
    }
}
