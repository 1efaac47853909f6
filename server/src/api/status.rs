//! `RegistryError` → `tonic::Status`, with the Confluent code in an
//! `ErrorInfo` detail (see `gateway::status`).

use tonic::{Code, Status};

use crate::proxy::error::ProxyError;
use crate::registry::error::RegistryError;

impl From<RegistryError> for Status {
    fn from(err: RegistryError) -> Self {
        let code = match &err {
            RegistryError::SubjectNotFound(_)
            | RegistryError::VersionNotFound(_)
            | RegistryError::SchemaNotFound
            | RegistryError::SchemaIdNotFound(_)
            | RegistryError::SchemaGuidNotFound(_)
            | RegistryError::SubjectSoftDeleted(_)
            | RegistryError::SubjectNotSoftDeleted(_)
            | RegistryError::VersionSoftDeleted(..)
            | RegistryError::VersionNotSoftDeleted(..)
            | RegistryError::SubjectConfigNotFound(_)
            | RegistryError::SubjectModeNotFound(_)
            | RegistryError::AssociationNotFound(_) => Code::NotFound,
            RegistryError::IncompatibleSchema { .. }
            | RegistryError::ReferenceExists(..)
            | RegistryError::OperationNotPermitted(_)
            | RegistryError::ImportIdMismatch(_)
            | RegistryError::ContextNotEmpty(_) => Code::FailedPrecondition,
            RegistryError::InvalidSchema(_)
            | RegistryError::EmptySchema
            | RegistryError::InvalidSubject(_)
            | RegistryError::InvalidVersion(_)
            | RegistryError::InvalidCompatibilityLevel
            | RegistryError::InvalidMode
            | RegistryError::InvalidRuleSet(_)
            | RegistryError::InvalidConfig(_)
            | RegistryError::UnknownQueryValue { .. } => Code::InvalidArgument,
            RegistryError::Forbidden => Code::PermissionDenied,
            RegistryError::Store(_) => Code::Internal,
            RegistryError::NotReady(_) | RegistryError::Forwarding(_) | RegistryError::UnknownLeader(_) => Code::Unavailable,
            RegistryError::Primary { code, .. } => match if *code >= 10_000 { code / 100 } else { *code } {
                404 => Code::NotFound,
                409 => Code::FailedPrecondition,
                422 | 400 => Code::InvalidArgument,
                _ => Code::Internal,
            },
            RegistryError::Timeout(_) => Code::DeadlineExceeded,
        };
        gateway::status::confluent_status(code, err.error_code(), err.reason(), err.to_string())
    }
}

impl From<ProxyError> for Status {
    fn from(err: ProxyError) -> Self {
        let code = match &err {
            ProxyError::TopicNotFound(_)
            | ProxyError::PartitionNotFound(..)
            | ProxyError::ConsumerNotFound(..)
            | ProxyError::UnknownTopicOrPartition(_) => Code::NotFound,
            ProxyError::UnsupportedFormat(_) => Code::Unimplemented,
            ProxyError::TopicForbidden(_) | ProxyError::ProtectedTopic(_) | ProxyError::KafkaAuthentication => Code::PermissionDenied,
            ProxyError::InvalidRecord { .. }
            | ProxyError::EmptyProduce
            | ProxyError::BadBinary { .. }
            | ProxyError::SchemaNotInSubject { .. }
            | ProxyError::InvalidSchema(_)
            | ProxyError::MissingSchema(_)
            | ProxyError::FormatMismatch { .. }
            | ProxyError::InvalidConsumerConfig(_) => Code::InvalidArgument,
            ProxyError::ConsumerExists(_) => Code::AlreadyExists,
            ProxyError::IllegalState(_) => Code::FailedPrecondition,
            ProxyError::Deserialization(_) => Code::FailedPrecondition,
            ProxyError::TooManyConsumers(_) => Code::ResourceExhausted,
            ProxyError::Kafka(_) | ProxyError::SchemaRetrieval(_) => Code::Unavailable,
        };
        gateway::status::confluent_status(code, err.error_code(), err.reason(), err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carries_the_confluent_code() {
        let status = Status::from(RegistryError::SubjectNotFound("s".into()));
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(gateway::status::confluent_error_code(&status), 40401);
        assert_eq!(status.message(), "Subject 's' not found.");
    }
}
