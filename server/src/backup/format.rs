//! Backup files: Karapace's V2 text (read and written), Gregor's V3-style
//! directory with checksums (read and written), Karapace's V1 JSON (read).

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use xxhash_rust::xxh3::xxh3_64;

use super::BackupError;

/// The first line of a V2 backup.
const V2_MAGIC: &str = "/V2";
/// The checksum algorithm of V3 data files (Karapace's name for it).
const CHECKSUM: &str = "xxhash3_64_be";

/// One record of the schemas topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Key bytes.
    pub key: Option<Vec<u8>>,
    /// Value bytes; `None` for a tombstone.
    pub value: Option<Vec<u8>>,
    /// Record headers (V3 only).
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    /// Offset in the source topic (V3 keeps it; V2 and V1 number from 0).
    pub offset: i64,
    /// Timestamp in ms since the epoch, when known.
    pub timestamp: Option<i64>,
}

/// A backup format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BackupFormat {
    /// Karapace's legacy JSON list (read only).
    V1,
    /// Karapace's text format.
    V2,
    /// A directory with metadata and checksummed data.
    V3,
}

impl BackupFormat {
    /// `V1`, `V2` or `V3`.
    pub fn name(self) -> &'static str {
        match self {
            Self::V1 => "V1",
            Self::V2 => "V2",
            Self::V3 => "V3",
        }
    }
}

/// A whole backup in memory.
#[derive(Debug, Clone)]
pub struct Backup {
    /// Its format.
    pub format: BackupFormat,
    /// The source topic (V3; empty otherwise).
    pub topic: String,
    /// The source topic's replication factor (V3).
    pub replication_factor: i32,
    /// When reading the topic began, ms since the epoch (V3).
    pub started_at: i64,
    /// When it ended (V3).
    pub finished_at: i64,
    /// The records in offset order.
    pub records: Vec<Record>,
}

/// `<topic>.metadata` of a V3 backup.
#[derive(Debug, Serialize, Deserialize)]
struct Metadata {
    version: u32,
    tool_name: String,
    tool_version: String,
    started_at: i64,
    finished_at: i64,
    record_count: usize,
    topic_name: String,
    partition_count: u32,
    replication_factor: i32,
    topic_configurations: serde_json::Map<String, Value>,
    data_files: Vec<DataFile>,
    checksum_algorithm: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct DataFile {
    filename: String,
    partition: i32,
    checksum: String,
    record_count: usize,
    start_offset: i64,
    end_offset: i64,
}

/// One line of a V3 data file.
#[derive(Debug, Serialize, Deserialize)]
struct Line {
    key: Option<String>,
    value: Option<String>,
    #[serde(default)]
    headers: Vec<(String, Option<String>)>,
    offset: i64,
    timestamp: Option<i64>,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io { path: path.to_owned(), source }
}

fn bad(what: impl Into<String>) -> BackupError {
    BackupError::Format(what.into())
}

impl Backup {
    /// Writes the backup at `location`: a file (V2) or a directory (V3).
    pub fn write(&self, location: &Path) -> Result<(), BackupError> {
        match self.format {
            BackupFormat::V1 => Err(bad("V1 is read only; write V2 or V3")),
            BackupFormat::V2 => std::fs::write(location, self.v2_text()).map_err(io(location)),
            BackupFormat::V3 => self.write_v3(location),
        }
    }

    fn v2_text(&self) -> String {
        let hex = |b: &Option<Vec<u8>>| b.as_ref().map_or_else(|| "null".to_owned(), hex::encode_upper);
        let mut out = format!("{V2_MAGIC}\n");
        for record in &self.records {
            out.push_str(&format!("{}\t{}\n", hex(&record.key), hex(&record.value)));
        }
        out
    }

