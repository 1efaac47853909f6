//! The Schema Registry: Confluent's semantics over a `_schemas` topic.
//!
//! Reads are served from [`state::State`], which only the topic reader
//! changes. A write validates against that state under a writer lock,
//! appends one or more records, and returns only after the reader has
//! applied them (read-your-writes), so an acknowledged write survives a
//! restart and ids never repeat. At start-up the registry writes a NOOP
//! record and replays up to it before it reports ready or accepts writes
//! (Confluent's way of finding the end of the topic).
//!
//! With several nodes on one topic, one primary is elected through the
//! Kafka group protocol ([`election`]); only the primary writes, after it
//! has waited `waiting_time_before_acting_as_master_ms` and read to the end
//! of the topic, and the others forward writes to it ([`forward`]), so ids
//! stay unique across failovers.

pub mod avro;
pub mod compat;
pub mod context;
pub mod election;
pub mod error;
pub mod forward;
pub mod json;
pub mod mode;
pub mod protobuf;
pub mod rules;
pub mod schema;
pub mod state;
mod version;

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock, RwLockReadGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use hyper::Method;
use serde_json::json;
use tokio::sync::watch;

use self::compat::{CompatibilityLevel, PriorVersion};
use self::election::Election;
use self::error::{RegistryError, Result};
use self::forward::Forwarder;
use self::mode::Mode;
use self::rules::SchemaExtras;
use self::schema::{Dependency, ParsedSchema, Reference, SchemaType};
use self::state::{State, StoredSchema, Subject};
use self::version::VersionId;
use crate::http_client::path_segment;
use crate::storage::kafka::{SchemaTopic, StoreError};
use crate::storage::record::{ConfigValue, DeleteSubjectValue, ModeValue, RecordKey, SchemaValue};

/// Registry settings that are not about Kafka.
#[derive(Debug, Clone)]
pub struct RegistrySettings {
    /// Compatibility level when no config record sets one (`compatibility`).
    pub default_level: CompatibilityLevel,
    /// The registry's group id, reported by `/v1/metadata/id`.
    pub group_id: String,
    /// This node's advertised URL, reported as the primary's.
    pub primary_url: String,
    /// Longest wait for a write to be read back, in ms (Karapace: 60 s).
    pub write_timeout_ms: u64,
    /// After winning an election, how long to wait before writing, in ms
    /// (`waiting_time_before_acting_as_master_ms`, Karapace default 5000).
    pub acting_delay_ms: u64,
}

/// A schema as a client submits it.
#[derive(Debug, Clone, Default)]
pub struct SchemaInput {
    /// `schemaType` as given; empty means AVRO.
    pub schema_type: String,
    /// Schema text.
    pub schema: String,
    /// References.
    pub references: Vec<Reference>,
    /// IMPORT mode: the id to register under.
    pub id: Option<i32>,
    /// IMPORT mode: the version to register as.
    pub version: Option<i32>,
    /// Confluent `metadata` and `ruleSet`.
    pub extras: SchemaExtras,
}

/// One subject version and its schema.
#[derive(Debug, Clone)]
pub struct VersionView {
    /// Subject name.
    pub subject: String,
    /// Version number.
    pub version: i32,
    /// The schema.
    pub schema: Arc<StoredSchema>,
}

/// A config as answered: the level in force and the stored fields
/// (`value.compatibility_level` may be unset; `level` never is).
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigView {
    /// The level.
    pub level: CompatibilityLevel,
    /// The stored record (every Confluent config field).
    pub value: ConfigValue,
}

/// Reader and writer state for `/_health`.
#[derive(Debug, Clone)]
pub struct HealthView {
    /// The schemas topic exists, as far as the cluster last said.
    pub topic_present: bool,
    /// Replay finished.
    pub ready: bool,
    /// Seconds from start to ready.
    pub startup_time_sec: f64,
    /// Last offset applied.
    pub current_offset: i64,
    /// Highest offset known to exist.
    pub highest_offset: i64,
    /// The primary's URL (this node's without an election); empty while
    /// none is elected.
    pub primary_url: String,
    /// This node acts as primary (elected, waited, caught up).
    pub is_primary: bool,
    /// This node may become primary.
    pub is_primary_eligible: bool,
    /// In the election group and heart-beating.
    pub coordinator_running: bool,
    /// The election group's generation; -1 without one.
    pub coordinator_generation_id: i32,
}

/// Filters and paging for listings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Page {
    /// Items to skip.
    pub offset: i32,
    /// Most items to return; 0 or negative for all.
    pub limit: i32,
}

impl Page {
    /// The page of `items`.
    pub fn apply<T>(self, items: impl Iterator<Item = T>) -> Vec<T> {
        let skipped = items.skip(usize::try_from(self.offset).unwrap_or(0));
        match usize::try_from(self.limit) {
            Ok(limit) if limit > 0 => skipped.take(limit).collect(),
            _ => skipped.collect(),
        }
    }
}

/// A candidate schema, parsed against the current state.
struct Candidate {
    schema_type: SchemaType,
    text: String,
    references: Vec<Reference>,
    parsed: ParsedSchema,
    fingerprint: String,
    extras: SchemaExtras,
}

/// The Schema Registry.
pub struct Registry {
    state: Arc<RwLock<State>>,
    topic: SchemaTopic,
    applied: watch::Receiver<i64>,
    write_lock: tokio::sync::Mutex<()>,
    ready: AtomicBool,
    ready_signal: watch::Sender<bool>,
    highest_offset: AtomicI64,
    started: Instant,
    ready_after: OnceLock<Duration>,
    settings: RegistrySettings,
    cluster_id: OnceLock<String>,
    stop: Arc<AtomicBool>,
    /// The schemas topic exists (the reader checks every 2 s).
    topic_present: Arc<AtomicBool>,
    reader: Mutex<Option<JoinHandle<()>>>,
    /// The election this node takes part in; `None` for a lone writer.
    election: Option<Arc<Election>>,
    /// This node writes: it is primary, waited, and read to the end.
    acting: watch::Sender<bool>,
    forwarder: Forwarder,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry").field("topic", &self.topic).field("settings", &self.settings).finish_non_exhaustive()
    }
}

