//! Errors of the Kafka REST proxy, each with its v2 error code
//! (confluentinc/kafka-rest `Errors.java`, confluent-api.md §3.2).

use super::schemas::Part;

/// A proxy operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    /// 40401.
    #[error("Topic '{0}' not found.")]
    TopicNotFound(String),
    /// 40402.
    #[error("Partition {1} of topic '{0}' not found.")]
    PartitionNotFound(String, i32),
    /// 415: a schema'd embedded format this build does not serve yet.
    #[error("Embedded format '{0}' is not supported by this version of Gregor yet; use binary or json")]
    UnsupportedFormat(String),
    /// 42205: a record that cannot be encoded; nothing was produced.
    #[error("Invalid data in record {index}: {reason}")]
    InvalidRecord {
        /// Position of the record in the request.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// 42201 (key) / 42202 (value): records carry keys or values but the
    /// request names no schema for them.
    #[error("Request includes {}s but does not include {} schema", part_name(*.0), part_name(*.0))]
    MissingSchema(Part),
    /// 42205: the schema is invalid, unknown or could not be registered.
    #[error("Invalid schema: {0}")]
    InvalidSchema(String),
    /// 50002: Kafka could not be reached or answered with an error.
    #[error("Kafka error: {0}")]
    Kafka(String),
}

impl ProxyError {
    /// The v2 error code.
    pub fn error_code(&self) -> u32 {
        match self {
            Self::TopicNotFound(_) => 40401,
            Self::PartitionNotFound(..) => 40402,
            Self::UnsupportedFormat(_) => 415,
            Self::InvalidRecord { .. } | Self::InvalidSchema(_) => 42205,
            Self::MissingSchema(Part::Key) => 42201,
            Self::MissingSchema(Part::Value) => 42202,
            Self::Kafka(_) => 50002,
        }
    }

    /// An UPPER_SNAKE_CASE name for `google.rpc.ErrorInfo.reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::TopicNotFound(_) => "TOPIC_NOT_FOUND",
            Self::PartitionNotFound(..) => "PARTITION_NOT_FOUND",
            Self::UnsupportedFormat(_) => "UNSUPPORTED_EMBEDDED_FORMAT",
            Self::InvalidRecord { .. } => "INVALID_DATA",
            Self::MissingSchema(_) => "SCHEMA_MISSING",
            Self::InvalidSchema(_) => "INVALID_SCHEMA",
            Self::Kafka(_) => "KAFKA_ERROR",
        }
    }
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Key => "key",
        Part::Value => "value",
    }
}
