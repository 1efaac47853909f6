from google.api import annotations_pb2 as _annotations_pb2
from google.api import httpbody_pb2 as _httpbody_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from gregor.api.v1 import http_pb2 as _http_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SchemaReference(_message.Message):
    __slots__ = ("name", "subject", "version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    subject: str
    version: int
    def __init__(self, name: _Optional[str] = ..., subject: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class SchemaSpec(_message.Message):
    __slots__ = ("schema", "schema_type", "references", "id", "version", "metadata", "rule_set")
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    RULE_SET_FIELD_NUMBER: _ClassVar[int]
    schema: str
    schema_type: str
    references: _containers.RepeatedCompositeFieldContainer[SchemaReference]
    id: int
    version: int
    metadata: _struct_pb2.Struct
    rule_set: _struct_pb2.Struct
    def __init__(self, schema: _Optional[str] = ..., schema_type: _Optional[str] = ..., references: _Optional[_Iterable[_Union[SchemaReference, _Mapping]]] = ..., id: _Optional[int] = ..., version: _Optional[int] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class RegisteredSchema(_message.Message):
    __slots__ = ("subject", "version", "id", "guid", "schema_type", "references", "metadata", "rule_set", "schema")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    GUID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    RULE_SET_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: int
    id: int
    guid: str
    schema_type: str
    references: _containers.RepeatedCompositeFieldContainer[SchemaReference]
    metadata: _struct_pb2.Struct
    rule_set: _struct_pb2.Struct
    schema: str
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[int] = ..., id: _Optional[int] = ..., guid: _Optional[str] = ..., schema_type: _Optional[str] = ..., references: _Optional[_Iterable[_Union[SchemaReference, _Mapping]]] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., schema: _Optional[str] = ...) -> None: ...

class SubjectVersion(_message.Message):
    __slots__ = ("subject", "version")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: int
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class GetRootRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetRootResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PostRootRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PostRootResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetClusterIdRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetClusterIdResponse(_message.Message):
    __slots__ = ("id", "scope")
    ID_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    id: str
    scope: ClusterScope
    def __init__(self, id: _Optional[str] = ..., scope: _Optional[_Union[ClusterScope, _Mapping]] = ...) -> None: ...

class ClusterScope(_message.Message):
    __slots__ = ("path", "clusters")
    class ClustersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PATH_FIELD_NUMBER: _ClassVar[int]
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    path: _containers.RepeatedScalarFieldContainer[str]
    clusters: _containers.ScalarMap[str, str]
    def __init__(self, path: _Optional[_Iterable[str]] = ..., clusters: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GetServerVersionRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetServerVersionResponse(_message.Message):
    __slots__ = ("version", "commit_id")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    COMMIT_ID_FIELD_NUMBER: _ClassVar[int]
    version: str
    commit_id: str
    def __init__(self, version: _Optional[str] = ..., commit_id: _Optional[str] = ...) -> None: ...

class GetDeploymentRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetDeploymentResponse(_message.Message):
    __slots__ = ("attributes",)
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    attributes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, attributes: _Optional[_Iterable[str]] = ...) -> None: ...

class GetHealthRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetHealthResponse(_message.Message):
    __slots__ = ("karapace_version", "healthy", "status")
    KARAPACE_VERSION_FIELD_NUMBER: _ClassVar[int]
    HEALTHY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    karapace_version: str
    healthy: bool
    status: HealthStatus
    def __init__(self, karapace_version: _Optional[str] = ..., healthy: _Optional[bool] = ..., status: _Optional[_Union[HealthStatus, _Mapping]] = ...) -> None: ...

class HealthStatus(_message.Message):
    __slots__ = ("schema_registry_ready", "schema_registry_startup_time_sec", "schema_registry_reader_current_offset", "schema_registry_reader_highest_offset", "schema_registry_is_primary", "schema_registry_is_primary_eligible", "schema_registry_primary_url", "schema_registry_coordinator_running", "schema_registry_coordinator_generation_id")
    SCHEMA_REGISTRY_READY_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_STARTUP_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_READER_CURRENT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_READER_HIGHEST_OFFSET_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_IS_PRIMARY_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_IS_PRIMARY_ELIGIBLE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_PRIMARY_URL_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_COORDINATOR_RUNNING_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_REGISTRY_COORDINATOR_GENERATION_ID_FIELD_NUMBER: _ClassVar[int]
    schema_registry_ready: bool
    schema_registry_startup_time_sec: float
    schema_registry_reader_current_offset: int
    schema_registry_reader_highest_offset: int
    schema_registry_is_primary: bool
    schema_registry_is_primary_eligible: bool
    schema_registry_primary_url: str
    schema_registry_coordinator_running: bool
    schema_registry_coordinator_generation_id: int
    def __init__(self, schema_registry_ready: _Optional[bool] = ..., schema_registry_startup_time_sec: _Optional[float] = ..., schema_registry_reader_current_offset: _Optional[int] = ..., schema_registry_reader_highest_offset: _Optional[int] = ..., schema_registry_is_primary: _Optional[bool] = ..., schema_registry_is_primary_eligible: _Optional[bool] = ..., schema_registry_primary_url: _Optional[str] = ..., schema_registry_coordinator_running: _Optional[bool] = ..., schema_registry_coordinator_generation_id: _Optional[int] = ...) -> None: ...

class GetMasterAvailableRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetMasterAvailableResponse(_message.Message):
    __slots__ = ("master_available",)
    MASTER_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    master_available: bool
    def __init__(self, master_available: _Optional[bool] = ...) -> None: ...

class ListSubjectsRequest(_message.Message):
    __slots__ = ("subject_prefix", "deleted", "deleted_only", "offset", "limit")
    SUBJECT_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    DELETED_ONLY_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    subject_prefix: str
    deleted: bool
    deleted_only: bool
    offset: int
    limit: int
    def __init__(self, subject_prefix: _Optional[str] = ..., deleted: _Optional[bool] = ..., deleted_only: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListSubjectsResponse(_message.Message):
    __slots__ = ("subjects",)
    SUBJECTS_FIELD_NUMBER: _ClassVar[int]
    subjects: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, subjects: _Optional[_Iterable[str]] = ...) -> None: ...

class LookupSchemaRequest(_message.Message):
    __slots__ = ("subject", "schema", "normalize", "deleted")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    subject: str
    schema: SchemaSpec
    normalize: bool
    deleted: bool
    def __init__(self, subject: _Optional[str] = ..., schema: _Optional[_Union[SchemaSpec, _Mapping]] = ..., normalize: _Optional[bool] = ..., deleted: _Optional[bool] = ...) -> None: ...

class LookupSchemaResponse(_message.Message):
    __slots__ = ("registered",)
    REGISTERED_FIELD_NUMBER: _ClassVar[int]
    registered: RegisteredSchema
    def __init__(self, registered: _Optional[_Union[RegisteredSchema, _Mapping]] = ...) -> None: ...

class DeleteSubjectRequest(_message.Message):
    __slots__ = ("subject", "permanent")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    PERMANENT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    permanent: bool
    def __init__(self, subject: _Optional[str] = ..., permanent: _Optional[bool] = ...) -> None: ...

class DeleteSubjectResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, versions: _Optional[_Iterable[int]] = ...) -> None: ...

class ListVersionsRequest(_message.Message):
    __slots__ = ("subject", "deleted", "deleted_only", "offset", "limit", "deleted_as_negative")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    DELETED_ONLY_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    DELETED_AS_NEGATIVE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    deleted: bool
    deleted_only: bool
    offset: int
    limit: int
    deleted_as_negative: bool
    def __init__(self, subject: _Optional[str] = ..., deleted: _Optional[bool] = ..., deleted_only: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ..., deleted_as_negative: _Optional[bool] = ...) -> None: ...

class ListVersionsResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, versions: _Optional[_Iterable[int]] = ...) -> None: ...