impl Registry {
    /// Starts the topic reader and, in the background, the replay to the
    /// end of the topic; the registry answers reads at once and reports
    /// ready (and accepts writes) when the replay is done.
    /// With `election`, writes wait for (or are forwarded to) the elected
    /// primary; without, this node is the only writer.
    pub fn start(
        topic: SchemaTopic,
        settings: RegistrySettings,
        election: Option<Arc<Election>>,
        forwarder: Forwarder,
    ) -> Result<Arc<Self>, StoreError> {
        let state = Arc::new(RwLock::new(State::default()));
        let (applied_tx, applied_rx) = watch::channel(-1_i64);
        let applied_tx = Arc::new(applied_tx);
        let restarted_tx = applied_tx.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let topic_present = Arc::new(AtomicBool::new(true));
        let reader_state = state.clone();
        let reader = topic.spawn_reader(
            move |offset, key, value| {
                write_state(&reader_state).apply(offset, key, value);
                applied_tx.send_replace(offset);
            },
            // A recreated topic is a new log: writes wait for its offsets.
            move || {
                restarted_tx.send_replace(-1);
            },
            stop.clone(),
            topic_present.clone(),
        )?;
        let registry = Arc::new(Self {
            topic_present,
            forwarder,
            state,
            topic,
            applied: applied_rx,
            write_lock: tokio::sync::Mutex::new(()),
            ready: AtomicBool::new(false),
            ready_signal: watch::Sender::new(false),
            highest_offset: AtomicI64::new(-1),
            started: Instant::now(),
            ready_after: OnceLock::new(),
            settings,
            cluster_id: OnceLock::new(),
            stop,
            reader: Mutex::new(Some(reader)),
            election,
            acting: watch::Sender::new(false),
        });
        let replay = registry.clone();
        tokio::spawn(async move { replay.replay_to_end().await });
        Ok(registry)
    }

