from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from gregor.api.v1 import http_pb2 as _http_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetProxyRootRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetProxyRootResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PostProxyRootRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PostProxyRootResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListBrokersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListBrokersResponse(_message.Message):
    __slots__ = ("brokers",)
    BROKERS_FIELD_NUMBER: _ClassVar[int]
    brokers: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, brokers: _Optional[_Iterable[int]] = ...) -> None: ...

class ListTopicsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListTopicsResponse(_message.Message):
    __slots__ = ("topics",)
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    topics: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, topics: _Optional[_Iterable[str]] = ...) -> None: ...

class Replica(_message.Message):
    __slots__ = ("broker", "leader", "in_sync")
    BROKER_FIELD_NUMBER: _ClassVar[int]
    LEADER_FIELD_NUMBER: _ClassVar[int]
    IN_SYNC_FIELD_NUMBER: _ClassVar[int]
    broker: int
    leader: bool
    in_sync: bool
    def __init__(self, broker: _Optional[int] = ..., leader: _Optional[bool] = ..., in_sync: _Optional[bool] = ...) -> None: ...

class Partition(_message.Message):
    __slots__ = ("partition", "leader", "replicas")
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    LEADER_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    partition: int
    leader: int
    replicas: _containers.RepeatedCompositeFieldContainer[Replica]
    def __init__(self, partition: _Optional[int] = ..., leader: _Optional[int] = ..., replicas: _Optional[_Iterable[_Union[Replica, _Mapping]]] = ...) -> None: ...

class GetTopicRequest(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: str
    def __init__(self, topic: _Optional[str] = ...) -> None: ...

class GetTopicResponse(_message.Message):
    __slots__ = ("name", "configs", "partitions")
    class ConfigsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONFIGS_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    name: str
    configs: _containers.ScalarMap[str, str]
    partitions: _containers.RepeatedCompositeFieldContainer[Partition]
    def __init__(self, name: _Optional[str] = ..., configs: _Optional[_Mapping[str, str]] = ..., partitions: _Optional[_Iterable[_Union[Partition, _Mapping]]] = ...) -> None: ...

class ListPartitionsRequest(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: str
    def __init__(self, topic: _Optional[str] = ...) -> None: ...

class ListPartitionsResponse(_message.Message):
    __slots__ = ("partitions",)
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    partitions: _containers.RepeatedCompositeFieldContainer[Partition]
    def __init__(self, partitions: _Optional[_Iterable[_Union[Partition, _Mapping]]] = ...) -> None: ...

class GetPartitionRequest(_message.Message):
    __slots__ = ("topic", "partition")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ...) -> None: ...

class GetPartitionResponse(_message.Message):
    __slots__ = ("partition",)
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    partition: Partition
    def __init__(self, partition: _Optional[_Union[Partition, _Mapping]] = ...) -> None: ...

class GetPartitionOffsetsRequest(_message.Message):
    __slots__ = ("topic", "partition")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ...) -> None: ...

class GetPartitionOffsetsResponse(_message.Message):
    __slots__ = ("beginning_offset", "end_offset")
    BEGINNING_OFFSET_FIELD_NUMBER: _ClassVar[int]
    END_OFFSET_FIELD_NUMBER: _ClassVar[int]
    beginning_offset: int
    end_offset: int
    def __init__(self, beginning_offset: _Optional[int] = ..., end_offset: _Optional[int] = ...) -> None: ...

class RecordHeader(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: str
    def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class ProduceRecord(_message.Message):
    __slots__ = ("key", "value", "partition", "headers")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    key: _struct_pb2.Value
    value: _struct_pb2.Value
    partition: int
    headers: _containers.RepeatedCompositeFieldContainer[RecordHeader]
    def __init__(self, key: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., partition: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[RecordHeader, _Mapping]]] = ...) -> None: ...

class ProduceBatch(_message.Message):
    __slots__ = ("records", "key_schema", "value_schema", "key_schema_id", "value_schema_id")
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    KEY_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    VALUE_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    KEY_SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[ProduceRecord]
    key_schema: str
    value_schema: str
    key_schema_id: int
    value_schema_id: int
    def __init__(self, records: _Optional[_Iterable[_Union[ProduceRecord, _Mapping]]] = ..., key_schema: _Optional[str] = ..., value_schema: _Optional[str] = ..., key_schema_id: _Optional[int] = ..., value_schema_id: _Optional[int] = ...) -> None: ...

class ProduceToTopicRequest(_message.Message):
    __slots__ = ("topic", "format", "batch")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    topic: str
    format: str
    batch: ProduceBatch
    def __init__(self, topic: _Optional[str] = ..., format: _Optional[str] = ..., batch: _Optional[_Union[ProduceBatch, _Mapping]] = ...) -> None: ...