class RegisterSchemaRequest(_message.Message):
    __slots__ = ("subject", "schema", "normalize")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    schema: SchemaSpec
    normalize: bool
    def __init__(self, subject: _Optional[str] = ..., schema: _Optional[_Union[SchemaSpec, _Mapping]] = ..., normalize: _Optional[bool] = ...) -> None: ...

class RegisterSchemaResponse(_message.Message):
    __slots__ = ("id", "version", "guid", "schema_type", "references", "metadata", "rule_set", "schema")
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    GUID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    RULE_SET_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    id: int
    version: int
    guid: str
    schema_type: str
    references: _containers.RepeatedCompositeFieldContainer[SchemaReference]
    metadata: _struct_pb2.Struct
    rule_set: _struct_pb2.Struct
    schema: str
    def __init__(self, id: _Optional[int] = ..., version: _Optional[int] = ..., guid: _Optional[str] = ..., schema_type: _Optional[str] = ..., references: _Optional[_Iterable[_Union[SchemaReference, _Mapping]]] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., schema: _Optional[str] = ...) -> None: ...

class GetVersionRequest(_message.Message):
    __slots__ = ("subject", "version", "deleted", "format", "reference_format")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: str
    deleted: bool
    format: str
    reference_format: str
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[str] = ..., deleted: _Optional[bool] = ..., format: _Optional[str] = ..., reference_format: _Optional[str] = ...) -> None: ...