    /// Writes a NOOP record and waits until the reader has applied it,
    /// retrying until it succeeds.
    async fn replay_to_end(self: Arc<Self>) {
        loop {
            let noop = RecordKey::Noop.encode(self.read().key_mode);
            match self.topic.append(&noop, None).await {
                Ok(offset) => {
                    tracing::debug!(offset, after_ms = self.started.elapsed().as_millis() as u64, "end-of-topic marker written");
                    self.highest_offset.fetch_max(offset, Ordering::Relaxed);
                    let mut applied = self.applied.clone();
                    if applied.wait_for(|o| *o >= offset).await.is_ok() {
                        let elapsed = self.started.elapsed();
                        let _ = self.ready_after.set(elapsed);
                        self.ready.store(true, Ordering::Release);
                        self.ready_signal.send_replace(true);
                        match self.election.clone() {
                            Some(election) => {
                                tokio::spawn(self.clone().follow_leadership(election));
                            }
                            None => {
                                self.acting.send_replace(true);
                            }
                        }
                        let state = self.read();
                        tracing::info!(
                            topic = self.topic.name(),
                            records = offset + 1,
                            schemas = state.schema_count(),
                            subjects = state.subjects.len(),
                            skipped = state.skipped_records,
                            replay_ms = elapsed.as_millis() as u64,
                            "schemas topic replayed; registry ready"
                        );
                        return;
                    }
                    return; // reader gone: shutting down
                }
                Err(err) => {
                    tracing::warn!(error = %err, "cannot reach the schemas topic yet; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    /// Acts as primary while elected: after winning, waits the acting
    /// delay, then writes a NOOP and reads up to it, so every record an
    /// earlier primary wrote is applied before this node picks an id.
    async fn follow_leadership(self: Arc<Self>, election: Arc<Election>) {
        let mut changes = election.subscribe();
        loop {
            let leadership = changes.borrow_and_update().clone();
            if !leadership.is_primary {
                self.acting.send_replace(false);
            } else if !*self.acting.borrow() {
                tracing::info!(wait_ms = self.settings.acting_delay_ms, "elected primary; waiting before acting as primary");
                tokio::time::sleep(Duration::from_millis(self.settings.acting_delay_ms)).await;
                let now = election.leadership();
                if now.is_primary && now.generation == leadership.generation {
                    match self.catch_up().await {
                        Ok(()) => {
                            tracing::info!(generation = now.generation, "acting as primary");
                            self.acting.send_replace(true);
                        }
                        Err(err) => {
                            tracing::warn!(error = %err, "cannot read to the end of the schemas topic; retrying");
                            tokio::time::sleep(Duration::from_secs(1)).await;
                        }
                    }
                }
                continue;
            }
            if changes.changed().await.is_err() {
                return;
            }
        }
    }

    /// Writes a NOOP and waits until the reader has applied it: everything
    /// written before it is in this node's state.
    async fn catch_up(&self) -> Result<()> {
        self.append(vec![(RecordKey::Noop, None)]).await
    }

    /// Where a write goes: `None` here (this node acts as primary), or the
    /// primary's URL to forward to, never `unreachable` (a primary that just
    /// failed). Waits for an election in progress up to the write timeout;
    /// 50004 when no primary emerges.
    async fn write_route(&self, unreachable: Option<&str>) -> Result<Option<String>> {
        self.wait_ready().await?;
        let Some(election) = &self.election else { return Ok(None) };
        let deadline = tokio::time::Instant::now() + Duration::from_millis(self.settings.write_timeout_ms);
        let mut changes = election.subscribe();
        let mut acting = self.acting.subscribe();
        loop {
            let leadership = changes.borrow_and_update().clone();
            if leadership.is_primary && *acting.borrow_and_update() {
                return Ok(None);
            }
            if !leadership.is_primary
                && leadership.running
                && let Some(url) =
                    leadership.primary_url.clone().filter(|u| *u != self.settings.primary_url && Some(u.as_str()) != unreachable)
            {
                return Ok(Some(url));
            }
            let wait = tokio::time::sleep_until(deadline);
            tokio::select! {
                _ = changes.changed() => {}
                _ = acting.changed() => {}
                () = wait => {
                    return Err(RegistryError::UnknownLeader(match leadership.primary_url {
                        Some(url) if leadership.is_primary => format!("this node ({url}) is primary but not acting yet"),
                        Some(url) => format!("primary {url} is not reachable through the group"),
                        None => "no primary is elected".to_owned(),
                    }));
                }
            }
        }
    }

    /// A write on a replica: forwarded to the primary, and this node's
    /// reader caught up, so a read after the answer sees it. `None` when
    /// this node is (or has become) the primary and must do it itself. A
    /// primary that cannot be reached is given up for the next one the
    /// group elects, once (writes are idempotent by content); 50003 after.
    async fn forwarded(&self, method: Method, path: &str, body: Option<&serde_json::Value>) -> Result<Option<serde_json::Value>> {
        let mut unreachable: Option<String> = None;
        loop {
            let Some(primary) = self.write_route(unreachable.as_deref()).await? else { return Ok(None) };
            match self.forwarder.call(&primary, method.clone(), path, body).await {
                Err(RegistryError::Forwarding(err)) if unreachable.is_none() => {
                    tracing::info!(primary, error = %err, "primary unreachable; waiting for the next one");
                    unreachable = Some(primary);
                }
                Err(err) => return Err(err),
                Ok(answer) => {
                    if let Err(err) = self.catch_up().await {
                        tracing::warn!(error = %err, "forwarded write done; this node has not read it back yet");
                    }
                    return Ok(Some(answer));
                }
            }
        }
    }

    /// Stops writing: no longer acting as primary, and out of the election
    /// group, so another node takes over at once.
    pub async fn leave_election(&self) {
        self.acting.send_replace(false);
        if let Some(election) = &self.election {
            election.leave().await;
        }
    }

    /// Stops the reader thread.
    pub fn shutdown(&self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(handle) = self.reader.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = handle.join();
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until the start-up replay is done, so no answer comes from a
    /// partial state; 50001 when it takes longer than the write timeout.
    pub async fn wait_ready(&self) -> Result<()> {
        if self.ready.load(Ordering::Acquire) {
            return Ok(());
        }
        let mut ready = self.ready_signal.subscribe();
        let timeout = Duration::from_millis(self.settings.write_timeout_ms);
        match tokio::time::timeout(timeout, ready.wait_for(|r| *r)).await {
            Ok(Ok(_)) => Ok(()),
            _ => Err(RegistryError::NotReady("the schemas topic is still being replayed")),
        }
    }

    fn ensure_ready(&self) -> Result<()> {
        if self.ready.load(Ordering::Acquire) {
            Ok(())
        } else {
            Err(RegistryError::NotReady("the schemas topic is still being replayed"))
        }
    }

    /// Appends records in order, then waits until the reader applied the last.
    async fn append(&self, records: Vec<(RecordKey, Option<Vec<u8>>)>) -> Result<()> {
        let mode = self.read().key_mode;
        let mut last = -1;
        for (key, value) in records {
            last = self
                .topic
                .append(&key.encode(mode), value.as_deref())
                .await
                .map_err(|e| RegistryError::Store(e.to_string()))?;
        }
        self.highest_offset.fetch_max(last, Ordering::Relaxed);
        let mut applied = self.applied.clone();
        let wait = applied.wait_for(|o| *o >= last);
        match tokio::time::timeout(Duration::from_millis(self.settings.write_timeout_ms), wait).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(_)) => Err(RegistryError::Store("the schemas reader stopped".to_owned())),
            Err(_) => Err(RegistryError::Timeout(format!("record at offset {last} was not read back in time"))),
        }
    }

    // ---- subjects and versions ----

    /// `GET /subjects`.
    /// `prefix` `:*:` (or empty) lists every context; `:.ctx:` one context.
    pub fn list_subjects(&self, prefix: &str, deleted: bool, deleted_only: bool, page: Page) -> Vec<String> {
        let prefix = if prefix == context::WILDCARD { "" } else { prefix };
        let state = self.read();
        let names = state.subjects.iter().filter(|(name, subject)| {
            let live = subject.has_live();
            name.starts_with(prefix) && if deleted_only { !live } else { live || deleted }
        });
        page.apply(names.map(|(name, _)| name.clone()))
    }

    /// `GET /subjects/{subject}/versions`, ascending.
    /// With `as_negative`, soft-deleted versions are given as negative
    /// numbers (Confluent `deletedAsNegative`).
    pub fn list_versions(&self, subject: &str, deleted: bool, deleted_only: bool, as_negative: bool, page: Page) -> Result<Vec<i32>> {
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted || deleted_only)?;
        let versions = entry.versions.iter().filter(|(_, v)| if deleted_only { v.deleted } else { deleted || !v.deleted });
        Ok(page.apply(versions.map(|(n, v)| if as_negative && v.deleted { -*n } else { *n })))
    }

    /// `GET /subjects/{subject}/versions/{version}`.
    pub fn get_version(&self, subject: &str, version: &str, deleted: bool) -> Result<VersionView> {
        let version = VersionId::parse(version)?;
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted)?;
        let (number, found) = match version {
            VersionId::Latest => entry.visible(deleted).next_back(),
            VersionId::Number(n) => entry.versions.get(&n).filter(|v| deleted || !v.deleted).map(|v| (n, *v)),
        }
        .ok_or_else(|| RegistryError::VersionNotFound(version.to_string()))?;
        Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, found.id)? })
    }

    /// `GET /subjects/{subject}/versions/{version}/referencedby`.
    pub fn referenced_by(&self, subject: &str, version: &str, deleted: bool, page: Page) -> Result<Vec<i32>> {
        let view = self.get_version(subject, version, false)?;
        Ok(page.apply(self.read().referenced_by(&view.subject, view.version, deleted).into_iter()))
    }

    /// Every schema `references` reach, dependencies first.
    pub fn dependencies_of(&self, schema: &StoredSchema) -> Result<Vec<Dependency>, String> {
        self.read().dependencies(&schema.context, &schema.references)
    }

    /// A schema's text in a Confluent `format`: `resolved` writes Avro
    /// references out inline; `serialized` is a Protobuf schema as base64
    /// of its `FileDescriptorProto` and `ignore_extensions` leaves its custom
    /// options out; anything else (`default`, unknown formats, which
    /// Confluent ignores) is the stored text.
    pub fn formatted(&self, schema: &StoredSchema, format: &str) -> String {
        let format = format.to_ascii_lowercase();
        let wanted = match (schema.schema_type, format.as_str()) {
            (SchemaType::Avro, "resolved") => !schema.references.is_empty(),
            (SchemaType::Protobuf, "serialized" | "ignore_extensions") => true,
            _ => false,
        };
        if !wanted {
            return schema.text.to_string();
        }
        let state = self.read();
        let parsed = state
            .dependencies(&schema.context, &schema.references)
            .ok()
            .and_then(|deps| schema::parse(schema.schema_type, &schema.text, &deps).ok());
        match (parsed, format.as_str()) {
            (Some(ParsedSchema::Avro(avro)), _) => avro.resolved(),
            (Some(ParsedSchema::Protobuf(proto)), "serialized") => proto.serialized(),
            (Some(ParsedSchema::Protobuf(proto)), _) => proto.without_extensions(),
            _ => schema.text.to_string(),
        }
    }

    /// `POST /subjects/{subject}`: the version of `subject` holding `input`.
    pub fn lookup(&self, subject: &str, input: &SchemaInput, normalize: bool, deleted: bool) -> Result<VersionView> {
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted)?;
        let normalize = normalize || config_normalize(&state, subject);
        let candidate = prepare(&state, subject, input, normalize)?;
        entry
            .visible(deleted)
            .find(|(_, v)| state.schema(context::of(subject), v.id).is_some_and(|s| s.fingerprint == candidate.fingerprint))
            .map(|(number, v)| -> Result<VersionView> {
                Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, v.id)? })
            })
            .unwrap_or(Err(RegistryError::SchemaNotFound))
    }

    /// `POST /subjects/{subject}/versions`: registers `input`, or returns
    /// the live version already holding it. 40901 when incompatible.
    pub async fn register(&self, subject: &str, input: &SchemaInput, normalize: bool) -> Result<VersionView> {
        if !context::is_valid_subject(subject, false) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        {
            let mut body = json!({ "schema": input.schema, "references": input.references });
            if !input.schema_type.is_empty() {
                body["schemaType"] = json!(input.schema_type);
            }
            if let Some(id) = input.id {
                body["id"] = json!(id);
            }
            if let Some(version) = input.version {
                body["version"] = json!(version);
            }
            if let Some(metadata) = &input.extras.metadata {
                body["metadata"] = metadata.clone();
            }
            if let Some(rule_set) = &input.extras.rule_set {
                body["ruleSet"] = rule_set.clone();
            }
            let path = format!("/subjects/{}/versions{}", path_segment(subject), flag("normalize", normalize));
            if let Some(answer) = self.forwarded(Method::POST, &path, Some(&body)).await? {
                let id = answer.get("id").and_then(serde_json::Value::as_i64).and_then(|i| i32::try_from(i).ok());
                let id = id.ok_or_else(|| RegistryError::Forwarding(format!("unexpected answer from the primary: {answer}")))?;
                return self.version_holding(subject, id);
            }
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let value = {
            let state = self.read();
            let mode = mode_for(&state, subject);
            check_register_mode(subject, mode, input.id)?;
            let normalize = normalize || config_normalize(&state, subject);
            let entry = state.subjects.get(subject);
            let config = effective_config(&state, subject);
            let input = &with_contract(&state, subject, entry, input, &config);
            let candidate = prepare(&state, subject, input, normalize)?;
            if let Some(id) = input.id {
                imported(&state, subject, id, input.version, candidate)?
            } else {
                if let Some(entry) = entry
                    && let Some((number, v)) = entry
                        .live()
                        .rev()
                        .find(|(_, v)| state.schema(context::of(subject), v.id).is_some_and(|s| s.fingerprint == candidate.fingerprint))
                {
                    return Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, v.id)? });
                }
                let level = level_for(&state, subject, self.settings.default_level);
                let group = config.compatibility_group.as_deref();
                let messages = check_against(&state, subject, level, &candidate, entry, None, group)?;
                if !messages.is_empty() {
                    return Err(RegistryError::IncompatibleSchema { subject: subject.to_owned(), messages });
                }
                // The same schema anywhere in the context keeps its id
                // (Confluent, Karapace); each context numbers its own.
                let context = context::of(subject);
                let id = state.id_of(context, &candidate.fingerprint).unwrap_or(state.max_id(context) + 1);
                candidate.into_record(&state, subject, next_version(entry), id)
            }
        };
        let key = RecordKey::Schema { subject: subject.to_owned(), version: value.version };
        let (id, version) = (value.id, value.version);
        let mut records = Vec::with_capacity(2);
        let context = context::of(subject);
        if context != context::DEFAULT && !self.read().contexts.contains(context) {
            // Confluent declares a context when it is first used.
            let declared = json!({ "tenant": "default", "context": context });
            records.push((RecordKey::Context { tenant: "default".to_owned(), context: context.to_owned() }, Some(declared.to_string().into_bytes())));
        }
        records.push((key, Some(to_json(&value))));
        self.append(records).await?;
        tracing::info!(subject, version, id, "registered schema");
        let state = self.read();
        Ok(VersionView { subject: subject.to_owned(), version, schema: schema_of(&state, subject, id)? })
    }

    /// `DELETE /subjects/{subject}`: soft-deletes every live version, or with
    /// `permanent` erases a soft-deleted subject. Returns the versions.
    pub async fn delete_subject(&self, subject: &str, permanent: bool) -> Result<Vec<i32>> {
        let path = format!("/subjects/{}{}", path_segment(subject), flag("permanent", permanent));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return serde_json::from_value(answer).map_err(|e| RegistryError::Forwarding(format!("unexpected answer from the primary: {e}")));
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (versions, records) = {
            let state = self.read();
            check_writable(&state, subject)?;
            let entry = state.subjects.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
            let live: Vec<i32> = entry.live().map(|(n, _)| n).collect();
            if permanent {
                if !live.is_empty() {
                    return Err(RegistryError::SubjectNotSoftDeleted(subject.to_owned()));
                }
                let all: Vec<i32> = entry.versions.keys().copied().collect();
                ensure_unreferenced(&state, subject, &all)?;
                let records = all
                    .iter()
                    .map(|v| (RecordKey::Schema { subject: subject.to_owned(), version: *v }, None))
                    .collect();
                (all, records)
            } else {
                let Some(&latest) = live.last() else {
                    return Err(RegistryError::SubjectSoftDeleted(subject.to_owned()));
                };
                ensure_unreferenced(&state, subject, &live)?;
                let mut records = vec![(
                    RecordKey::DeleteSubject { subject: subject.to_owned() },
                    Some(to_json(&DeleteSubjectValue { subject: subject.to_owned(), version: latest })),
                )];
                // Confluent drops the subject's own config with the subject.
                if state.subject_configs.contains_key(subject) {
                    records.push((RecordKey::Config { subject: Some(subject.to_owned()) }, None));
                }
                (live, records)
            }
        };
        self.append(records).await?;
        tracing::info!(subject, permanent, ?versions, "deleted subject");
        Ok(versions)
    }

    /// `DELETE /subjects/{subject}/versions/{version}`.
    pub async fn delete_version(&self, subject: &str, version: &str, permanent: bool) -> Result<i32> {
        let path = format!("/subjects/{}/versions/{}{}", path_segment(subject), path_segment(version), flag("permanent", permanent));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return serde_json::from_value(answer).map_err(|e| RegistryError::Forwarding(format!("unexpected answer from the primary: {e}")));
        }
        let version_id = VersionId::parse(version)?;
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (number, record) = {
            let state = self.read();
            check_writable(&state, subject)?;
            let entry = state.subjects.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
            let (number, found) = match version_id {
                VersionId::Latest if permanent => entry.versions.iter().next_back().map(|(n, v)| (*n, *v)),
                VersionId::Latest => entry.live().next_back(),
                VersionId::Number(n) => entry.versions.get(&n).map(|v| (n, *v)),
            }
            .ok_or_else(|| RegistryError::VersionNotFound(version_id.to_string()))?;
            let key = RecordKey::Schema { subject: subject.to_owned(), version: number };
            if permanent {
                if !found.deleted {
                    return Err(RegistryError::VersionNotSoftDeleted(subject.to_owned(), number));
                }
                ensure_unreferenced(&state, subject, &[number])?;
                (number, (key, None))
            } else {
                if found.deleted {
                    return Err(RegistryError::VersionSoftDeleted(subject.to_owned(), number));
                }
                ensure_unreferenced(&state, subject, &[number])?;
                let schema = schema_of(&state, subject, found.id)?;
                let value = SchemaValue {
                    subject: subject.to_owned(),
                    version: number,
                    id: found.id,
                    schema: schema.text.to_string(),
                    deleted: true,
                    schema_type: (schema.schema_type != SchemaType::Avro).then(|| schema.schema_type.name().to_owned()),
                    references: schema.references.clone(),
                    metadata: schema.extras.metadata.clone(),
                    rule_set: schema.extras.rule_set.clone(),
                };
                (number, (key, Some(to_json(&value))))
            }
        };
        self.append(vec![record]).await?;
        tracing::info!(subject, version = number, permanent, "deleted version");
        Ok(number)
    }

    // ---- schemas by id ----

    /// `GET /schemas/ids/{id}`: the schema and the highest id.
    /// `subject` (a subject or `:.ctx:`) picks the context; the default
    /// context without one. Also answers the context's highest id.
    pub fn schema_by_id(&self, id: i32, subject: &str) -> Result<(Arc<StoredSchema>, i32)> {
        let state = self.read();
        Ok((schema_of(&state, subject, id)?, state.max_id(context::of(subject))))
    }

    /// `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
    pub fn versions_for_id(&self, id: i32, subject: &str, deleted: bool, page: Page) -> Result<Vec<(String, i32)>> {
        let state = self.read();
        schema_of(&state, subject, id)?;
        let context = context::of(subject);
        let pairs = state.subjects.iter().filter(|(name, _)| context::of(name) == context).flat_map(|(name, subject)| {
            subject.visible(deleted).filter(move |(_, v)| v.id == id).map(move |(n, _)| (name.clone(), n))
        });
        Ok(page.apply(pairs))
    }

    /// `GET /schemas`: live versions (all with `deleted`), by subject then version.
    pub fn list_schemas(&self, prefix: &str, deleted: bool, latest_only: bool, page: Page) -> Vec<VersionView> {
        let state = self.read();
        let views = state.subjects.iter().filter(|(name, _)| name.starts_with(prefix)).flat_map(|(name, subject)| {
            let versions: Vec<_> = if latest_only {
                subject.visible(deleted).next_back().into_iter().collect()
            } else {
                subject.visible(deleted).collect()
            };
            let state = &state;
            versions.into_iter().filter_map(move |(n, v)| {
                state.schema(context::of(name), v.id).map(|s| VersionView { subject: name.clone(), version: n, schema: s.clone() })
            })
        });
        page.apply(views)
    }

    /// `GET /schemas/types`.
    pub fn schema_types(&self) -> Vec<&'static str> {
        vec![SchemaType::Json.name(), SchemaType::Protobuf.name(), SchemaType::Avro.name()]
    }

    /// The live version of `subject` holding schema `id`, after a forwarded
    /// registration.
    fn version_holding(&self, subject: &str, id: i32) -> Result<VersionView> {
        let state = self.read();
        let (version, _) = state
            .subjects
            .get(subject)
            .and_then(|entry| entry.live().rev().find(|(_, v)| v.id == id))
            .ok_or_else(|| RegistryError::Timeout(format!("schema {id} registered by the primary was not read back in time")))?;
        Ok(VersionView { subject: subject.to_owned(), version, schema: schema_of(&state, subject, id)? })
    }

    /// A config view from a primary's answer, its level under `key`.
    fn config_of(&self, answer: &serde_json::Value, key: &str) -> Result<ConfigView> {
        let mut answer = answer.clone();
        if let Some(object) = answer.as_object_mut()
            && let Some(level) = object.remove(key)
        {
            object.insert("compatibilityLevel".to_owned(), level);
        }
        let value: ConfigValue = serde_json::from_value(answer)
            .map_err(|e| RegistryError::Forwarding(format!("unexpected answer from the primary: {e}")))?;
        let level = value.compatibility_level.as_deref().and_then(CompatibilityLevel::parse).unwrap_or(self.settings.default_level);
        Ok(ConfigView { level, value })
    }

    // ---- contexts ----

    /// `GET /contexts`: the contexts in use, `.` first, sorted, those
    /// starting with `prefix`.
    pub fn contexts(&self, prefix: &str, page: Page) -> Vec<String> {
        let names = self.read().context_names();
        page.apply(names.into_iter().filter(|c| c.starts_with(prefix)))
    }

    /// `DELETE /contexts/{context}`: forgets an empty context. 42211 while
    /// it has subjects (soft-deleted ones too), 40401 for one not known.
    pub async fn delete_context(&self, context: &str) -> Result<()> {
        let path = format!("/contexts/{}", path_segment(context));
        if self.forwarded(Method::DELETE, &path, None).await?.is_some() {
            return Ok(());
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        {
            let state = self.read();
            if state.subjects.keys().any(|s| context::of(s) == context) {
                return Err(RegistryError::ContextNotEmpty(context.to_owned()));
            }
            if !state.contexts.contains(context) {
                return Err(RegistryError::SubjectNotFound(context.to_owned()));
            }
        }
        self.append(vec![(RecordKey::Context { tenant: "default".to_owned(), context: context.to_owned() }, None)]).await?;
        tracing::info!(context, "deleted context");
        Ok(())
    }

    // ---- mode ----

    /// `GET /mode` (`subject` `None`) and `GET /mode/{subject}`: the mode
    /// set there; with `default_to_global`, the mode in force. 40409 for a
    /// subject without a mode of its own otherwise.
    pub fn mode(&self, subject: Option<&str>, default_to_global: bool) -> Result<Mode> {
        let state = self.read();
        match subject {
            None => Ok(state.global_mode.unwrap_or(Mode::ReadWrite)),
            Some(subject) => match state.subject_modes.get(subject) {
                Some(mode) => Ok(*mode),
                None if default_to_global => Ok(state.global_mode.unwrap_or(Mode::ReadWrite)),
                None => Err(RegistryError::SubjectModeNotFound(subject.to_owned())),
            },
        }
    }

    /// `PUT /mode[/{subject}]`. 42204 for an unknown mode or a subject-level
    /// FORWARD; 42205 for IMPORT where schemas exist, unless `force`
    /// (Confluent `ModeResource`).
    pub async fn set_mode(&self, subject: Option<&str>, name: &str, force: bool) -> Result<Mode> {
        if let Some(subject) = subject.filter(|s| !context::is_valid_subject(s, true)) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        let mode = Mode::parse(name).ok_or(RegistryError::InvalidMode)?;
        if mode == Mode::Forward && subject.is_some() {
            return Err(RegistryError::InvalidMode);
        }
        let path = format!("/mode{}{}", subject_path(subject), flag("force", force));
        if let Some(answer) = self.forwarded(Method::PUT, &path, Some(&json!({ "mode": mode.name() }))).await? {
            return mode_of(&answer);
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        {
            let state = self.read();
            if mode == Mode::Import && !force {
                let occupied = match subject {
                    Some(subject) => state.subjects.get(subject).is_some_and(Subject::has_live),
                    None => state.subjects.values().any(Subject::has_live),
                };
                if occupied {
                    return Err(RegistryError::OperationNotPermitted(
                        "Cannot import since found existing subjects".to_owned(),
                    ));
                }
            }
        }
        let value = to_json(&ModeValue { mode: mode.name().to_owned() });
        self.append(vec![(RecordKey::Mode { subject: subject.map(str::to_owned) }, Some(value))]).await?;
        tracing::info!(subject, mode = mode.name(), "mode set");
        Ok(mode)
    }

    /// `DELETE /mode[/{subject}]`: answers the mode that was set. The global
    /// mode returns to READWRITE (and with `recursive` every subject-level
    /// mode goes too); 40401 for a subject without a mode of its own.
    pub async fn delete_mode(&self, subject: Option<&str>, recursive: bool) -> Result<Mode> {
        let path = format!("/mode{}{}", subject_path(subject), flag("recursive", recursive));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return mode_of(&answer);
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (old, records) = {
            let state = self.read();
            match subject {
                Some(subject) => {
                    let old = *state.subject_modes.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
                    (old, vec![(RecordKey::Mode { subject: Some(subject.to_owned()) }, None)])
                }
                None => {
                    let mut records = Vec::new();
                    if state.global_mode.is_some() {
                        records.push((RecordKey::Mode { subject: None }, None));
                    }
                    if recursive {
                        let mut subjects: Vec<&String> = state.subject_modes.keys().collect();
                        subjects.sort();
                        records.extend(subjects.into_iter().map(|s| (RecordKey::Mode { subject: Some(s.clone()) }, None)));
                    }
                    (state.global_mode.unwrap_or(Mode::ReadWrite), records)
                }
            }
        };
        if !records.is_empty() {
            self.append(records).await?;
        }
        tracing::info!(subject, recursive, "mode deleted");
        Ok(old)
    }

    // ---- config ----

    /// `GET /config`.
    pub fn global_config(&self) -> ConfigView {
        let state = self.read();
        ConfigView {
            level: level_for(&state, "", self.settings.default_level),
            value: state.global_config.clone().unwrap_or_default(),
        }
    }

    /// `GET /config/{subject}`: 40408 when the subject has none of its own,
    /// unless `default_to_global`.
    pub fn subject_config(&self, subject: &str, default_to_global: bool) -> Result<ConfigView> {
        let state = self.read();
        match state.subject_configs.get(subject) {
            Some(config) => Ok(ConfigView {
                level: level_for(&state, subject, self.settings.default_level),
                value: config.clone(),
            }),
            None if default_to_global => {
                drop(state);
                Ok(self.global_config())
            }
            None => Err(RegistryError::SubjectConfigNotFound(subject.to_owned())),
        }
    }

    /// `PUT /config` (`subject: None`) and `PUT /config/{subject}`: the
    /// fields `update` sets replace the stored ones, the others stay
    /// (Confluent `ConfigValue.update`). An unknown level is 42203; an
    /// update that sets nothing changes nothing; a default or override rule set
    /// Confluent would refuse is 42210, malformed metadata 422.
    pub async fn set_config(&self, subject: Option<&str>, update: &ConfigValue) -> Result<ConfigView> {
        if let Some(subject) = subject.filter(|s| !context::is_valid_subject(s, true)) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        let mut update = update.clone();
        update.compatibility_level = match update.compatibility_level.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) => Some(CompatibilityLevel::parse(name).ok_or(RegistryError::InvalidCompatibilityLevel)?.name().to_owned()),
        };
        if update == ConfigValue::default() {
            // Nothing to change (Confluent 7.4+ answers such a request with
            // the request itself, where older versions said 42203).
            return match subject {
                None => Ok(self.global_config()),
                Some(subject) => self.subject_config(subject, true),
            };
        }
        for (metadata, rule_set) in [
            (&update.default_metadata, &update.default_rule_set),
            (&update.override_metadata, &update.override_rule_set),
        ] {
            let extras = SchemaExtras { metadata: metadata.clone(), rule_set: rule_set.clone() };
            extras.validate().map_err(|e| match e {
                RegistryError::InvalidSchema(why) => RegistryError::InvalidConfig(why),
                other => other,
            })?;
        }
        {
            let mut body = serde_json::to_value(&update).map_err(|e| RegistryError::Store(e.to_string()))?;
            if let Some(level) = body.as_object_mut().and_then(|b| b.remove("compatibilityLevel")) {
                body["compatibility"] = level;
            }
            let path = format!("/config{}", subject_path(subject));
            if let Some(answer) = self.forwarded(Method::PUT, &path, Some(&body)).await? {
                return self.config_of(&answer, "compatibility");
            }
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let value = {
            let state = self.read();
            let current = match subject {
                Some(s) => state.subject_configs.get(s),
                None => state.global_config.as_ref(),
            };
            current.cloned().unwrap_or_default().updated(&update)
        };
        self.append(vec![(RecordKey::Config { subject: subject.map(str::to_owned) }, Some(to_json(&value)))]).await?;
        tracing::info!(subject, level = value.compatibility_level.as_deref(), "set config");
        let state = self.read();
        Ok(ConfigView { level: level_for(&state, subject.unwrap_or(""), self.settings.default_level), value })
    }

    /// `DELETE /config`: the global config goes back to the configured
    /// default level; answers the config that was in force.
    pub async fn delete_global_config(&self) -> Result<ConfigView> {
        if let Some(answer) = self.forwarded(Method::DELETE, "/config", None).await? {
            return self.config_of(&answer, "compatibilityLevel");
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let old = self.global_config();
        if self.read().global_config.is_some() {
            self.append(vec![(RecordKey::Config { subject: None }, None)]).await?;
        }
        Ok(old)
    }

    /// `DELETE /config/{subject}`: answers the subject's old config; 40401
    /// when it had none.
    pub async fn delete_subject_config(&self, subject: &str) -> Result<ConfigView> {
        let path = format!("/config{}", subject_path(Some(subject)));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return self.config_of(&answer, "compatibilityLevel");
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let old = self.subject_config(subject, false).map_err(|_| RegistryError::SubjectNotFound(subject.to_owned()))?;
        self.append(vec![(RecordKey::Config { subject: Some(subject.to_owned()) }, None)]).await?;
        Ok(old)
    }

    // ---- compatibility ----

    /// `POST /compatibility/subjects/{subject}/versions[/{version}]`:
    /// whether `input` is compatible, and the messages when `verbose`.
    /// With `version`, only that version is checked (Confluent); without,
    /// the versions the subject's level names.
    pub fn check_compatibility(
        &self,
        subject: &str,
        version: Option<&str>,
        input: &SchemaInput,
        normalize: bool,
        verbose: bool,
    ) -> Result<(bool, Vec<String>)> {
        let version = version.map(VersionId::parse).transpose()?;
        let state = self.read();
        let config = effective_config(&state, subject);
        let input = &with_contract(&state, subject, state.subjects.get(subject), input, &config);
        let candidate = match prepare(&state, subject, input, normalize) {
            Ok(candidate) => candidate,
            Err(err @ (RegistryError::InvalidSchema(_) | RegistryError::EmptySchema)) if verbose => return Ok((false, vec![err.to_string()])),
            Err(err) => return Err(err),
        };
        let entry = state.subjects.get(subject).filter(|s| s.has_live());
        let pinned = match (version, entry) {
            (None, _) | (Some(VersionId::Latest), None) => None,
            // Confluent looks the version up first: 40402 even when the subject has none.
            (Some(VersionId::Number(n)), None) => return Err(RegistryError::VersionNotFound(n.to_string())),
            (Some(VersionId::Latest), Some(entry)) => entry.live().next_back().map(|(n, _)| n),
            (Some(VersionId::Number(n)), Some(entry)) => Some(
                entry
                    .live()
                    .find(|(v, _)| *v == n)
                    .map(|(v, _)| v)
                    .ok_or_else(|| RegistryError::VersionNotFound(n.to_string()))?,
            ),
        };
        let level = level_for(&state, subject, self.settings.default_level);
        let messages = check_against(&state, subject, level, &candidate, entry, pinned, config.compatibility_group.as_deref())?;
        let compatible = messages.is_empty();
        Ok((compatible, if verbose { messages } else { Vec::new() }))
    }

    // ---- server state ----

    /// Reader state for `/_health`.
    pub fn health(&self) -> HealthView {
        let current = *self.applied.borrow();
        HealthView {
            topic_present: self.topic_present.load(Ordering::Acquire),
            ready: self.ready.load(Ordering::Acquire),
            startup_time_sec: self.ready_after.get().map_or(0.0, Duration::as_secs_f64),
            current_offset: current,
            highest_offset: self.highest_offset.load(Ordering::Relaxed).max(current),
            primary_url: match &self.election {
                Some(election) => election.leadership().primary_url.unwrap_or_default(),
                None => self.settings.primary_url.clone(),
            },
            is_primary: *self.acting.borrow(),
            is_primary_eligible: self.election.as_ref().is_none_or(|e| e.eligible()),
            coordinator_running: self.election.as_ref().is_some_and(|e| e.leadership().running),
            coordinator_generation_id: self.election.as_ref().map_or(-1, |e| e.leadership().generation),
        }
    }

    /// Whether a write sent to this node would be taken (`/master_available`):
    /// it acts as primary, or it knows a primary to forward to.
    pub fn is_writable(&self) -> bool {
        if !self.ready.load(Ordering::Acquire) {
            return false;
        }
        match &self.election {
            None => true,
            Some(election) => {
                let leadership = election.leadership();
                *self.acting.borrow() || (leadership.running && !leadership.is_primary && leadership.primary_url.is_some())
            }
        }
    }

    /// The Kafka cluster id (looked up once) and the registry group id.
    pub fn cluster_ids(&self) -> (String, String) {
        let kafka = self.cluster_id.get_or_init(|| self.topic.cluster_id().unwrap_or_default()).clone();
        (kafka, self.settings.group_id.clone())
    }
}

fn write_state(state: &RwLock<State>) -> std::sync::RwLockWriteGuard<'_, State> {
    state.write().unwrap_or_else(|e| e.into_inner())
}

fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// The subject, if it has live versions (or any versions with `deleted`).
fn visible_subject<'s>(state: &'s State, subject: &str, deleted: bool) -> Result<&'s Subject> {
    state
        .subjects
        .get(subject)
        .filter(|s| deleted || s.has_live())
        .ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))
}

/// Schema `id` in the context of `subject` (a subject, or `:.ctx:`).
fn schema_of(state: &State, subject: &str, id: i32) -> Result<Arc<StoredSchema>> {
    state.schema(context::of(subject), id).cloned().ok_or(RegistryError::SchemaIdNotFound(id))
}

/// The configs that apply to `subject`, most specific first: its own, its
/// context's (`:.ctx:`), the global one.
fn configs_for<'s>(state: &'s State, subject: &str) -> impl Iterator<Item = &'s ConfigValue> {
    let context_key = context::settings_key(context::of(subject));
    [state.subject_configs.get(subject), context_key.and_then(|k| state.subject_configs.get(&k)), state.global_config.as_ref()]
        .into_iter()
        .flatten()
}

fn level_for(state: &State, subject: &str, default: CompatibilityLevel) -> CompatibilityLevel {
    configs_for(state, subject)
        .find_map(|c| c.compatibility_level.as_deref().and_then(CompatibilityLevel::parse))
        .unwrap_or(default)
}

