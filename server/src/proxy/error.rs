//! Errors of the Kafka REST proxy, each with its v2 error code
//! (confluentinc/kafka-rest `Errors.java`, confluent-api.md §3.2).

use super::schemas::Part;

/// A proxy operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    /// 40401.
    #[error("Topic '{0}' not found.")]
    TopicNotFound(String),
    /// 40301: the caller's permissions do not cover `Topic:<name>` (the
    /// auth file); Confluent's answer to Kafka's TOPIC_AUTHORIZATION_FAILED.
    #[error("Not authorized to access topic '{0}'.")]
    TopicForbidden(String),
    /// 40301: a write to the registry's schemas topic while
    /// `schemas_topic_protected` is on (Gregor's own rule).
    #[error("Topic '{0}' holds the schema registry's schemas: Gregor does not write, alter or delete it for a client (schemas_topic_protected)")]
    ProtectedTopic(String),
    /// 40402.
    #[error("Partition {1} of topic '{0}' not found.")]
    PartitionNotFound(String, i32),
    /// 415: a schema'd embedded format this build does not serve yet.
    #[error("Embedded format '{0}' is not supported by this version of Gregor yet; use binary or json")]
    UnsupportedFormat(String),
    /// 422 (error_code 422): a produce body without records, as Karapace
    /// answers it (`validate_publish_request_format`) and Confluent's
    /// `@NotEmpty records` refuses it.
    #[error("Invalid request format: records must not be empty")]
    EmptyProduce,
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
    /// 42207: a `*_schema_id` that is no version of the subject the
    /// topic's keys or values use.
    #[error("Schema {id} is not registered under subject {subject}")]
    SchemaNotInSubject {
        /// The schema id of the request.
        id: i32,
        /// The subject the name strategy gives.
        subject: String,
    },
    /// 400 (error_code 400): a binary key or value that is not a base64
    /// string (Confluent reads it with Jackson, which answers 400).
    #[error("Invalid binary data in record {index}: {reason}")]
    BadBinary {
        /// Position of the record in the request.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// 42205: the schema is invalid, unknown or could not be registered.
    #[error("Invalid schema: {0}")]
    InvalidSchema(String),
    /// 40403: no consumer instance (group, name).
    #[error("Consumer instance {1} not found in group {0}")]
    ConsumerNotFound(String, String),
    /// 40403: a subscribed or assigned topic or partition does not exist
    /// (Karapace UNKNOWN_TOPIC_OR_PARTITION).
    #[error("Unknown topic or partition: {0}")]
    UnknownTopicOrPartition(String),
    /// 40601: `records` asked in another embedded format than the
    /// instance's.
    #[error("Consumer format {instance} does not match the embedded format {requested}")]
    FormatMismatch {
        /// The instance's format.
        instance: String,
        /// The format the Accept header names.
        requested: String,
    },
    /// 40902: an instance of that name exists in the group.
    #[error("Consumer with the name {0} already exists")]
    ConsumerExists(String),
    /// 40903: an operation the instance's state does not allow (subscribe
    /// while assigned, seek on an unassigned partition).
    #[error("Illegal state: {0}")]
    IllegalState(String),
    /// 42204: invalid consumer instance settings.
    #[error("Invalid consumer configuration: {0}")]
    InvalidConsumerConfig(String),
    /// 42203: a consumed key or value does not decode in the instance's
    /// embedded format.
    #[error("{0}")]
    Deserialization(String),
    /// 42901: the instance cap (`consumer_max_instances`) is reached.
    #[error("Too many consumer instances: at most {0} can be open at once; delete unused ones")]
    TooManyConsumers(usize),
    /// 50002: Kafka could not be reached or answered with an error.
    #[error("Kafka error: {0}")]
    Kafka(String),
    /// 40301: with `rest_authorization`, Kafka refused the caller's
    /// credentials (Karapace answers 403 "Forbidden").
    #[error("Forbidden")]
    KafkaAuthentication,
    /// 40801 (Karapace SCHEMA_RETRIEVAL_ERROR): the schema registry could
    /// not be reached, answered with an error, or there is none.
    #[error("Error when fetching schema: {0}")]
    SchemaRetrieval(String),
}

impl ProxyError {
    /// The v2 error code.
    pub fn error_code(&self) -> u32 {
        match self {
            Self::TopicNotFound(_) => 40401,
            Self::TopicForbidden(_) | Self::ProtectedTopic(_) => 40301,
            Self::PartitionNotFound(..) => 40402,
            Self::UnsupportedFormat(_) => 415,
            Self::EmptyProduce => 422,
            Self::BadBinary { .. } => 400,
            Self::SchemaNotInSubject { .. } => 42207,
            Self::InvalidRecord { .. } | Self::InvalidSchema(_) => 42205,
            Self::MissingSchema(Part::Key) => 42201,
            Self::MissingSchema(Part::Value) => 42202,
            Self::ConsumerNotFound(..) | Self::UnknownTopicOrPartition(_) => 40403,
            Self::FormatMismatch { .. } => 40601,
            Self::ConsumerExists(_) => 40902,
            Self::IllegalState(_) => 40903,
            Self::InvalidConsumerConfig(_) => 42204,
            Self::Deserialization(_) => 42203,
            Self::TooManyConsumers(_) => 42901,
            Self::Kafka(_) => 50002,
            Self::KafkaAuthentication => 40301,
            Self::SchemaRetrieval(_) => 40801,
        }
    }

    /// An UPPER_SNAKE_CASE name for `google.rpc.ErrorInfo.reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::TopicNotFound(_) => "TOPIC_NOT_FOUND",
            Self::TopicForbidden(_) => "TOPIC_AUTHORIZATION_FAILED",
            Self::ProtectedTopic(_) => "SCHEMAS_TOPIC_PROTECTED",
            Self::PartitionNotFound(..) => "PARTITION_NOT_FOUND",
            Self::UnsupportedFormat(_) => "UNSUPPORTED_EMBEDDED_FORMAT",
            Self::EmptyProduce => "INVALID_REQUEST_FORMAT",
            Self::BadBinary { .. } => "BAD_REQUEST",
            Self::SchemaNotInSubject { .. } => "SCHEMA_NOT_IN_SUBJECT",
            Self::InvalidRecord { .. } => "INVALID_DATA",
            Self::MissingSchema(_) => "SCHEMA_MISSING",
            Self::InvalidSchema(_) => "INVALID_SCHEMA",
            Self::ConsumerNotFound(..) => "CONSUMER_NOT_FOUND",
            Self::UnknownTopicOrPartition(_) => "UNKNOWN_TOPIC_OR_PARTITION",
            Self::FormatMismatch { .. } => "UNSUPPORTED_FORMAT",
            Self::ConsumerExists(_) => "CONSUMER_ALREADY_EXISTS",
            Self::IllegalState(_) => "ILLEGAL_STATE",
            Self::InvalidConsumerConfig(_) => "INVALID_CONSUMER_PARAMETERS",
            Self::Deserialization(_) => "DESERIALIZATION_ERROR",
            Self::TooManyConsumers(_) => "TOO_MANY_CONSUMER_INSTANCES",
            Self::Kafka(_) => "KAFKA_ERROR",
            Self::KafkaAuthentication => "KAFKA_AUTHENTICATION_FAILED",
            Self::SchemaRetrieval(_) => "SCHEMA_RETRIEVAL_ERROR",
        }
    }
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Key => "key",
        Part::Value => "value",
    }
}