class GetVersionResponse(_message.Message):
    __slots__ = ("registered",)
    REGISTERED_FIELD_NUMBER: _ClassVar[int]
    registered: RegisteredSchema
    def __init__(self, registered: _Optional[_Union[RegisteredSchema, _Mapping]] = ...) -> None: ...

class GetLatestWithMetadataRequest(_message.Message):
    __slots__ = ("subject", "key", "value", "deleted", "format")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    key: _containers.RepeatedScalarFieldContainer[str]
    value: _containers.RepeatedScalarFieldContainer[str]
    deleted: bool
    format: str
    def __init__(self, subject: _Optional[str] = ..., key: _Optional[_Iterable[str]] = ..., value: _Optional[_Iterable[str]] = ..., deleted: _Optional[bool] = ..., format: _Optional[str] = ...) -> None: ...

class GetLatestWithMetadataResponse(_message.Message):
    __slots__ = ("registered",)
    REGISTERED_FIELD_NUMBER: _ClassVar[int]
    registered: RegisteredSchema
    def __init__(self, registered: _Optional[_Union[RegisteredSchema, _Mapping]] = ...) -> None: ...

class DeleteVersionRequest(_message.Message):
    __slots__ = ("subject", "version", "permanent")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PERMANENT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: str
    permanent: bool
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[str] = ..., permanent: _Optional[bool] = ...) -> None: ...

class DeleteVersionResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: int
    def __init__(self, version: _Optional[int] = ...) -> None: ...

class GetVersionSchemaRequest(_message.Message):
    __slots__ = ("subject", "version", "deleted", "format")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: str
    deleted: bool
    format: str
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[str] = ..., deleted: _Optional[bool] = ..., format: _Optional[str] = ...) -> None: ...

class GetVersionSchemaResponse(_message.Message):
    __slots__ = ("body",)
    BODY_FIELD_NUMBER: _ClassVar[int]
    body: _httpbody_pb2.HttpBody
    def __init__(self, body: _Optional[_Union[_httpbody_pb2.HttpBody, _Mapping]] = ...) -> None: ...