/// The config in force for `subject`, field by field: its own, else its
/// context's, else the global one.
fn effective_config(state: &State, subject: &str) -> ConfigValue {
    let scopes: Vec<&ConfigValue> = configs_for(state, subject).collect();
    scopes.into_iter().rev().fold(ConfigValue::default(), |merged, scope| merged.updated(scope))
}

/// `input` with the metadata and rules a new version of `subject` gets:
/// its own or the latest version's, with `config`'s defaults and
/// overrides (see [`rules::for_new_version`]).
fn with_contract(state: &State, subject: &str, entry: Option<&Subject>, input: &SchemaInput, config: &ConfigValue) -> SchemaInput {
    let latest = entry.and_then(|e| e.live().next_back()).and_then(|(_, v)| state.schema(context::of(subject), v.id));
    let extras = rules::for_new_version(&input.extras, latest.map(|l| &l.extras), config);
    SchemaInput { extras, ..input.clone() }
}

/// The subject reads of `subject` answer: the one its own config names as
/// its `alias`, else itself.
fn aliased(state: &State, subject: &str) -> String {
    state.subject_configs.get(subject).and_then(|c| c.alias.as_deref()).map_or_else(|| subject.to_owned(), context::normalize)
}

fn config_normalize(state: &State, subject: &str) -> bool {
    configs_for(state, subject).find_map(|c| c.normalize).unwrap_or(false)
}