class RecordOffset(_message.Message):
    __slots__ = ("partition", "offset", "error_code", "error")
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    partition: int
    offset: int
    error_code: int
    error: str
    def __init__(self, partition: _Optional[int] = ..., offset: _Optional[int] = ..., error_code: _Optional[int] = ..., error: _Optional[str] = ...) -> None: ...

class ProduceResult(_message.Message):
    __slots__ = ("key_schema_id", "value_schema_id", "offsets")
    KEY_SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_SCHEMA_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    key_schema_id: int
    value_schema_id: int
    offsets: _containers.RepeatedCompositeFieldContainer[RecordOffset]
    def __init__(self, key_schema_id: _Optional[int] = ..., value_schema_id: _Optional[int] = ..., offsets: _Optional[_Iterable[_Union[RecordOffset, _Mapping]]] = ...) -> None: ...

class ProduceToTopicResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: ProduceResult
    def __init__(self, result: _Optional[_Union[ProduceResult, _Mapping]] = ...) -> None: ...

class ProduceToPartitionRequest(_message.Message):
    __slots__ = ("topic", "partition", "format", "batch")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    format: str
    batch: ProduceBatch
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., format: _Optional[str] = ..., batch: _Optional[_Union[ProduceBatch, _Mapping]] = ...) -> None: ...

class ProduceToPartitionResponse(_message.Message):
    __slots__ = ("result",)
    RESULT_FIELD_NUMBER: _ClassVar[int]
    result: ProduceResult
    def __init__(self, result: _Optional[_Union[ProduceResult, _Mapping]] = ...) -> None: ...

class ConsumerConfig(_message.Message):
    __slots__ = ("name", "id", "format", "auto_offset_reset", "auto_commit_enable", "fetch_min_bytes", "consumer_request_timeout_ms")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    AUTO_OFFSET_RESET_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMMIT_ENABLE_FIELD_NUMBER: _ClassVar[int]
    FETCH_MIN_BYTES_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_REQUEST_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    name: str
    id: str
    format: str
    auto_offset_reset: str
    auto_commit_enable: _struct_pb2.Value
    fetch_min_bytes: _struct_pb2.Value
    consumer_request_timeout_ms: _struct_pb2.Value
    def __init__(self, name: _Optional[str] = ..., id: _Optional[str] = ..., format: _Optional[str] = ..., auto_offset_reset: _Optional[str] = ..., auto_commit_enable: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., fetch_min_bytes: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., consumer_request_timeout_ms: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class CreateConsumerRequest(_message.Message):
    __slots__ = ("group", "config")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    group: str
    config: ConsumerConfig
    def __init__(self, group: _Optional[str] = ..., config: _Optional[_Union[ConsumerConfig, _Mapping]] = ...) -> None: ...

class CreateConsumerResponse(_message.Message):
    __slots__ = ("instance_id", "base_uri")
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    BASE_URI_FIELD_NUMBER: _ClassVar[int]
    instance_id: str
    base_uri: str
    def __init__(self, instance_id: _Optional[str] = ..., base_uri: _Optional[str] = ...) -> None: ...

class DeleteConsumerRequest(_message.Message):
    __slots__ = ("group", "instance")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ...) -> None: ...

class DeleteConsumerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("topics", "topic_pattern")
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    TOPIC_PATTERN_FIELD_NUMBER: _ClassVar[int]
    topics: _containers.RepeatedScalarFieldContainer[str]
    topic_pattern: str
    def __init__(self, topics: _Optional[_Iterable[str]] = ..., topic_pattern: _Optional[str] = ...) -> None: ...

class SetSubscriptionRequest(_message.Message):
    __slots__ = ("group", "instance", "subscription")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    subscription: Subscription
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., subscription: _Optional[_Union[Subscription, _Mapping]] = ...) -> None: ...

class SetSubscriptionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSubscriptionRequest(_message.Message):
    __slots__ = ("group", "instance")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ...) -> None: ...

class GetSubscriptionResponse(_message.Message):
    __slots__ = ("topics",)
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    topics: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, topics: _Optional[_Iterable[str]] = ...) -> None: ...

class DeleteSubscriptionRequest(_message.Message):
    __slots__ = ("group", "instance")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ...) -> None: ...

class DeleteSubscriptionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TopicPartition(_message.Message):
    __slots__ = ("topic", "partition")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ...) -> None: ...

class TopicPartitions(_message.Message):
    __slots__ = ("partitions",)
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    partitions: _containers.RepeatedCompositeFieldContainer[TopicPartition]
    def __init__(self, partitions: _Optional[_Iterable[_Union[TopicPartition, _Mapping]]] = ...) -> None: ...

