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
pub mod guid;
pub mod jackson;
mod ids;
pub use ids::SchemaFilter;
pub mod json;
mod lookup;
pub mod mode;
pub mod protobuf;
pub mod rules;
pub mod schema;
mod settings;
pub mod state;
mod subjects;
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
    /// The reader's progress: Kafka answered it (a record, or the 2-s
    /// metadata check).
    reader_beat: Arc<crate::ops::liveness::Beat>,
    /// `None` until writes were first taken; then `Some(None)` while they
    /// are, `Some(Some(t))` when they stopped being taken at `t`.
    unwritable_since: Mutex<Option<Option<Instant>>>,
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
        let reader_beat = Arc::new(crate::ops::liveness::register("schemas-reader"));
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
            reader_beat.clone(),
        )?;
        let registry = Arc::new(Self {
            reader_beat,
            unwritable_since: Mutex::new(None),
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

    // ---- answers of the primary ----

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

    /// `/_health`'s `healthy` (and `grpc.health.v1` for the registry):
    /// the schemas topic exists, the reader heard from Kafka within 10 s,
    /// and once replayed, a write would be taken (this node is primary or
    /// knows one). Karapace reports unhealthy on reader errors alone.
    pub fn is_healthy(&self) -> bool {
        self.topic_present.load(Ordering::Acquire)
            && self.reader_beat.age() <= crate::ops::liveness::KAFKA_REACHABLE_WITHIN
            && !self.primary_lost()
    }

    /// Writes have not been taken for over 10 s after they once were (a
    /// rebalance's moment without a primary, or the first election after
    /// start, is not a loss).
    fn primary_lost(&self) -> bool {
        let mut since = self.unwritable_since.lock().unwrap_or_else(|e| e.into_inner());
        if self.is_writable() {
            *since = Some(None);
            return false;
        }
        match *since {
            None => false, // never writable yet: starting
            Some(None) => {
                *since = Some(Some(Instant::now()));
                false
            }
            Some(Some(at)) => at.elapsed() > crate::ops::liveness::KAFKA_REACHABLE_WITHIN,
        }
    }

    /// Counts and reader state for the metrics.
    pub fn figures(&self) -> crate::ops::metrics::RegistryFigures {
        let health = self.health();
        let state = self.read();
        let (mut live, mut soft_deleted, mut subjects) = (0_i64, 0_i64, 0_i64);
        for subject in state.subjects.values() {
            let before = live;
            for version in subject.versions.values() {
                if version.deleted { soft_deleted += 1 } else { live += 1 }
            }
            if live > before {
                subjects += 1;
            }
        }
        crate::ops::metrics::RegistryFigures {
            schemas: i64::try_from(state.schema_count()).unwrap_or(i64::MAX),
            subjects,
            live_versions: live,
            soft_deleted_versions: soft_deleted,
            ready: health.ready,
            primary: health.is_primary,
            reader_offset: health.current_offset,
            reader_highest_offset: health.highest_offset,
            startup_seconds: health.startup_time_sec,
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
        let known = state.schema(context::of(subject), id);
        SchemaValue {
            subject: subject.to_owned(),
            version,
            id,
            schema: known.map_or(self.text, |s| s.text.to_string()),
            deleted: false,
            schema_type: (self.schema_type != SchemaType::Avro).then(|| self.schema_type.name().to_owned()),
            references: self.references,
            metadata: self.extras.metadata,
            rule_set: self.extras.rule_set,
            md5: known.and_then(|s| s.md5.clone()),
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
    // A reference to version -1 is to the subject's latest version, stored
    // with that version's number (Confluent `resolveReferences`).
    let references = input
        .references
        .iter()
        .map(|reference| {
            if reference.version != -1 {
                return Ok(reference.clone());
            }
            let latest = state.subjects.get(&context::resolve(context, &reference.subject)).and_then(|s| s.live().next_back());
            match latest {
                Some((version, _)) => Ok(Reference { version, ..reference.clone() }),
                None => Err(RegistryError::InvalidSchema(format!(
                    "reference '{}' to subject '{}' version -1 (latest) not found",
                    reference.name, reference.subject
                ))),
            }
        })
        .collect::<Result<Vec<_>>>()?;
    // Normalizing sorts the references by subject then version and drops
    // repeats (Confluent `normalize()`: `references.stream().sorted().distinct()`;
    // `SchemaReference.compareTo`).
    let references = if normalize {
        let mut sorted = references;
        sorted.sort_by(|a, b| a.subject.cmp(&b.subject).then(a.version.cmp(&b.version)));
        let mut distinct: Vec<Reference> = Vec::with_capacity(sorted.len());
        for reference in sorted {
            if !distinct.contains(&reference) {
                distinct.push(reference);
            }
        }
        distinct
    } else {
        references
    };
    let dependencies = state.dependencies(context, &references).map_err(RegistryError::InvalidSchema)?;
    let parsed = schema::parse(schema_type, &input.schema, &dependencies).map_err(RegistryError::InvalidSchema)?;
    let mut canonical = parsed.canonical();
    // Stored as Confluent stores it (`ParsedSchema.canonicalString()`): an
    // Avro schema as Avro Java prints it, a JSON Schema as compact JSON in
    // its own key order (Jackson), a Protobuf schema sent as a base64
    // descriptor (Confluent's Python serializer does) as `.proto` text.
    // Other Protobuf text is kept as sent (Confluent reformats it; see the
    // module docs of `protobuf`).
    let text = match &parsed {
        // Confluent's normalized text; identity is that of the text as
        // stored, so schemas equal up to field, option or import order are
        // one schema. Text that would not parse again (a printer gap) is
        // not stored: the canonical form is, as before.
        ParsedSchema::Protobuf(p) if normalize => {
            match p.normalized().and_then(|normalized| schema::parse(schema_type, &normalized, &dependencies).map(|again| (normalized, again))) {
                Ok((normalized, again)) => {
                    canonical = again.canonical();
                    normalized
                }
                Err(error) => {
                    tracing::warn!(%error, "normalized Protobuf text does not parse again; storing the canonical form");
                    canonical.clone()
                }
            }
        }
        _ if normalize => canonical.clone(),
        ParsedSchema::Avro(_) => canonical.clone(),
        ParsedSchema::Json(json) => jackson::to_string(&json.document),
        ParsedSchema::Protobuf(p) if p.from_descriptor => canonical.clone(),
        ParsedSchema::Protobuf(_) => input.schema.clone(),
    };
    Ok(Candidate {
        schema_type,
        text,
        fingerprint: state::fingerprint(schema_type, &canonical, &references, &input.extras),
        references,
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