class ListReferencedByRequest(_message.Message):
    __slots__ = ("subject", "version", "deleted", "offset", "limit")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: str
    deleted: bool
    offset: int
    limit: int
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[str] = ..., deleted: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListReferencedByResponse(_message.Message):
    __slots__ = ("ids",)
    IDS_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, ids: _Optional[_Iterable[int]] = ...) -> None: ...

class ListSchemasRequest(_message.Message):
    __slots__ = ("subject_prefix", "deleted", "latest_only", "offset", "limit", "rule_type", "resource_type", "association_type", "lifecycle")
    SUBJECT_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    LATEST_ONLY_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    RULE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIFECYCLE_FIELD_NUMBER: _ClassVar[int]
    subject_prefix: str
    deleted: bool
    latest_only: bool
    offset: int
    limit: int
    rule_type: str
    resource_type: str
    association_type: _containers.RepeatedScalarFieldContainer[str]
    lifecycle: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, subject_prefix: _Optional[str] = ..., deleted: _Optional[bool] = ..., latest_only: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ..., rule_type: _Optional[str] = ..., resource_type: _Optional[str] = ..., association_type: _Optional[_Iterable[str]] = ..., lifecycle: _Optional[_Iterable[str]] = ...) -> None: ...

class ListSchemasResponse(_message.Message):
    __slots__ = ("schemas",)
    SCHEMAS_FIELD_NUMBER: _ClassVar[int]
    schemas: _containers.RepeatedCompositeFieldContainer[RegisteredSchema]
    def __init__(self, schemas: _Optional[_Iterable[_Union[RegisteredSchema, _Mapping]]] = ...) -> None: ...

class GetSchemaByIdRequest(_message.Message):
    __slots__ = ("id", "subject", "fetch_max_id", "format", "reference_format")
    ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    FETCH_MAX_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    id: int
    subject: str
    fetch_max_id: bool
    format: str
    reference_format: str
    def __init__(self, id: _Optional[int] = ..., subject: _Optional[str] = ..., fetch_max_id: _Optional[bool] = ..., format: _Optional[str] = ..., reference_format: _Optional[str] = ...) -> None: ...

class GetSchemaByIdResponse(_message.Message):
    __slots__ = ("guid", "schema_type", "schema", "references", "metadata", "rule_set", "max_id")
    GUID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    RULE_SET_FIELD_NUMBER: _ClassVar[int]
    MAX_ID_FIELD_NUMBER: _ClassVar[int]
    guid: str
    schema_type: str
    schema: str
    references: _containers.RepeatedCompositeFieldContainer[SchemaReference]
    metadata: _struct_pb2.Struct
    rule_set: _struct_pb2.Struct
    max_id: int
    def __init__(self, guid: _Optional[str] = ..., schema_type: _Optional[str] = ..., schema: _Optional[str] = ..., references: _Optional[_Iterable[_Union[SchemaReference, _Mapping]]] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., max_id: _Optional[int] = ...) -> None: ...

class GetSchemaByGuidRequest(_message.Message):
    __slots__ = ("guid", "format")
    GUID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    guid: str
    format: str
    def __init__(self, guid: _Optional[str] = ..., format: _Optional[str] = ...) -> None: ...

