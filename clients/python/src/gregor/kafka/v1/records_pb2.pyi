from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from gregor.api.v1 import http_pb2 as _http_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ProduceRecordData(_message.Message):
    __slots__ = ("type", "subject", "subject_name_strategy", "schema_id", "schema_version", "schema", "data")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_NAME_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    type: str
    subject: str
    subject_name_strategy: str
    schema_id: int
    schema_version: int
    schema: str
    data: _struct_pb2.Value
    def __init__(self, type: _Optional[str] = ..., subject: _Optional[str] = ..., subject_name_strategy: _Optional[str] = ..., schema_id: _Optional[int] = ..., schema_version: _Optional[int] = ..., schema: _Optional[str] = ..., data: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class ProduceRecordHeader(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: bytes
    def __init__(self, name: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class ProduceRecordsRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id", "headers", "key", "value", "timestamp")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    headers: _containers.RepeatedCompositeFieldContainer[ProduceRecordHeader]
    key: ProduceRecordData
    value: ProduceRecordData
    timestamp: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[ProduceRecordHeader, _Mapping]]] = ..., key: _Optional[_Union[ProduceRecordData, _Mapping]] = ..., value: _Optional[_Union[ProduceRecordData, _Mapping]] = ..., timestamp: _Optional[str] = ...) -> None: ...

class ProduceResultData(_message.Message):
    __slots__ = ("size", "type", "subject", "schema_id", "schema_version")
    SIZE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    size: int
    type: str
    subject: str
    schema_id: int
    schema_version: int
    def __init__(self, size: _Optional[int] = ..., type: _Optional[str] = ..., subject: _Optional[str] = ..., schema_id: _Optional[int] = ..., schema_version: _Optional[int] = ...) -> None: ...

class ProduceRecordsResponse(_message.Message):
    __slots__ = ("error_code", "message", "cluster_id", "topic_name", "partition_id", "offset", "timestamp", "key", "value")
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    error_code: int
    message: str
    cluster_id: str
    topic_name: str
    partition_id: int
    offset: int
    timestamp: str
    key: ProduceResultData
    value: ProduceResultData
    def __init__(self, error_code: _Optional[int] = ..., message: _Optional[str] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., offset: _Optional[int] = ..., timestamp: _Optional[str] = ..., key: _Optional[_Union[ProduceResultData, _Mapping]] = ..., value: _Optional[_Union[ProduceResultData, _Mapping]] = ...) -> None: ...

class ProduceBatchEntry(_message.Message):
    __slots__ = ("id", "partition_id", "headers", "key", "value", "timestamp")
    ID_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    id: str
    partition_id: int
    headers: _containers.RepeatedCompositeFieldContainer[ProduceRecordHeader]
    key: ProduceRecordData
    value: ProduceRecordData
    timestamp: str
    def __init__(self, id: _Optional[str] = ..., partition_id: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[ProduceRecordHeader, _Mapping]]] = ..., key: _Optional[_Union[ProduceRecordData, _Mapping]] = ..., value: _Optional[_Union[ProduceRecordData, _Mapping]] = ..., timestamp: _Optional[str] = ...) -> None: ...

class ProduceRecordsBatchRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "entries")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    entries: _containers.RepeatedCompositeFieldContainer[ProduceBatchEntry]
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[ProduceBatchEntry, _Mapping]]] = ...) -> None: ...

class ProduceBatchSuccess(_message.Message):
    __slots__ = ("id", "cluster_id", "topic_name", "partition_id", "offset", "timestamp", "key", "value")
    ID_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    id: str
    cluster_id: str
    topic_name: str
    partition_id: int
    offset: int
    timestamp: str
    key: ProduceResultData
    value: ProduceResultData
    def __init__(self, id: _Optional[str] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., offset: _Optional[int] = ..., timestamp: _Optional[str] = ..., key: _Optional[_Union[ProduceResultData, _Mapping]] = ..., value: _Optional[_Union[ProduceResultData, _Mapping]] = ...) -> None: ...

class ProduceBatchFailure(_message.Message):
    __slots__ = ("id", "error_code", "message")
    ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    id: str
    error_code: int
    message: str
    def __init__(self, id: _Optional[str] = ..., error_code: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class ProduceRecordsBatchResponse(_message.Message):
    __slots__ = ("successes", "failures")
    SUCCESSES_FIELD_NUMBER: _ClassVar[int]
    FAILURES_FIELD_NUMBER: _ClassVar[int]
    successes: _containers.RepeatedCompositeFieldContainer[ProduceBatchSuccess]
    failures: _containers.RepeatedCompositeFieldContainer[ProduceBatchFailure]
    def __init__(self, successes: _Optional[_Iterable[_Union[ProduceBatchSuccess, _Mapping]]] = ..., failures: _Optional[_Iterable[_Union[ProduceBatchFailure, _Mapping]]] = ...) -> None: ...
