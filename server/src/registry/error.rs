//! Errors of the registry domain, each with its Confluent error code
//! (confluentinc/schema-registry `core/.../rest/exceptions/Errors.java`).
//! They become a [`tonic::Status`] once, in `api::status`.

/// A registry operation that failed, for a client mistake or the store.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// 40401.
    #[error("Subject '{0}' not found.")]
    SubjectNotFound(String),
    /// 40402.
    #[error("Version {0} not found.")]
    VersionNotFound(String),
    /// 40403, for a lookup by content.
    #[error("Schema not found")]
    SchemaNotFound,
    /// 40403, for a lookup by id.
    #[error("Schema {0} not found")]
    SchemaIdNotFound(i32),
    /// 404 (error_code 404): a query value that does not convert to its
    /// parameter's type, as JAX-RS answers a failed `@QueryParam` enum
    /// conversion (e.g. `lifecycle=SOFT`; Jersey's "HTTP 404 Not Found").
    #[error("HTTP 404 Not Found")]
    UnknownQueryValue {
        /// The query parameter.
        param: &'static str,
        /// The value that did not convert.
        value: String,
    },
    /// 40301: the caller's permissions do not cover the global config,
    /// mode or contexts (`Config:`). Karapace answers 403 "Forbidden".
    #[error("Forbidden")]
    Forbidden,
    /// 40403, for a lookup by GUID (Confluent `Errors.schemaNotFoundException(guid)`).
    #[error("Schema {0} not found")]
    SchemaGuidNotFound(String),
    /// 40404.
    #[error("Subject '{0}' was soft deleted.Set permanent=true to delete permanently")]
    SubjectSoftDeleted(String),
    /// 40405.
    #[error("Subject '{0}' was not deleted first before being permanently deleted")]
    SubjectNotSoftDeleted(String),
    /// 40406.
    #[error("Subject '{0}' Version {1} was soft deleted.Set permanent=true to delete permanently")]
    VersionSoftDeleted(String, i32),
    /// 40407.
    #[error("Subject '{0}' Version {1} was not deleted first before being permanently deleted")]
    VersionNotSoftDeleted(String, i32),
    /// 40408.
    #[error("Subject '{0}' does not have subject-level compatibility configured")]
    SubjectConfigNotFound(String),
    /// 40409.
    #[error("Subject '{0}' does not have subject-level mode configured")]
    SubjectModeNotFound(String),
    /// 40410.
    #[error("Association for '{0}' not found.")]
    AssociationNotFound(String),
    /// 40901: the text lists the incompatibilities in Confluent's style.
    #[error("Schema being registered is incompatible with an earlier schema for subject \"{subject}\", details: [{}]", .messages.join(", "))]
    IncompatibleSchema {
        /// The subject registered to.
        subject: String,
        /// Confluent-style incompatibility descriptions.
        messages: Vec<String>,
    },
    /// 42201.
    #[error("Invalid schema: {0}")]
    InvalidSchema(String),
    /// 42201 for a blank schema, in Confluent's words.
    #[error("Empty schema")]
    EmptySchema,
    /// 42202.
    #[error("The specified version '{0}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"")]
    InvalidVersion(String),
    /// 42203.
    #[error("Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive")]
    InvalidCompatibilityLevel,
    /// 42204.
    #[error("Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE, IMPORT and FORWARD (FORWARD only globally).")]
    InvalidMode,
    /// 42205: the mode forbids the operation.
    #[error("{0}")]
    OperationNotPermitted(String),
    /// 42207: an imported schema's id holds another schema already.
    #[error("{0}")]
    ImportIdMismatch(String),
    /// 42208: a subject Confluent's `QualifiedSubject.isValidSubject`
    /// refuses (see [`super::context::is_valid_subject`]).
    #[error("The specified subject '{0}' is not a valid.")]
    InvalidSubject(String),
    /// 42211.
    #[error("The specified context '{0}' is not empty.")]
    ContextNotEmpty(String),
    /// A config update whose content is malformed (HTTP 422, as Jackson
    /// answers an entity it cannot read).
    #[error("Invalid config: {0}")]
    InvalidConfig(String),
    /// 42210.
    #[error("Invalid rule set: {0}")]
    InvalidRuleSet(String),
    /// 42206.
    #[error("One or more references exist to the schema {{magic=1,keytype=SCHEMA,subject={0},version={1}}}.")]
    ReferenceExists(String, i32),
    /// 50001: the `_schemas` topic could not be read or written.
    #[error("Error in the backend data store: {0}")]
    Store(String),
    /// 50001: the `_schemas` topic is still being replayed at start-up.
    #[error("Error in the backend data store: the schema registry is not ready, {0}")]
    NotReady(&'static str),
    /// 50003: the primary could not be reached with a forwarded write.
    #[error("{0}")]
    Forwarding(String),
    /// 50004: no primary is known to take a write.
    #[error("Unknown leader: {0}")]
    UnknownLeader(String),
    /// A forwarded write the primary refused: its code and message, passed
    /// on unchanged.
    #[error("{message}")]
    Primary {
        /// The primary's `error_code`.
        code: u32,
        /// The primary's `message`.
        message: String,
    },
    /// 50002: a write was not read back in time.
    #[error("Operation timed out: {0}")]
    Timeout(String),
}

