from google.api import annotations_pb2 as _annotations_pb2
from gregor.api.v1 import http_pb2 as _http_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ResourceMetadata(_message.Message):
    __slots__ = ("self", "resource_name")
    SELF_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    self: str
    resource_name: str
    def __init__(self_, self: _Optional[str] = ..., resource_name: _Optional[str] = ...) -> None: ...

class ResourceCollectionMetadata(_message.Message):
    __slots__ = ("self", "next")
    SELF_FIELD_NUMBER: _ClassVar[int]
    NEXT_FIELD_NUMBER: _ClassVar[int]
    self: str
    next: str
    def __init__(self_, self: _Optional[str] = ..., next: _Optional[str] = ...) -> None: ...

class Relationship(_message.Message):
    __slots__ = ("related",)
    RELATED_FIELD_NUMBER: _ClassVar[int]
    related: str
    def __init__(self, related: _Optional[str] = ...) -> None: ...

class ClusterData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "controller", "acls", "brokers", "broker_configs", "consumer_groups", "topics", "partition_reassignments")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONTROLLER_FIELD_NUMBER: _ClassVar[int]
    ACLS_FIELD_NUMBER: _ClassVar[int]
    BROKERS_FIELD_NUMBER: _ClassVar[int]
    BROKER_CONFIGS_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUPS_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    PARTITION_REASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    controller: Relationship
    acls: Relationship
    brokers: Relationship
    broker_configs: Relationship
    consumer_groups: Relationship
    topics: Relationship
    partition_reassignments: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., controller: _Optional[_Union[Relationship, _Mapping]] = ..., acls: _Optional[_Union[Relationship, _Mapping]] = ..., brokers: _Optional[_Union[Relationship, _Mapping]] = ..., broker_configs: _Optional[_Union[Relationship, _Mapping]] = ..., consumer_groups: _Optional[_Union[Relationship, _Mapping]] = ..., topics: _Optional[_Union[Relationship, _Mapping]] = ..., partition_reassignments: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaClustersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListKafkaClustersResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ClusterData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ClusterData, _Mapping]]] = ...) -> None: ...

class GetKafkaClusterRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class GetKafkaClusterResponse(_message.Message):
    __slots__ = ("cluster",)
    CLUSTER_FIELD_NUMBER: _ClassVar[int]
    cluster: ClusterData
    def __init__(self, cluster: _Optional[_Union[ClusterData, _Mapping]] = ...) -> None: ...

class BrokerData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "broker_id", "host", "port", "rack", "configs", "partition_replicas")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    PORT_FIELD_NUMBER: _ClassVar[int]
    RACK_FIELD_NUMBER: _ClassVar[int]
    CONFIGS_FIELD_NUMBER: _ClassVar[int]
    PARTITION_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    broker_id: int
    host: str
    port: int
    rack: str
    configs: Relationship
    partition_replicas: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., host: _Optional[str] = ..., port: _Optional[int] = ..., rack: _Optional[str] = ..., configs: _Optional[_Union[Relationship, _Mapping]] = ..., partition_replicas: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaBrokersRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListKafkaBrokersResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[BrokerData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[BrokerData, _Mapping]]] = ...) -> None: ...

class GetKafkaBrokerRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ...) -> None: ...

class GetKafkaBrokerResponse(_message.Message):
    __slots__ = ("broker",)
    BROKER_FIELD_NUMBER: _ClassVar[int]
    broker: BrokerData
    def __init__(self, broker: _Optional[_Union[BrokerData, _Mapping]] = ...) -> None: ...

class TopicData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "is_internal", "replication_factor", "partitions_count", "partitions", "configs", "partition_reassignments", "authorized_operations")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    IS_INTERNAL_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_FACTOR_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_COUNT_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    CONFIGS_FIELD_NUMBER: _ClassVar[int]
    PARTITION_REASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    AUTHORIZED_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    is_internal: bool
    replication_factor: int
    partitions_count: int
    partitions: Relationship
    configs: Relationship
    partition_reassignments: Relationship
    authorized_operations: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., is_internal: _Optional[bool] = ..., replication_factor: _Optional[int] = ..., partitions_count: _Optional[int] = ..., partitions: _Optional[_Union[Relationship, _Mapping]] = ..., configs: _Optional[_Union[Relationship, _Mapping]] = ..., partition_reassignments: _Optional[_Union[Relationship, _Mapping]] = ..., authorized_operations: _Optional[_Iterable[str]] = ...) -> None: ...