/// `?name=true` when `on`.
fn flag(name: &str, on: bool) -> String {
    if on { format!("?{name}=true") } else { String::new() }
}

/// `/{subject}` (percent-encoded), or nothing for the global resource.
fn subject_path(subject: Option<&str>) -> String {
    subject.map(|s| format!("/{}", path_segment(s))).unwrap_or_default()
}

/// The mode in a primary's `{"mode": …}` answer.
fn mode_of(answer: &serde_json::Value) -> Result<Mode> {
    answer
        .get("mode")
        .and_then(serde_json::Value::as_str)
        .and_then(Mode::parse)
        .ok_or_else(|| RegistryError::Forwarding(format!("unexpected answer from the primary: {answer}")))
}

/// The mode in force for `subject`: its own, else the global one, else
/// READWRITE.
fn mode_for(state: &State, subject: &str) -> Mode {
    let context_key = context::settings_key(context::of(subject));
    state
        .subject_modes
        .get(subject)
        .or_else(|| context_key.and_then(|k| state.subject_modes.get(&k)))
        .copied()
        .or(state.global_mode)
        .unwrap_or(Mode::ReadWrite)
}

/// 42205 when `subject` is read-only (Confluent: deletes and registrations).
fn check_writable(state: &State, subject: &str) -> Result<()> {
    if mode_for(state, subject).is_read_only() {
        return Err(RegistryError::OperationNotPermitted(format!("Subject {subject} is in read-only mode")));
    }
    Ok(())
}

