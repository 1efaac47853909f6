//! `gregor backup get|restore|inspect`: the `_schemas` topic to a file and
//! back (confluent-api.md §4.5).
//!
//! Formats:
//! - **V2**, Karapace's text format: a `/V2` line, then one record per line,
//!   `HEX(key)\tHEX(value)` in upper-case base16, `null` for a missing key
//!   or value. Readable by Karapace's `karapace_schema_backup`.
//! - **V3**, a directory in the spirit of Karapace's V3: `<topic>.metadata`
//!   (JSON: tool, times, topic settings, and per data file its record
//!   count, offsets and xxh3-64 checksum) and `<topic>:0.data` (one JSON
//!   record per line with key, value, headers, offset and timestamp).
//! - **V1** (read only), Karapace's legacy JSON list of `[key, value]`.
//!
//! A restore writes the records in order into an empty topic (created
//! compacted with one partition), so a registry started on it has the same
//! subjects, versions, ids, configs and modes.

mod format;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressStyle};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

pub use self::format::{Backup, BackupFormat, Record};
use crate::config::Config;
use crate::storage::kafka::{KafkaSettings, SchemaTopic, base_config};

/// A backup operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Reading or writing the backup files.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The backup is not in a format Gregor reads, or is damaged.
    #[error("{0}")]
    Format(String),
    /// Kafka refused or did not answer.
    #[error("kafka: {0}")]
    Kafka(String),
}

/// What `backup` subcommands need to reach Kafka.
#[derive(Debug, Clone)]
pub struct Target {
    /// Kafka settings; the topic is the schemas topic.
    pub kafka: KafkaSettings,
}

impl Target {
    /// From a loaded configuration (security keys included).
    pub fn from_config(config: &Config, bootstrap: String, topic: String) -> Self {
        Self {
            kafka: KafkaSettings {
                bootstrap,
                topic,
                replication_factor: config.replication_factor,
                client_id: format!("{}-backup", config.client_id),
                write_timeout_ms: config.schema_write_timeout_ms,
                extra: config.kafka_security(),
            },
        }
    }
}

fn progress(len: u64, what: &str) -> ProgressBar {
    // Hidden when stderr is not a terminal.
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} records ({elapsed})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_owned());
    bar
}

/// Reads every record of the schemas topic, from the first offset to the
/// end as it was when the read began.
pub fn read_topic(target: &Target) -> Result<Vec<Record>, BackupError> {
    let kafka = |e: rdkafka::error::KafkaError| BackupError::Kafka(e.to_string());
    let consumer: BaseConsumer = base_config(&target.kafka, "backup")
        .set("group.id", format!("{}-backup", target.kafka.client_id))
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "false")
        .create()
        .map_err(kafka)?;
    let topic = &target.kafka.topic;
    let timeout = Duration::from_millis(target.kafka.write_timeout_ms.max(5000));
    let (low, high) = consumer.fetch_watermarks(topic, 0, timeout).map_err(kafka)?;
    let mut out = Vec::with_capacity(usize::try_from(high - low).unwrap_or(0));
    if high <= low {
        return Ok(out);
    }
    let mut assignment = TopicPartitionList::new();
    assignment.add_partition_offset(topic, 0, Offset::Beginning).map_err(kafka)?;
    consumer.assign(&assignment).map_err(kafka)?;
    let bar = progress(u64::try_from(high - low).unwrap_or(0), "reading");
    let mut idle = std::time::Instant::now();
    while out.last().is_none_or(|r: &Record| r.offset < high - 1) {
        match consumer.poll(Duration::from_millis(500)) {
            Some(Ok(message)) => {
                idle = std::time::Instant::now();
                let headers = message
                    .headers()
                    .map(|h| h.iter().map(|header| (header.key.to_owned(), header.value.map(<[u8]>::to_vec))).collect())
                    .unwrap_or_default();
                out.push(Record {
                    key: message.key().map(<[u8]>::to_vec),
                    value: message.payload().map(<[u8]>::to_vec),
                    headers,
                    offset: message.offset(),
                    timestamp: message.timestamp().to_millis(),
                });
                bar.inc(1);
            }
            Some(Err(err)) => return Err(kafka(err)),
            None if idle.elapsed() > timeout => {
                // Compaction can leave the last offsets without records.
                break;
            }
            None => {}
        }
    }
    bar.finish_and_clear();
    Ok(out)
}

/// `backup get`: the topic into `location` in `format`. Returns the
/// number of records written.
pub fn get(target: &Target, location: &Path, format: BackupFormat) -> Result<usize, BackupError> {
    let started = now_ms();
    let records = read_topic(target)?;
    let backup = Backup {
        format,
        topic: target.kafka.topic.clone(),
        replication_factor: target.kafka.replication_factor,
        started_at: started,
        finished_at: now_ms(),
        records,
    };
    backup.write(location)?;
    Ok(backup.records.len())
}

/// `backup restore`: the backup at `location` into the target topic, which
/// must be empty (it is created when absent). Returns the number of
/// records written.
pub async fn restore(target: &Target, location: &Path) -> Result<usize, BackupError> {
    let backup = Backup::read(location)?;
    let topic = SchemaTopic::connect(target.kafka.clone()).await.map_err(|e| BackupError::Kafka(e.to_string()))?;
    let existing = {
        let kafka = |e: rdkafka::error::KafkaError| BackupError::Kafka(e.to_string());
        let consumer: BaseConsumer = base_config(&target.kafka, "restore-check").create().map_err(kafka)?;
        let (low, high) = consumer.fetch_watermarks(&target.kafka.topic, 0, Duration::from_secs(10)).map_err(kafka)?;
        high - low
    };
    if existing > 0 {
        return Err(BackupError::Format(format!(
            "topic {} already holds {existing} records: restore into an empty topic",
            target.kafka.topic
        )));
    }
    let bar = progress(backup.records.len() as u64, "restoring");
    for record in &backup.records {
        let key = record.key.as_deref().unwrap_or_default();
        topic.append(key, record.value.as_deref()).await.map_err(|e| BackupError::Kafka(e.to_string()))?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(backup.records.len())
}

/// `backup inspect`: what the backup at `location` holds, as text.
pub fn inspect(location: &Path) -> Result<String, BackupError> {
    let backup = Backup::read(location)?;
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for record in &backup.records {
        let keytype = record
            .key
            .as_deref()
            .and_then(|k| serde_json::from_slice::<serde_json::Value>(k).ok())
            .and_then(|k| k.get("keytype").and_then(serde_json::Value::as_str).map(str::to_owned))
            .unwrap_or_else(|| "(unreadable key)".to_owned());
        *kinds.entry(keytype).or_default() += 1;
    }
    let tombstones = backup.records.iter().filter(|r| r.value.is_none()).count();
    let mut out = format!(
        "format: {}\ntopic: {}\nrecords: {}\ntombstones: {tombstones}\n",
        backup.format.name(),
        if backup.topic.is_empty() { "(not recorded)" } else { &backup.topic },
        backup.records.len()
    );
    if let (Some(first), Some(last)) = (backup.records.first(), backup.records.last()) {
        out.push_str(&format!("offsets: {}..{}\n", first.offset, last.offset));
    }
    for (kind, count) in kinds {
        out.push_str(&format!("  {kind}: {count}\n"));
    }
    if backup.format == BackupFormat::V3 {
        out.push_str("checksums: ok\n");
    }
    Ok(out)
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