impl RegistryError {
    /// The Confluent error code.
    pub fn error_code(&self) -> u32 {
        match self {
            Self::SubjectNotFound(_) => 40401,
            Self::VersionNotFound(_) => 40402,
            Self::SchemaNotFound | Self::SchemaIdNotFound(_) | Self::SchemaGuidNotFound(_) => 40403,
            Self::SubjectSoftDeleted(_) => 40404,
            Self::SubjectNotSoftDeleted(_) => 40405,
            Self::VersionSoftDeleted(..) => 40406,
            Self::VersionNotSoftDeleted(..) => 40407,
            Self::SubjectConfigNotFound(_) => 40408,
            Self::SubjectModeNotFound(_) => 40409,
            Self::AssociationNotFound(_) => 40410,
            Self::UnknownQueryValue { .. } => 404,
            Self::Forbidden => 40301,
            Self::InvalidMode => 42204,
            Self::OperationNotPermitted(_) => 42205,
            Self::ImportIdMismatch(_) => 42207,
            Self::InvalidRuleSet(_) => 42210,
            Self::InvalidSubject(_) => 42208,
            Self::InvalidConfig(_) => 422,
            Self::ContextNotEmpty(_) => 42211,
            Self::IncompatibleSchema { .. } => 40901,
            Self::InvalidSchema(_) | Self::EmptySchema => 42201,
            Self::InvalidVersion(_) => 42202,
            Self::InvalidCompatibilityLevel => 42203,
            Self::ReferenceExists(..) => 42206,
            Self::Store(_) | Self::NotReady(_) => 50001,
            Self::Timeout(_) => 50002,
            Self::Forwarding(_) => 50003,
            Self::UnknownLeader(_) => 50004,
            Self::Primary { code, .. } => *code,
        }
    }

    /// An UPPER_SNAKE_CASE name for `google.rpc.ErrorInfo.reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::SubjectNotFound(_) => "SUBJECT_NOT_FOUND",
            Self::VersionNotFound(_) => "VERSION_NOT_FOUND",
            Self::SchemaNotFound | Self::SchemaIdNotFound(_) | Self::SchemaGuidNotFound(_) => "SCHEMA_NOT_FOUND",
            Self::SubjectSoftDeleted(_) => "SUBJECT_SOFT_DELETED",
            Self::SubjectNotSoftDeleted(_) => "SUBJECT_NOT_SOFT_DELETED",
            Self::VersionSoftDeleted(..) => "VERSION_SOFT_DELETED",
            Self::VersionNotSoftDeleted(..) => "VERSION_NOT_SOFT_DELETED",
            Self::SubjectConfigNotFound(_) => "SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED",
            Self::SubjectModeNotFound(_) => "SUBJECT_LEVEL_MODE_NOT_CONFIGURED",
            Self::AssociationNotFound(_) => "ASSOCIATION_NOT_FOUND",
            Self::UnknownQueryValue { .. } => "INVALID_QUERY_PARAMETER",
            Self::Forbidden => "FORBIDDEN",
            Self::InvalidMode => "INVALID_MODE",
            Self::OperationNotPermitted(_) => "OPERATION_NOT_PERMITTED",
            Self::ImportIdMismatch(_) => "ID_DOES_NOT_MATCH",
            Self::InvalidRuleSet(_) => "INVALID_RULE_SET",
            Self::InvalidSubject(_) => "INVALID_SUBJECT",
            Self::InvalidConfig(_) => "INVALID_CONFIG",
            Self::ContextNotEmpty(_) => "CONTEXT_NOT_EMPTY",
            Self::IncompatibleSchema { .. } => "INCOMPATIBLE_SCHEMA",
            Self::InvalidSchema(_) | Self::EmptySchema => "INVALID_SCHEMA",
            Self::InvalidVersion(_) => "INVALID_VERSION",
            Self::InvalidCompatibilityLevel => "INVALID_COMPATIBILITY_LEVEL",
            Self::ReferenceExists(..) => "REFERENCE_EXISTS",
            Self::Store(_) => "STORE_ERROR",
            Self::NotReady(_) => "NOT_READY",
            Self::Timeout(_) => "OPERATION_TIMED_OUT",
            Self::Forwarding(_) => "FORWARDING_FAILED",
            Self::UnknownLeader(_) => "UNKNOWN_LEADER",
            Self::Primary { .. } => "REFUSED_BY_PRIMARY",
        }
    }
}

/// Result of a registry operation.
pub type Result<T, E = RegistryError> = std::result::Result<T, E>;