    fn write_v3(&self, dir: &Path) -> Result<(), BackupError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut data = String::new();
        for record in &self.records {
            let line = Line {
                key: record.key.as_ref().map(|k| STANDARD.encode(k)),
                value: record.value.as_ref().map(|v| STANDARD.encode(v)),
                headers: record.headers.iter().map(|(k, v)| (k.clone(), v.as_ref().map(|v| STANDARD.encode(v)))).collect(),
                offset: record.offset,
                timestamp: record.timestamp,
            };
            data.push_str(&serde_json::to_string(&line).map_err(|e| bad(e.to_string()))?);
            data.push('\n');
        }
        let filename = format!("{}:0.data", self.topic);
        let data_path = dir.join(&filename);
        std::fs::write(&data_path, &data).map_err(io(&data_path))?;
        let mut configs = serde_json::Map::new();
        configs.insert("cleanup.policy".to_owned(), Value::String("compact".to_owned()));
        let metadata = Metadata {
            version: 3,
            tool_name: "gregor".to_owned(),
            tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            started_at: self.started_at,
            finished_at: self.finished_at,
            record_count: self.records.len(),
            topic_name: self.topic.clone(),
            partition_count: 1,
            replication_factor: self.replication_factor,
            topic_configurations: configs,
            data_files: vec![DataFile {
                filename,
                partition: 0,
                checksum: format!("{:016x}", xxh3_64(data.as_bytes())),
                record_count: self.records.len(),
                start_offset: self.records.first().map_or(0, |r| r.offset),
                end_offset: self.records.last().map_or(-1, |r| r.offset),
            }],
            checksum_algorithm: CHECKSUM.to_owned(),
        };
        let path = dir.join(format!("{}.metadata", self.topic));
        std::fs::write(&path, serde_json::to_vec_pretty(&metadata).map_err(|e| bad(e.to_string()))?).map_err(io(&path))
    }

    /// Reads a backup, telling the format from what `location` is: a
    /// directory (V3), a file starting `/V2` (V2), or a JSON list (V1).
    /// V3 checksums and record counts are verified.
    pub fn read(location: &Path) -> Result<Self, BackupError> {
        if location.is_dir() {
            return Self::read_v3(location);
        }
        let text = std::fs::read_to_string(location).map_err(io(location))?;
        if text.starts_with(V2_MAGIC) {
            Self::read_v2(&text)
        } else if text.trim_start().starts_with('[') {
            Self::read_v1(&text)
        } else {
            Err(bad(format!("{}: neither a V2 (/V2) nor a V1 (JSON list) backup", location.display())))
        }
    }

    fn empty(format: BackupFormat) -> Self {
        Self { format, topic: String::new(), replication_factor: 1, started_at: 0, finished_at: 0, records: Vec::new() }
    }

    fn read_v2(text: &str) -> Result<Self, BackupError> {
        let mut backup = Self::empty(BackupFormat::V2);
        for (n, line) in text.lines().enumerate().skip(1) {
            if line.is_empty() {
                continue;
            }
            let (key, value) = line.split_once('\t').ok_or_else(|| bad(format!("V2 line {}: no tab", n + 1)))?;
            let decode = |field: &str| -> Result<Option<Vec<u8>>, BackupError> {
                if field == "null" {
                    Ok(None)
                } else {
                    hex::decode(field).map(Some).map_err(|e| bad(format!("V2 line {}: {e}", n + 1)))
                }
            };
            let offset = i64::try_from(backup.records.len()).unwrap_or(i64::MAX);
            backup.records.push(Record { key: decode(key)?, value: decode(value)?, headers: Vec::new(), offset, timestamp: None });
        }
        Ok(backup)
    }

    fn read_v1(text: &str) -> Result<Self, BackupError> {
        let pairs: Vec<(Value, Value)> = serde_json::from_str(text).map_err(|e| bad(format!("V1: {e}")))?;
        let mut backup = Self::empty(BackupFormat::V1);
        for (key, value) in pairs {
            let bytes = |v: Value| if v.is_null() { None } else { Some(v.to_string().into_bytes()) };
            let offset = i64::try_from(backup.records.len()).unwrap_or(i64::MAX);
            backup.records.push(Record { key: bytes(key), value: bytes(value), headers: Vec::new(), offset, timestamp: None });
        }
        Ok(backup)
    }

