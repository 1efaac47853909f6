//! Errors of Kafka administration, with the code Confluent's REST v3
//! answers for them (rest-utils `KafkaExceptionMapper`, and JAX-RS
//! `NotFoundException` → the HTTP status as `error_code`).

use rdkafka::error::RDKafkaErrorCode;

/// An administration request that failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AdminError {
    /// 404 (`Entities.checkEntityExists`): a cluster, broker, config, group,
    /// member or lag that does not exist. The message is Confluent's, e.g.
    /// `Cluster abc cannot be found.`
    #[error("{0}")]
    NotFound(String),
    /// 40403 (UnknownTopicOrPartitionException): the topic or partition.
    #[error("This server does not host this topic-partition.")]
    UnknownTopicOrPartition,
    /// 40002 (KAFKA_BAD_REQUEST_ERROR_CODE): Kafka refused the request as
    /// invalid (topic exists, invalid partitions, replication factor or
    /// config, policy violation, a request the broker does not support).
    #[error("{0}")]
    BadRequest(String),
    /// 400 (error_code 400): the request itself is malformed (an unknown
    /// `operation`, a missing name).
    #[error("{0}")]
    Invalid(String),
    /// 40301: Kafka refused the credentials the request was made with.
    #[error("{0}")]
    Forbidden(String),
    /// 50003 (KAFKA_RETRIABLE_ERROR_ERROR_CODE): Kafka timed out or was
    /// unreachable.
    #[error("{0}")]
    Retriable(String),
    /// 50002 (KAFKA_ERROR_ERROR_CODE): any other Kafka error.
    #[error("{0}")]
    Kafka(String),
}

impl AdminError {
    /// The `error_code` of the REST body (its first three digits are the
    /// HTTP status).
    pub fn error_code(&self) -> u32 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnknownTopicOrPartition => 40403,
            Self::BadRequest(_) => 40002,
            Self::Invalid(_) => 400,
            Self::Forbidden(_) => 40301,
            Self::Retriable(_) => 50003,
            Self::Kafka(_) => 50002,
        }
    }

    /// An UPPER_SNAKE_CASE name for `google.rpc.ErrorInfo.reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::NotFound(_) => "NOT_FOUND",
            Self::UnknownTopicOrPartition => "UNKNOWN_TOPIC_OR_PARTITION",
            Self::BadRequest(_) => "KAFKA_BAD_REQUEST",
            Self::Invalid(_) => "BAD_REQUEST",
            Self::Forbidden(_) => "KAFKA_AUTHORIZATION_FAILED",
            Self::Retriable(_) => "KAFKA_RETRIABLE_ERROR",
            Self::Kafka(_) => "KAFKA_ERROR",
        }
    }

    /// What Confluent answers for the Kafka error `code` (with its
    /// message): the exception class librdkafka's code stands for, mapped
    /// as `KafkaExceptionMapper` maps it.
    pub fn from_kafka(code: RDKafkaErrorCode, message: &str) -> Self {
        use RDKafkaErrorCode as C;
        let message = if message.is_empty() {
            code.to_string()
        } else {
            message.to_owned()
        };
        match code {
            C::UnknownTopicOrPartition
            | C::UnknownPartition
            | C::UnknownTopic
            | C::UnknownTopicId => Self::UnknownTopicOrPartition,
            C::TopicAlreadyExists
            | C::InvalidPartitions
            | C::InvalidReplicationFactor
            | C::InvalidReplicaAssignment
            | C::InvalidConfig
            | C::InvalidRequest
            | C::PolicyViolation
            | C::InvalidTopic
            | C::TopicDeletionDisabled
            | C::UnsupportedVersion
            | C::UnsupportedFeature
            | C::SecurityDisabled
            | C::Unknown
            // librdkafka refused an argument (an empty config name).
            | C::InvalidArgument => Self::BadRequest(message),
            C::TopicAuthorizationFailed
            | C::GroupAuthorizationFailed
            | C::ClusterAuthorizationFailed
            | C::SaslAuthenticationFailed
            | C::Authentication => Self::Forbidden(message),
            C::OperationTimedOut
            | C::RequestTimedOut
            | C::AllBrokersDown
            | C::BrokerTransportFailure
            | C::BrokerNotAvailable => Self::Retriable(message),
            _ => Self::Kafka(message),
        }
    }
}

impl AdminError {
    /// [`Self::from_kafka`] for a Kafka protocol error `code` (Kafka
    /// `Errors.java`), as a reply read by Gregor's own connection carries it.
    pub fn from_kafka_code(code: i16, message: &str) -> Self {
        match rdkafka_sys::types::RDKafkaRespErr::try_from(i32::from(code)) {
            Ok(known) => Self::from_kafka(known.into(), message),
            Err(_) => Self::Kafka(format!("Kafka error {code}: {message}")),
        }
    }
}

impl From<super::ffi::FfiError> for AdminError {
    fn from(err: super::ffi::FfiError) -> Self {
        Self::from_kafka(err.code, &err.message)
    }
}

impl From<rdkafka::error::KafkaError> for AdminError {
    fn from(err: rdkafka::error::KafkaError) -> Self {
        match err {
            rdkafka::error::KafkaError::AdminOp(code) => return Self::from_kafka(code, &code.to_string()),
            // librdkafka refused to build the request: an argument out of
            // range (partitions, replication), as Java's AdminClient
            // refuses it with an InvalidRequestException (40002).
            rdkafka::error::KafkaError::AdminOpCreation(message) => return Self::BadRequest(message),
            _ => {}
        }
        match err.rdkafka_error_code() {
            Some(code) => Self::from_kafka(code, &err.to_string()),
            None => Self::Kafka(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_as_kafka_exception_mapper() {
        assert_eq!(
            AdminError::from_kafka(RDKafkaErrorCode::UnknownTopicOrPartition, "").error_code(),
            40403
        );
        assert_eq!(
            AdminError::from_kafka(RDKafkaErrorCode::TopicAlreadyExists, "exists").error_code(),
            40002
        );
        assert_eq!(
            AdminError::from_kafka(RDKafkaErrorCode::UnsupportedFeature, "").error_code(),
            40002
        );
        assert_eq!(
            AdminError::from_kafka(RDKafkaErrorCode::OperationTimedOut, "").error_code(),
            50003
        );
        assert_eq!(
            AdminError::from_kafka(RDKafkaErrorCode::MessageSizeTooLarge, "").error_code(),
            50002
        );
        assert_eq!(
            AdminError::NotFound("Cluster x cannot be found.".into()).error_code(),
            404
        );
    }
}