/// Confluent `checkRegisterMode`: no writes in READONLY; a registration
/// with an `id` needs IMPORT (or FORWARD); one without needs READWRITE.
fn check_register_mode(subject: &str, mode: Mode, id: Option<i32>) -> Result<()> {
    if mode.is_read_only() {
        return Err(RegistryError::OperationNotPermitted(format!("Subject {subject} is in read-only mode")));
    }
    match id {
        Some(_) if !mode.takes_ids() => {
            Err(RegistryError::OperationNotPermitted(format!("Subject {subject} is not in import mode")))
        }
        None if mode != Mode::ReadWrite => {
            Err(RegistryError::OperationNotPermitted(format!("Subject {subject} is not in read-write mode")))
        }
        _ => Ok(()),
    }
}

/// The record for an IMPORT-mode registration of `candidate` as schema
/// `id` (and `version`, else the next one), with no compatibility check.
/// 42207 when `id` holds another schema, or the subject already holds
/// this schema under another id; 42205 when `version` is taken by another
/// schema.
fn imported(state: &State, subject: &str, id: i32, version: Option<i32>, candidate: Candidate) -> Result<SchemaValue> {
    if id < 1 {
        return Err(RegistryError::InvalidSchema(format!("schema id {id} must be positive")));
    }
    if let Some(existing) = state.schema(context::of(subject), id)
        && existing.fingerprint != candidate.fingerprint
    {
        return Err(RegistryError::ImportIdMismatch(format!("Overwrite new schema with id {id} is not permitted.")));
    }
    let entry = state.subjects.get(subject);
    if let Some(entry) = entry {
        for (number, v) in entry.live() {
            let same = state.schema(context::of(subject), v.id).is_some_and(|s| s.fingerprint == candidate.fingerprint);
            if same && v.id != id {
                return Err(RegistryError::ImportIdMismatch(format!(
                    "Schema already registered with id {} instead of input id {id}",
                    v.id
                )));
            }
            if same && version.is_none_or(|wanted| wanted == number) {
                // Already imported: the same record again is harmless.
                return Ok(candidate.into_record(state, subject, number, id));
            }
        }
    }
    let version = match version {
        Some(v) if v < 1 => return Err(RegistryError::InvalidVersion(v.to_string())),
        Some(v) if entry.is_some_and(|s| s.versions.get(&v).is_some_and(|e| !e.deleted)) => {
            return Err(RegistryError::OperationNotPermitted(format!(
                "Version {v} of subject {subject} already holds another schema"
            )));
        }
        Some(v) => v,
        None => next_version(entry),
    };
    Ok(candidate.into_record(state, subject, version, id))
}