    fn read_v3(dir: &Path) -> Result<Self, BackupError> {
        let metadata_path = std::fs::read_dir(dir)
            .map_err(io(dir))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "metadata"))
            .ok_or_else(|| bad(format!("{}: no .metadata file", dir.display())))?;
        let metadata: Metadata = serde_json::from_slice(&std::fs::read(&metadata_path).map_err(io(&metadata_path))?)
            .map_err(|e| bad(format!("{}: {e}", metadata_path.display())))?;
        if metadata.version != 3 || metadata.checksum_algorithm != CHECKSUM {
            return Err(bad(format!("{}: not a Gregor V3 backup", metadata_path.display())));
        }
        let mut backup = Self {
            format: BackupFormat::V3,
            topic: metadata.topic_name.clone(),
            replication_factor: metadata.replication_factor,
            started_at: metadata.started_at,
            finished_at: metadata.finished_at,
            records: Vec::new(),
        };
        for file in &metadata.data_files {
            let path: PathBuf = dir.join(&file.filename);
            let data = std::fs::read(&path).map_err(io(&path))?;
            let checksum = format!("{:016x}", xxh3_64(&data));
            if checksum != file.checksum {
                return Err(bad(format!("{}: checksum {checksum} does not match {}", path.display(), file.checksum)));
            }
            let text = String::from_utf8(data).map_err(|e| bad(format!("{}: {e}", path.display())))?;
            let before = backup.records.len();
            for line in text.lines().filter(|l| !l.is_empty()) {
                let line: Line = serde_json::from_str(line).map_err(|e| bad(format!("{}: {e}", path.display())))?;
                let decode = |v: Option<String>| -> Result<Option<Vec<u8>>, BackupError> {
                    v.map(|v| STANDARD.decode(v).map_err(|e| bad(format!("{}: {e}", path.display())))).transpose()
                };
                let mut headers = Vec::with_capacity(line.headers.len());
                for (k, v) in line.headers {
                    headers.push((k, decode(v)?));
                }
                backup.records.push(Record {
                    key: decode(line.key)?,
                    value: decode(line.value)?,
                    headers,
                    offset: line.offset,
                    timestamp: line.timestamp,
                });
            }
            if backup.records.len() - before != file.record_count {
                return Err(bad(format!("{}: {} records, metadata says {}", path.display(), backup.records.len() - before, file.record_count)));
            }
        }
        if backup.records.len() != metadata.record_count {
            return Err(bad(format!("{} records, metadata says {}", backup.records.len(), metadata.record_count)));
        }
        Ok(backup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Backup {
        Backup {
            format: BackupFormat::V3,
            topic: "_schemas".to_owned(),
            replication_factor: 1,
            started_at: 1,
            finished_at: 2,
            records: vec![
                Record {
                    key: Some(br#"{"keytype":"SCHEMA","subject":"s","version":1,"magic":1}"#.to_vec()),
                    value: Some(br#"{"subject":"s","version":1,"id":1,"schema":"\"int\"","deleted":false}"#.to_vec()),
                    headers: vec![("X-Origin-Host".to_owned(), Some(b"h".to_vec()))],
                    offset: 4,
                    timestamp: Some(9),
                },
                Record { key: Some(br#"{"keytype":"NOOP","magic":0}"#.to_vec()), value: None, headers: vec![], offset: 5, timestamp: None },
            ],
        }
    }

    #[test]
    fn v2_is_karapace_hex_text() {
        let backup = Backup { format: BackupFormat::V2, ..sample() };
        let text = backup.v2_text();
        assert!(text.starts_with("/V2\n7B226B6579747970"), "{text}");
        assert!(text.ends_with("\tnull\n"));
        let back = Backup::read_v2(&text).unwrap();
        assert_eq!(back.records.iter().map(|r| (&r.key, &r.value)).collect::<Vec<_>>(),
                   backup.records.iter().map(|r| (&r.key, &r.value)).collect::<Vec<_>>());
        assert!(Backup::read_v2("/V2\nZZ\tnull\n").is_err());
    }

    #[test]
    fn v3_round_trips_and_detects_damage() {
        let dir = std::env::temp_dir().join(format!("gregor-backup-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        sample().write(&dir).unwrap();
        let back = Backup::read(&dir).unwrap();
        assert_eq!(back.records, sample().records);
        assert_eq!(back.topic, "_schemas");
        let data = dir.join("_schemas:0.data");
        let mut bytes = std::fs::read(&data).unwrap();
        bytes[10] ^= 1;
        std::fs::write(&data, bytes).unwrap();
        let err = Backup::read(&dir).unwrap_err().to_string();
        assert!(err.contains("checksum"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn v1_json_list_reads() {
        let text = r#"[[{"keytype":"SCHEMA","subject":"s","version":1,"magic":1},{"subject":"s","version":1,"id":1,"schema":"\"int\""}],[{"keytype":"CONFIG","subject":null,"magic":0},null]]"#;
        let backup = Backup::read_v1(text).unwrap();
        assert_eq!(backup.records.len(), 2);
        assert!(backup.records[1].value.is_none());
    }
}