class ListKafkaTopicsRequest(_message.Message):
    __slots__ = ("cluster_id", "include_authorized_operations")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_AUTHORIZED_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    include_authorized_operations: bool
    def __init__(self, cluster_id: _Optional[str] = ..., include_authorized_operations: _Optional[bool] = ...) -> None: ...

class ListKafkaTopicsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[TopicData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[TopicData, _Mapping]]] = ...) -> None: ...

class TopicConfigEntry(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class CreateKafkaTopicRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partitions_count", "replication_factor", "configs", "validate_only")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLICATION_FACTOR_FIELD_NUMBER: _ClassVar[int]
    CONFIGS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partitions_count: int
    replication_factor: int
    configs: _containers.RepeatedCompositeFieldContainer[TopicConfigEntry]
    validate_only: bool
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partitions_count: _Optional[int] = ..., replication_factor: _Optional[int] = ..., configs: _Optional[_Iterable[_Union[TopicConfigEntry, _Mapping]]] = ..., validate_only: _Optional[bool] = ...) -> None: ...

class CreateKafkaTopicResponse(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: TopicData
    def __init__(self, topic: _Optional[_Union[TopicData, _Mapping]] = ...) -> None: ...

class GetKafkaTopicRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "include_authorized_operations")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_AUTHORIZED_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    include_authorized_operations: bool
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., include_authorized_operations: _Optional[bool] = ...) -> None: ...

class GetKafkaTopicResponse(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: TopicData
    def __init__(self, topic: _Optional[_Union[TopicData, _Mapping]] = ...) -> None: ...

class UpdatePartitionCountKafkaTopicRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partitions_count")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_COUNT_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partitions_count: int
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partitions_count: _Optional[int] = ...) -> None: ...

class UpdatePartitionCountKafkaTopicResponse(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: TopicData
    def __init__(self, topic: _Optional[_Union[TopicData, _Mapping]] = ...) -> None: ...

class DeleteKafkaTopicRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ...) -> None: ...

class DeleteKafkaTopicResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConfigSynonymData(_message.Message):
    __slots__ = ("name", "value", "source")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    source: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ..., source: _Optional[str] = ...) -> None: ...

class TopicConfigData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "name", "value", "is_default", "is_read_only", "is_sensitive", "source", "synonyms")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    IS_READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    IS_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SYNONYMS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    name: str
    value: str
    is_default: bool
    is_read_only: bool
    is_sensitive: bool
    source: str
    synonyms: _containers.RepeatedCompositeFieldContainer[ConfigSynonymData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ..., is_default: _Optional[bool] = ..., is_read_only: _Optional[bool] = ..., is_sensitive: _Optional[bool] = ..., source: _Optional[str] = ..., synonyms: _Optional[_Iterable[_Union[ConfigSynonymData, _Mapping]]] = ...) -> None: ...

class ListKafkaAllTopicConfigsRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListKafkaAllTopicConfigsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[TopicConfigData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[TopicConfigData, _Mapping]]] = ...) -> None: ...

class ListKafkaTopicConfigsRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ...) -> None: ...

class ListKafkaTopicConfigsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[TopicConfigData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[TopicConfigData, _Mapping]]] = ...) -> None: ...

class GetKafkaTopicConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetKafkaTopicConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: TopicConfigData
    def __init__(self, config: _Optional[_Union[TopicConfigData, _Mapping]] = ...) -> None: ...

class UpdateKafkaTopicConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "name", "value")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    name: str
    value: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class UpdateKafkaTopicConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteKafkaTopicConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class DeleteKafkaTopicConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AlterConfigEntry(_message.Message):
    __slots__ = ("name", "value", "operation")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    operation: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ..., operation: _Optional[str] = ...) -> None: ...

class UpdateKafkaTopicConfigBatchRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "data", "validate_only")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    data: _containers.RepeatedCompositeFieldContainer[AlterConfigEntry]
    validate_only: bool
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., data: _Optional[_Iterable[_Union[AlterConfigEntry, _Mapping]]] = ..., validate_only: _Optional[bool] = ...) -> None: ...

class UpdateKafkaTopicConfigBatchResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PartitionData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "partition_id", "leader", "replicas", "reassignment")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    LEADER_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    REASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    partition_id: int
    leader: Relationship
    replicas: Relationship
    reassignment: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., leader: _Optional[_Union[Relationship, _Mapping]] = ..., replicas: _Optional[_Union[Relationship, _Mapping]] = ..., reassignment: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaPartitionsRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ...) -> None: ...

class ListKafkaPartitionsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[PartitionData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[PartitionData, _Mapping]]] = ...) -> None: ...

class GetKafkaPartitionRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ...) -> None: ...

class GetKafkaPartitionResponse(_message.Message):
    __slots__ = ("partition",)
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    partition: PartitionData
    def __init__(self, partition: _Optional[_Union[PartitionData, _Mapping]] = ...) -> None: ...

class ConsumerGroupData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "consumer_group_id", "is_simple", "partition_assignor", "state", "type", "is_mixed_consumer_group", "coordinator", "consumers", "lag_summary")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IS_SIMPLE_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ASSIGNOR_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_MIXED_CONSUMER_GROUP_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    CONSUMERS_FIELD_NUMBER: _ClassVar[int]
    LAG_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    consumer_group_id: str
    is_simple: bool
    partition_assignor: str
    state: str
    type: str
    is_mixed_consumer_group: bool
    coordinator: Relationship
    consumers: Relationship
    lag_summary: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., is_simple: _Optional[bool] = ..., partition_assignor: _Optional[str] = ..., state: _Optional[str] = ..., type: _Optional[str] = ..., is_mixed_consumer_group: _Optional[bool] = ..., coordinator: _Optional[_Union[Relationship, _Mapping]] = ..., consumers: _Optional[_Union[Relationship, _Mapping]] = ..., lag_summary: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaConsumerGroupsRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListKafkaConsumerGroupsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ConsumerGroupData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ConsumerGroupData, _Mapping]]] = ...) -> None: ...

class GetKafkaConsumerGroupRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ...) -> None: ...

class GetKafkaConsumerGroupResponse(_message.Message):
    __slots__ = ("consumer_group",)
    CONSUMER_GROUP_FIELD_NUMBER: _ClassVar[int]
    consumer_group: ConsumerGroupData
    def __init__(self, consumer_group: _Optional[_Union[ConsumerGroupData, _Mapping]] = ...) -> None: ...

class ConsumerData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "consumer_group_id", "consumer_id", "instance_id", "client_id", "assignments")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    consumer_group_id: str
    consumer_id: str
    instance_id: str
    client_id: str
    assignments: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., consumer_id: _Optional[str] = ..., instance_id: _Optional[str] = ..., client_id: _Optional[str] = ..., assignments: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaConsumersRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ...) -> None: ...

class ListKafkaConsumersResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ConsumerData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ConsumerData, _Mapping]]] = ...) -> None: ...

class GetKafkaConsumerRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id", "consumer_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    consumer_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., consumer_id: _Optional[str] = ...) -> None: ...

class GetKafkaConsumerResponse(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: ConsumerData
    def __init__(self, consumer: _Optional[_Union[ConsumerData, _Mapping]] = ...) -> None: ...

class ConsumerLagData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "consumer_group_id", "topic_name", "partition_id", "current_offset", "log_end_offset", "lag", "consumer_id", "instance_id", "client_id")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    LOG_END_OFFSET_FIELD_NUMBER: _ClassVar[int]
    LAG_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    consumer_group_id: str
    topic_name: str
    partition_id: int
    current_offset: int
    log_end_offset: int
    lag: int
    consumer_id: str
    instance_id: str
    client_id: str
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., current_offset: _Optional[int] = ..., log_end_offset: _Optional[int] = ..., lag: _Optional[int] = ..., consumer_id: _Optional[str] = ..., instance_id: _Optional[str] = ..., client_id: _Optional[str] = ...) -> None: ...

class ListKafkaConsumerLagsRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ...) -> None: ...

class ListKafkaConsumerLagsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ConsumerLagData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ConsumerLagData, _Mapping]]] = ...) -> None: ...

class GetKafkaConsumerLagRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id", "topic_name", "partition_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    topic_name: str
    partition_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ...) -> None: ...

class GetKafkaConsumerLagResponse(_message.Message):
    __slots__ = ("lag",)
    LAG_FIELD_NUMBER: _ClassVar[int]
    lag: ConsumerLagData
    def __init__(self, lag: _Optional[_Union[ConsumerLagData, _Mapping]] = ...) -> None: ...