/// The number after a subject's highest version, soft-deleted ones
/// counted (Karapace `get_next_version`); 1 for a new subject.
fn next_version(entry: Option<&Subject>) -> i32 {
    entry.and_then(|s| s.versions.keys().next_back()).map_or(1, |v| v + 1)
}

impl Candidate {
    /// The `SCHEMA` record registering this candidate as `subject`
    /// `version` with schema `id`. An id already known keeps its stored
    /// text, so one id never maps to two texts.
    fn into_record(self, state: &State, subject: &str, version: i32, id: i32) -> SchemaValue {
        SchemaValue {
            subject: subject.to_owned(),
            version,
            id,
            schema: state.schema(context::of(subject), id).map_or(self.text, |s| s.text.to_string()),
            deleted: false,
            schema_type: (self.schema_type != SchemaType::Avro).then(|| self.schema_type.name().to_owned()),
            references: self.references,
            metadata: self.extras.metadata,
            rule_set: self.extras.rule_set,
        }
    }
}

/// Parses and validates a submitted schema against the current state.
fn prepare(state: &State, subject: &str, input: &SchemaInput, normalize: bool) -> Result<Candidate> {
    let schema_type = SchemaType::from_api(&input.schema_type)?;
    if input.schema.trim().is_empty() {
        return Err(RegistryError::EmptySchema);
    }
    input.extras.validate()?;
    let context = context::of(subject);
    let dependencies = state.dependencies(context, &input.references).map_err(RegistryError::InvalidSchema)?;
    let parsed = schema::parse(schema_type, &input.schema, &dependencies).map_err(RegistryError::InvalidSchema)?;
    let canonical = parsed.canonical();
    // A Protobuf schema sent as a base64 descriptor (Confluent's Python
    // serializer does) is stored as `.proto` text, as Confluent does.
    let as_text = matches!(&parsed, ParsedSchema::Protobuf(p) if p.from_descriptor);
    Ok(Candidate {
        schema_type,
        text: if normalize || as_text { canonical.clone() } else { input.schema.clone() },
        fingerprint: state::fingerprint(schema_type, &canonical, &input.references, &input.extras),
        references: input.references.clone(),
        extras: input.extras.clone(),
        parsed,
    })
}

/// Runs the compatibility check of `candidate` against the subject's live
/// versions: `pinned` alone when given, else those `level` names. With a
/// compatibility `group` (a metadata property), only versions with the
/// candidate's value of it count (Confluent `compatibilityGroup`).
fn check_against(
    state: &State,
    subject: &str,
    level: CompatibilityLevel,
    candidate: &Candidate,
    entry: Option<&Subject>,
    pinned: Option<i32>,
    group: Option<&str>,
) -> Result<Vec<String>> {
    let Some(entry) = entry else { return Ok(Vec::new()) };
    let in_group = |id: i32| match group {
        None => true,
        Some(name) => {
            let theirs = state.schema(context::of(subject), id).map(|s| rules::property(&s.extras, name).map(str::to_owned));
            theirs.is_some_and(|value| value.as_deref() == rules::property(&candidate.extras, name))
        }
    };
    let live: Vec<(i32, i32)> = entry.live().map(|(n, v)| (n, v.id)).filter(|(_, id)| in_group(*id)).collect();
    let chosen: Vec<(i32, i32)> = match pinned {
        Some(n) => live.into_iter().filter(|(v, _)| *v == n).collect(),
        None if level.is_transitive() => live,
        None => live.last().copied().into_iter().collect(),
    };
    let mut priors = Vec::with_capacity(chosen.len());
    for (version, id) in chosen {
        let schema = schema_of(state, subject, id)?;
        let parsed = state
            .dependencies(&schema.context, &schema.references)
            .ok()
            .and_then(|deps| schema::parse(schema.schema_type, &schema.text, &deps).ok());
        priors.push((version, schema, parsed));
    }
    let prior: Vec<PriorVersion<'_>> = priors
        .iter()
        .map(|(version, schema, parsed)| PriorVersion { version: *version, text: &schema.text, parsed: parsed.as_ref() })
        .collect();
    Ok(compat::check(level, &candidate.parsed, &prior))
}

/// 42206 when a live schema references any of `versions` of `subject`.
fn ensure_unreferenced(state: &State, subject: &str, versions: &[i32]) -> Result<()> {
    for &version in versions {
        if !state.referenced_by(subject, version, false).is_empty() {
            return Err(RegistryError::ReferenceExists(subject.to_owned(), version));
        }
    }
    Ok(())
}