class GetSchemaByGuidResponse(_message.Message):
    __slots__ = ("guid", "schema_type", "schema", "references", "metadata", "rule_set")
    GUID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    RULE_SET_FIELD_NUMBER: _ClassVar[int]
    guid: str
    schema_type: str
    schema: str
    references: _containers.RepeatedCompositeFieldContainer[SchemaReference]
    metadata: _struct_pb2.Struct
    rule_set: _struct_pb2.Struct
    def __init__(self, guid: _Optional[str] = ..., schema_type: _Optional[str] = ..., schema: _Optional[str] = ..., references: _Optional[_Iterable[_Union[SchemaReference, _Mapping]]] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ListIdsByGuidRequest(_message.Message):
    __slots__ = ("guid",)
    GUID_FIELD_NUMBER: _ClassVar[int]
    guid: str
    def __init__(self, guid: _Optional[str] = ...) -> None: ...

class ContextId(_message.Message):
    __slots__ = ("context", "id")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    context: str
    id: int
    def __init__(self, context: _Optional[str] = ..., id: _Optional[int] = ...) -> None: ...

class ListIdsByGuidResponse(_message.Message):
    __slots__ = ("ids",)
    IDS_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedCompositeFieldContainer[ContextId]
    def __init__(self, ids: _Optional[_Iterable[_Union[ContextId, _Mapping]]] = ...) -> None: ...

class GetSchemaTextByIdRequest(_message.Message):
    __slots__ = ("id", "subject", "format")
    ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    id: int
    subject: str
    format: str
    def __init__(self, id: _Optional[int] = ..., subject: _Optional[str] = ..., format: _Optional[str] = ...) -> None: ...

class GetSchemaTextByIdResponse(_message.Message):
    __slots__ = ("body",)
    BODY_FIELD_NUMBER: _ClassVar[int]
    body: _httpbody_pb2.HttpBody
    def __init__(self, body: _Optional[_Union[_httpbody_pb2.HttpBody, _Mapping]] = ...) -> None: ...

class ListSchemaSubjectsRequest(_message.Message):
    __slots__ = ("id", "subject", "deleted", "offset", "limit")
    ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    id: int
    subject: str
    deleted: bool
    offset: int
    limit: int
    def __init__(self, id: _Optional[int] = ..., subject: _Optional[str] = ..., deleted: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListSchemaSubjectsResponse(_message.Message):
    __slots__ = ("subjects",)
    SUBJECTS_FIELD_NUMBER: _ClassVar[int]
    subjects: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, subjects: _Optional[_Iterable[str]] = ...) -> None: ...

class ListSchemaVersionsRequest(_message.Message):
    __slots__ = ("id", "subject", "deleted", "offset", "limit")
    ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    id: int
    subject: str
    deleted: bool
    offset: int
    limit: int
    def __init__(self, id: _Optional[int] = ..., subject: _Optional[str] = ..., deleted: _Optional[bool] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListSchemaVersionsResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[SubjectVersion]
    def __init__(self, versions: _Optional[_Iterable[_Union[SubjectVersion, _Mapping]]] = ...) -> None: ...

class ListSchemaTypesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListSchemaTypesResponse(_message.Message):
    __slots__ = ("types",)
    TYPES_FIELD_NUMBER: _ClassVar[int]
    types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, types: _Optional[_Iterable[str]] = ...) -> None: ...

class Config(_message.Message):
    __slots__ = ("compatibility_level", "normalize", "alias", "validate_fields", "validate_rules", "compatibility_group", "default_metadata", "override_metadata", "default_rule_set", "override_rule_set")
    COMPATIBILITY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_FIELDS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_RULES_FIELD_NUMBER: _ClassVar[int]
    COMPATIBILITY_GROUP_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_METADATA_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_METADATA_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_RULE_SET_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_RULE_SET_FIELD_NUMBER: _ClassVar[int]
    compatibility_level: str
    normalize: bool
    alias: str
    validate_fields: bool
    validate_rules: bool
    compatibility_group: str
    default_metadata: _struct_pb2.Struct
    override_metadata: _struct_pb2.Struct
    default_rule_set: _struct_pb2.Struct
    override_rule_set: _struct_pb2.Struct
    def __init__(self, compatibility_level: _Optional[str] = ..., normalize: _Optional[bool] = ..., alias: _Optional[str] = ..., validate_fields: _Optional[bool] = ..., validate_rules: _Optional[bool] = ..., compatibility_group: _Optional[str] = ..., default_metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., override_metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., default_rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., override_rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ConfigUpdate(_message.Message):
    __slots__ = ("compatibility", "normalize", "alias", "validate_fields", "validate_rules", "compatibility_group", "default_metadata", "override_metadata", "default_rule_set", "override_rule_set")
    COMPATIBILITY_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_FIELDS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_RULES_FIELD_NUMBER: _ClassVar[int]
    COMPATIBILITY_GROUP_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_METADATA_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_METADATA_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_RULE_SET_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_RULE_SET_FIELD_NUMBER: _ClassVar[int]
    compatibility: str
    normalize: bool
    alias: str
    validate_fields: bool
    validate_rules: bool
    compatibility_group: str
    default_metadata: _struct_pb2.Struct
    override_metadata: _struct_pb2.Struct
    default_rule_set: _struct_pb2.Struct
    override_rule_set: _struct_pb2.Struct
    def __init__(self, compatibility: _Optional[str] = ..., normalize: _Optional[bool] = ..., alias: _Optional[str] = ..., validate_fields: _Optional[bool] = ..., validate_rules: _Optional[bool] = ..., compatibility_group: _Optional[str] = ..., default_metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., override_metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., default_rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., override_rule_set: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class GetGlobalConfigRequest(_message.Message):
    __slots__ = ("default_to_global",)
    DEFAULT_TO_GLOBAL_FIELD_NUMBER: _ClassVar[int]
    default_to_global: bool
    def __init__(self, default_to_global: _Optional[bool] = ...) -> None: ...

class GetGlobalConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: Config
    def __init__(self, config: _Optional[_Union[Config, _Mapping]] = ...) -> None: ...

class UpdateGlobalConfigRequest(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: ConfigUpdate
    def __init__(self, config: _Optional[_Union[ConfigUpdate, _Mapping]] = ...) -> None: ...

class UpdateGlobalConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: ConfigUpdate
    def __init__(self, config: _Optional[_Union[ConfigUpdate, _Mapping]] = ...) -> None: ...

class Mode(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: str
    def __init__(self, mode: _Optional[str] = ...) -> None: ...

class DeleteGlobalConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGlobalConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: Config
    def __init__(self, config: _Optional[_Union[Config, _Mapping]] = ...) -> None: ...

class ListContextsRequest(_message.Message):
    __slots__ = ("context_prefix", "offset", "limit")
    CONTEXT_PREFIX_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    context_prefix: str
    offset: int
    limit: int
    def __init__(self, context_prefix: _Optional[str] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListContextsResponse(_message.Message):
    __slots__ = ("contexts",)
    CONTEXTS_FIELD_NUMBER: _ClassVar[int]
    contexts: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contexts: _Optional[_Iterable[str]] = ...) -> None: ...

class DeleteContextRequest(_message.Message):
    __slots__ = ("context",)
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    context: str
    def __init__(self, context: _Optional[str] = ...) -> None: ...

class DeleteContextResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetGlobalModeRequest(_message.Message):
    __slots__ = ("default_to_global",)
    DEFAULT_TO_GLOBAL_FIELD_NUMBER: _ClassVar[int]
    default_to_global: bool
    def __init__(self, default_to_global: _Optional[bool] = ...) -> None: ...

class GetGlobalModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class UpdateGlobalModeRequest(_message.Message):
    __slots__ = ("mode", "force")
    MODE_FIELD_NUMBER: _ClassVar[int]
    FORCE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    force: bool
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ..., force: _Optional[bool] = ...) -> None: ...

class UpdateGlobalModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class DeleteGlobalModeRequest(_message.Message):
    __slots__ = ("recursive",)
    RECURSIVE_FIELD_NUMBER: _ClassVar[int]
    recursive: bool
    def __init__(self, recursive: _Optional[bool] = ...) -> None: ...

class DeleteGlobalModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class GetSubjectModeRequest(_message.Message):
    __slots__ = ("subject", "default_to_global")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TO_GLOBAL_FIELD_NUMBER: _ClassVar[int]
    subject: str
    default_to_global: bool
    def __init__(self, subject: _Optional[str] = ..., default_to_global: _Optional[bool] = ...) -> None: ...

class GetSubjectModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class UpdateSubjectModeRequest(_message.Message):
    __slots__ = ("subject", "mode", "force")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    FORCE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    mode: Mode
    force: bool
    def __init__(self, subject: _Optional[str] = ..., mode: _Optional[_Union[Mode, _Mapping]] = ..., force: _Optional[bool] = ...) -> None: ...

class UpdateSubjectModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class DeleteSubjectModeRequest(_message.Message):
    __slots__ = ("subject", "recursive")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    RECURSIVE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    recursive: bool
    def __init__(self, subject: _Optional[str] = ..., recursive: _Optional[bool] = ...) -> None: ...

class DeleteSubjectModeResponse(_message.Message):
    __slots__ = ("mode",)
    MODE_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    def __init__(self, mode: _Optional[_Union[Mode, _Mapping]] = ...) -> None: ...

class GetSubjectConfigRequest(_message.Message):
    __slots__ = ("subject", "default_to_global")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TO_GLOBAL_FIELD_NUMBER: _ClassVar[int]
    subject: str
    default_to_global: bool
    def __init__(self, subject: _Optional[str] = ..., default_to_global: _Optional[bool] = ...) -> None: ...

class GetSubjectConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: Config
    def __init__(self, config: _Optional[_Union[Config, _Mapping]] = ...) -> None: ...

class UpdateSubjectConfigRequest(_message.Message):
    __slots__ = ("subject", "config")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    subject: str
    config: ConfigUpdate
    def __init__(self, subject: _Optional[str] = ..., config: _Optional[_Union[ConfigUpdate, _Mapping]] = ...) -> None: ...

class UpdateSubjectConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: ConfigUpdate
    def __init__(self, config: _Optional[_Union[ConfigUpdate, _Mapping]] = ...) -> None: ...

class DeleteSubjectConfigRequest(_message.Message):
    __slots__ = ("subject",)
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    def __init__(self, subject: _Optional[str] = ...) -> None: ...

class DeleteSubjectConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: Config
    def __init__(self, config: _Optional[_Union[Config, _Mapping]] = ...) -> None: ...

class CheckCompatibilityRequest(_message.Message):
    __slots__ = ("subject", "version", "schema", "normalize", "verbose")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    VERBOSE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    version: str
    schema: SchemaSpec
    normalize: bool
    verbose: bool
    def __init__(self, subject: _Optional[str] = ..., version: _Optional[str] = ..., schema: _Optional[_Union[SchemaSpec, _Mapping]] = ..., normalize: _Optional[bool] = ..., verbose: _Optional[bool] = ...) -> None: ...

class CompatibilityResult(_message.Message):
    __slots__ = ("is_compatible", "messages")
    IS_COMPATIBLE_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    is_compatible: bool
    messages: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, is_compatible: _Optional[bool] = ..., messages: _Optional[_Iterable[str]] = ...) -> None: ...

class CheckCompatibilityResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: CompatibilityResult
    def __init__(self, result: _Optional[_Union[CompatibilityResult, _Mapping]] = ...) -> None: ...

class CheckCompatibilityAllRequest(_message.Message):
    __slots__ = ("subject", "schema", "normalize", "verbose")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NORMALIZE_FIELD_NUMBER: _ClassVar[int]
    VERBOSE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    schema: SchemaSpec
    normalize: bool
    verbose: bool
    def __init__(self, subject: _Optional[str] = ..., schema: _Optional[_Union[SchemaSpec, _Mapping]] = ..., normalize: _Optional[bool] = ..., verbose: _Optional[bool] = ...) -> None: ...

class CheckCompatibilityAllResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: CompatibilityResult
    def __init__(self, result: _Optional[_Union[CompatibilityResult, _Mapping]] = ...) -> None: ...

class GetAssociationsRequest(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class GetAssociationsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