class ConsumerGroupLagSummaryData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "consumer_group_id", "max_lag_consumer_id", "max_lag_instance_id", "max_lag_client_id", "max_lag_topic_name", "max_lag_partition_id", "max_lag", "total_lag", "max_lag_consumer", "max_lag_partition")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LAG_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_CONSUMER_FIELD_NUMBER: _ClassVar[int]
    MAX_LAG_PARTITION_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    consumer_group_id: str
    max_lag_consumer_id: str
    max_lag_instance_id: str
    max_lag_client_id: str
    max_lag_topic_name: str
    max_lag_partition_id: int
    max_lag: int
    total_lag: int
    max_lag_consumer: Relationship
    max_lag_partition: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., max_lag_consumer_id: _Optional[str] = ..., max_lag_instance_id: _Optional[str] = ..., max_lag_client_id: _Optional[str] = ..., max_lag_topic_name: _Optional[str] = ..., max_lag_partition_id: _Optional[int] = ..., max_lag: _Optional[int] = ..., total_lag: _Optional[int] = ..., max_lag_consumer: _Optional[_Union[Relationship, _Mapping]] = ..., max_lag_partition: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class GetKafkaConsumerGroupLagSummaryRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ...) -> None: ...

class GetKafkaConsumerGroupLagSummaryResponse(_message.Message):
    __slots__ = ("summary",)
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    summary: ConsumerGroupLagSummaryData
    def __init__(self, summary: _Optional[_Union[ConsumerGroupLagSummaryData, _Mapping]] = ...) -> None: ...

class PartitionWithOffsetsData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "partition_id", "earliest_offset", "latest_offset")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    EARLIEST_OFFSET_FIELD_NUMBER: _ClassVar[int]
    LATEST_OFFSET_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    partition_id: int
    earliest_offset: int
    latest_offset: int
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., earliest_offset: _Optional[int] = ..., latest_offset: _Optional[int] = ...) -> None: ...

class ListKafkaPartitionOffsetsRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id", "offset_type")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_TYPE_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    offset_type: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., offset_type: _Optional[str] = ...) -> None: ...

class ListKafkaPartitionOffsetsResponse(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: PartitionWithOffsetsData
    def __init__(self, offsets: _Optional[_Union[PartitionWithOffsetsData, _Mapping]] = ...) -> None: ...

class ReplicaData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "partition_id", "broker_id", "is_leader", "is_in_sync", "broker")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    IS_LEADER_FIELD_NUMBER: _ClassVar[int]
    IS_IN_SYNC_FIELD_NUMBER: _ClassVar[int]
    BROKER_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    partition_id: int
    broker_id: int
    is_leader: bool
    is_in_sync: bool
    broker: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., broker_id: _Optional[int] = ..., is_leader: _Optional[bool] = ..., is_in_sync: _Optional[bool] = ..., broker: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaReplicasRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ...) -> None: ...

class ListKafkaReplicasResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ReplicaData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ReplicaData, _Mapping]]] = ...) -> None: ...

class GetKafkaReplicaRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id", "broker_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    broker_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., broker_id: _Optional[int] = ...) -> None: ...

class GetKafkaReplicaResponse(_message.Message):
    __slots__ = ("replica",)
    REPLICA_FIELD_NUMBER: _ClassVar[int]
    replica: ReplicaData
    def __init__(self, replica: _Optional[_Union[ReplicaData, _Mapping]] = ...) -> None: ...

class SearchKafkaReplicasByBrokerRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ...) -> None: ...

class SearchKafkaReplicasByBrokerResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ReplicaData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ReplicaData, _Mapping]]] = ...) -> None: ...

class ConsumerAssignmentData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "consumer_group_id", "consumer_id", "topic_name", "partition_id", "partition", "lag")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    LAG_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    consumer_group_id: str
    consumer_id: str
    topic_name: str
    partition_id: int
    partition: Relationship
    lag: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., consumer_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., partition: _Optional[_Union[Relationship, _Mapping]] = ..., lag: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListKafkaConsumerAssignmentRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id", "consumer_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    consumer_id: str
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., consumer_id: _Optional[str] = ...) -> None: ...

class ListKafkaConsumerAssignmentResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ConsumerAssignmentData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ConsumerAssignmentData, _Mapping]]] = ...) -> None: ...

class GetKafkaConsumerAssignmentRequest(_message.Message):
    __slots__ = ("cluster_id", "consumer_group_id", "consumer_id", "topic_name", "partition_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    consumer_group_id: str
    consumer_id: str
    topic_name: str
    partition_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., consumer_group_id: _Optional[str] = ..., consumer_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ...) -> None: ...

class GetKafkaConsumerAssignmentResponse(_message.Message):
    __slots__ = ("assignment",)
    ASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    assignment: ConsumerAssignmentData
    def __init__(self, assignment: _Optional[_Union[ConsumerAssignmentData, _Mapping]] = ...) -> None: ...