class SetAssignmentRequest(_message.Message):
    __slots__ = ("group", "instance", "assignment")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    assignment: TopicPartitions
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., assignment: _Optional[_Union[TopicPartitions, _Mapping]] = ...) -> None: ...

class SetAssignmentResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetAssignmentRequest(_message.Message):
    __slots__ = ("group", "instance")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ...) -> None: ...

class GetAssignmentResponse(_message.Message):
    __slots__ = ("partitions",)
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    partitions: _containers.RepeatedCompositeFieldContainer[TopicPartition]
    def __init__(self, partitions: _Optional[_Iterable[_Union[TopicPartition, _Mapping]]] = ...) -> None: ...

class PartitionOffset(_message.Message):
    __slots__ = ("topic", "partition", "offset", "metadata")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    offset: int
    metadata: str
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., offset: _Optional[int] = ..., metadata: _Optional[str] = ...) -> None: ...

class PartitionTimestamp(_message.Message):
    __slots__ = ("topic", "partition", "timestamp")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    timestamp: _struct_pb2.Value
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., timestamp: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class Positions(_message.Message):
    __slots__ = ("offsets", "timestamps")
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMPS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[PartitionOffset]
    timestamps: _containers.RepeatedCompositeFieldContainer[PartitionTimestamp]
    def __init__(self, offsets: _Optional[_Iterable[_Union[PartitionOffset, _Mapping]]] = ..., timestamps: _Optional[_Iterable[_Union[PartitionTimestamp, _Mapping]]] = ...) -> None: ...

class SeekRequest(_message.Message):
    __slots__ = ("group", "instance", "positions")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    positions: Positions
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., positions: _Optional[_Union[Positions, _Mapping]] = ...) -> None: ...

class SeekResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SeekToBeginningRequest(_message.Message):
    __slots__ = ("group", "instance", "partitions")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    partitions: TopicPartitions
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., partitions: _Optional[_Union[TopicPartitions, _Mapping]] = ...) -> None: ...

class SeekToBeginningResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SeekToEndRequest(_message.Message):
    __slots__ = ("group", "instance", "partitions")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    partitions: TopicPartitions
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., partitions: _Optional[_Union[TopicPartitions, _Mapping]] = ...) -> None: ...

class SeekToEndResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReadRecordsRequest(_message.Message):
    __slots__ = ("group", "instance", "timeout", "max_bytes", "format")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    timeout: int
    max_bytes: int
    format: str
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., timeout: _Optional[int] = ..., max_bytes: _Optional[int] = ..., format: _Optional[str] = ...) -> None: ...

class ConsumerRecord(_message.Message):
    __slots__ = ("topic", "key", "value", "partition", "offset", "timestamp", "headers")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    topic: str
    key: _struct_pb2.Value
    value: _struct_pb2.Value
    partition: int
    offset: int
    timestamp: int
    headers: _containers.RepeatedCompositeFieldContainer[RecordHeader]
    def __init__(self, topic: _Optional[str] = ..., key: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., partition: _Optional[int] = ..., offset: _Optional[int] = ..., timestamp: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[RecordHeader, _Mapping]]] = ...) -> None: ...

class ReadRecordsResponse(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[ConsumerRecord]
    def __init__(self, records: _Optional[_Iterable[_Union[ConsumerRecord, _Mapping]]] = ...) -> None: ...

class OffsetCommit(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[PartitionOffset]
    def __init__(self, offsets: _Optional[_Iterable[_Union[PartitionOffset, _Mapping]]] = ...) -> None: ...

class CommitOffsetsRequest(_message.Message):
    __slots__ = ("group", "instance", "commit")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    ASYNC_FIELD_NUMBER: _ClassVar[int]
    COMMIT_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    commit: OffsetCommit
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., commit: _Optional[_Union[OffsetCommit, _Mapping]] = ..., **kwargs) -> None: ...

class CommittedOffset(_message.Message):
    __slots__ = ("topic", "partition", "consumed", "committed")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    CONSUMED_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    consumed: int
    committed: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., consumed: _Optional[int] = ..., committed: _Optional[int] = ...) -> None: ...

class CommitOffsetsResponse(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[CommittedOffset]
    def __init__(self, offsets: _Optional[_Iterable[_Union[CommittedOffset, _Mapping]]] = ...) -> None: ...

class GetCommittedOffsetsRequest(_message.Message):
    __slots__ = ("group", "instance", "partitions")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    group: str
    instance: str
    partitions: TopicPartitions
    def __init__(self, group: _Optional[str] = ..., instance: _Optional[str] = ..., partitions: _Optional[_Union[TopicPartitions, _Mapping]] = ...) -> None: ...

class GetCommittedOffsetsResponse(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[PartitionOffset]
    def __init__(self, offsets: _Optional[_Iterable[_Union[PartitionOffset, _Mapping]]] = ...) -> None: ...