class BrokerConfigData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "broker_id", "name", "value", "is_default", "is_read_only", "is_sensitive", "source", "synonyms")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    IS_READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    IS_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SYNONYMS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    broker_id: int
    name: str
    value: str
    is_default: bool
    is_read_only: bool
    is_sensitive: bool
    source: str
    synonyms: _containers.RepeatedCompositeFieldContainer[ConfigSynonymData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., name: _Optional[str] = ..., value: _Optional[str] = ..., is_default: _Optional[bool] = ..., is_read_only: _Optional[bool] = ..., is_sensitive: _Optional[bool] = ..., source: _Optional[str] = ..., synonyms: _Optional[_Iterable[_Union[ConfigSynonymData, _Mapping]]] = ...) -> None: ...

class ListKafkaBrokerConfigsRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ...) -> None: ...

class ListKafkaBrokerConfigsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[BrokerConfigData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[BrokerConfigData, _Mapping]]] = ...) -> None: ...

class ListKafkaAllBrokerConfigsRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListKafkaAllBrokerConfigsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[BrokerConfigData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[BrokerConfigData, _Mapping]]] = ...) -> None: ...

class GetKafkaBrokerConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., name: _Optional[str] = ...) -> None: ...

class GetKafkaBrokerConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: BrokerConfigData
    def __init__(self, config: _Optional[_Union[BrokerConfigData, _Mapping]] = ...) -> None: ...

class UpdateKafkaBrokerConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id", "name", "value")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    name: str
    value: str
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class UpdateKafkaBrokerConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteKafkaBrokerConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., name: _Optional[str] = ...) -> None: ...

class DeleteKafkaBrokerConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateKafkaBrokerConfigBatchRequest(_message.Message):
    __slots__ = ("cluster_id", "broker_id", "data", "validate_only")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    BROKER_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    broker_id: int
    data: _containers.RepeatedCompositeFieldContainer[AlterConfigEntry]
    validate_only: bool
    def __init__(self, cluster_id: _Optional[str] = ..., broker_id: _Optional[int] = ..., data: _Optional[_Iterable[_Union[AlterConfigEntry, _Mapping]]] = ..., validate_only: _Optional[bool] = ...) -> None: ...

class UpdateKafkaBrokerConfigBatchResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AclData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_name: _Optional[str] = ..., pattern_type: _Optional[str] = ..., principal: _Optional[str] = ..., host: _Optional[str] = ..., operation: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class SearchKafkaAclsRequest(_message.Message):
    __slots__ = ("cluster_id", "resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str
    def __init__(self, cluster_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_name: _Optional[str] = ..., pattern_type: _Optional[str] = ..., principal: _Optional[str] = ..., host: _Optional[str] = ..., operation: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class SearchKafkaAclsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[AclData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[AclData, _Mapping]]] = ...) -> None: ...

class CreateAclEntry(_message.Message):
    __slots__ = ("resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission")
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str
    def __init__(self, resource_type: _Optional[str] = ..., resource_name: _Optional[str] = ..., pattern_type: _Optional[str] = ..., principal: _Optional[str] = ..., host: _Optional[str] = ..., operation: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class CreateKafkaAclsRequest(_message.Message):
    __slots__ = ("cluster_id", "resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str
    def __init__(self, cluster_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_name: _Optional[str] = ..., pattern_type: _Optional[str] = ..., principal: _Optional[str] = ..., host: _Optional[str] = ..., operation: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class CreateKafkaAclsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BatchCreateKafkaAclsRequest(_message.Message):
    __slots__ = ("cluster_id", "data")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    data: _containers.RepeatedCompositeFieldContainer[CreateAclEntry]
    def __init__(self, cluster_id: _Optional[str] = ..., data: _Optional[_Iterable[_Union[CreateAclEntry, _Mapping]]] = ...) -> None: ...

class BatchCreateKafkaAclsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteKafkaAclsRequest(_message.Message):
    __slots__ = ("cluster_id", "resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str
    def __init__(self, cluster_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_name: _Optional[str] = ..., pattern_type: _Optional[str] = ..., principal: _Optional[str] = ..., host: _Optional[str] = ..., operation: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class DeleteKafkaAclsResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedCompositeFieldContainer[AclData]
    def __init__(self, data: _Optional[_Iterable[_Union[AclData, _Mapping]]] = ...) -> None: ...

class ClusterConfigData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "config_type", "name", "value", "is_default", "is_read_only", "is_sensitive", "source", "synonyms")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    CONFIG_TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    IS_READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    IS_SENSITIVE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SYNONYMS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    config_type: str
    name: str
    value: str
    is_default: bool
    is_read_only: bool
    is_sensitive: bool
    source: str
    synonyms: _containers.RepeatedCompositeFieldContainer[ConfigSynonymData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., config_type: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ..., is_default: _Optional[bool] = ..., is_read_only: _Optional[bool] = ..., is_sensitive: _Optional[bool] = ..., source: _Optional[str] = ..., synonyms: _Optional[_Iterable[_Union[ConfigSynonymData, _Mapping]]] = ...) -> None: ...

class ListKafkaClusterConfigsRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListKafkaClusterConfigsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ClusterConfigData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ClusterConfigData, _Mapping]]] = ...) -> None: ...

class GetKafkaClusterConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetKafkaClusterConfigResponse(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: ClusterConfigData
    def __init__(self, config: _Optional[_Union[ClusterConfigData, _Mapping]] = ...) -> None: ...

class UpdateKafkaClusterConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "name", "value")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    name: str
    value: str
    def __init__(self, cluster_id: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class UpdateKafkaClusterConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteKafkaClusterConfigRequest(_message.Message):
    __slots__ = ("cluster_id", "name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    name: str
    def __init__(self, cluster_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class DeleteKafkaClusterConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateKafkaClusterConfigsRequest(_message.Message):
    __slots__ = ("cluster_id", "data", "validate_only")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_ONLY_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    data: _containers.RepeatedCompositeFieldContainer[AlterConfigEntry]
    validate_only: bool
    def __init__(self, cluster_id: _Optional[str] = ..., data: _Optional[_Iterable[_Union[AlterConfigEntry, _Mapping]]] = ..., validate_only: _Optional[bool] = ...) -> None: ...

class UpdateKafkaClusterConfigsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReassignmentData(_message.Message):
    __slots__ = ("kind", "metadata", "cluster_id", "topic_name", "partition_id", "adding_replicas", "removing_replicas", "replicas")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    ADDING_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    REMOVING_REPLICAS_FIELD_NUMBER: _ClassVar[int]
    REPLICAS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceMetadata
    cluster_id: str
    topic_name: str
    partition_id: int
    adding_replicas: _containers.RepeatedScalarFieldContainer[int]
    removing_replicas: _containers.RepeatedScalarFieldContainer[int]
    replicas: Relationship
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceMetadata, _Mapping]] = ..., cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ..., adding_replicas: _Optional[_Iterable[int]] = ..., removing_replicas: _Optional[_Iterable[int]] = ..., replicas: _Optional[_Union[Relationship, _Mapping]] = ...) -> None: ...

class ListAllKafkaReassignmentsRequest(_message.Message):
    __slots__ = ("cluster_id",)
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    def __init__(self, cluster_id: _Optional[str] = ...) -> None: ...

class ListAllKafkaReassignmentsResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ReassignmentData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ReassignmentData, _Mapping]]] = ...) -> None: ...

class SearchKafkaReassignmentsByTopicRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ...) -> None: ...

class SearchKafkaReassignmentsByTopicResponse(_message.Message):
    __slots__ = ("kind", "metadata", "data")
    KIND_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    kind: str
    metadata: ResourceCollectionMetadata
    data: _containers.RepeatedCompositeFieldContainer[ReassignmentData]
    def __init__(self, kind: _Optional[str] = ..., metadata: _Optional[_Union[ResourceCollectionMetadata, _Mapping]] = ..., data: _Optional[_Iterable[_Union[ReassignmentData, _Mapping]]] = ...) -> None: ...

class GetKafkaReassignmentRequest(_message.Message):
    __slots__ = ("cluster_id", "topic_name", "partition_id")
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_NAME_FIELD_NUMBER: _ClassVar[int]
    PARTITION_ID_FIELD_NUMBER: _ClassVar[int]
    cluster_id: str
    topic_name: str
    partition_id: int
    def __init__(self, cluster_id: _Optional[str] = ..., topic_name: _Optional[str] = ..., partition_id: _Optional[int] = ...) -> None: ...

class GetKafkaReassignmentResponse(_message.Message):
    __slots__ = ("reassignment",)
    REASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    reassignment: ReassignmentData
    def __init__(self, reassignment: _Optional[_Union[ReassignmentData, _Mapping]] = ...) -> None: ...
