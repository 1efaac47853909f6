from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor
CONTENT_TYPE_BINDING_FIELD_NUMBER: _ClassVar[int]
content_type_binding: _descriptor.FieldDescriptor
ACCEPT_BINDING_FIELD_NUMBER: _ClassVar[int]
accept_binding: _descriptor.FieldDescriptor
METHOD_MEDIA_TYPES_FIELD_NUMBER: _ClassVar[int]
method_media_types: _descriptor.FieldDescriptor
NO_CONTENT_FIELD_NUMBER: _ClassVar[int]
no_content: _descriptor.FieldDescriptor
SUCCESS_STATUSES_FIELD_NUMBER: _ClassVar[int]
success_statuses: _descriptor.FieldDescriptor
MEDIA_TYPES_FIELD_NUMBER: _ClassVar[int]
media_types: _descriptor.FieldDescriptor
SERVICE_CONTENT_TYPE_BINDING_FIELD_NUMBER: _ClassVar[int]
service_content_type_binding: _descriptor.FieldDescriptor
EMIT_NULLS_FIELD_NUMBER: _ClassVar[int]
emit_nulls: _descriptor.FieldDescriptor
EMIT_DEFAULTS_FIELD_NUMBER: _ClassVar[int]
emit_defaults: _descriptor.FieldDescriptor

class MediaTypes(_message.Message):
    __slots__ = ("consumes", "produces")
    CONSUMES_FIELD_NUMBER: _ClassVar[int]
    PRODUCES_FIELD_NUMBER: _ClassVar[int]
    consumes: _containers.RepeatedScalarFieldContainer[str]
    produces: _containers.RepeatedCompositeFieldContainer[ProducedMediaType]
    def __init__(self, consumes: _Optional[_Iterable[str]] = ..., produces: _Optional[_Iterable[_Union[ProducedMediaType, _Mapping]]] = ...) -> None: ...

class ProducedMediaType(_message.Message):
    __slots__ = ("media_type", "quality")
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    QUALITY_FIELD_NUMBER: _ClassVar[int]
    media_type: str
    quality: float
    def __init__(self, media_type: _Optional[str] = ..., quality: _Optional[float] = ...) -> None: ...

class ContentTypeBinding(_message.Message):
    __slots__ = ("field", "values", "default_value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
    field: str
    values: _containers.RepeatedCompositeFieldContainer[ContentTypeValue]
    default_value: str
    def __init__(self, field: _Optional[str] = ..., values: _Optional[_Iterable[_Union[ContentTypeValue, _Mapping]]] = ..., default_value: _Optional[str] = ...) -> None: ...

class ContentTypeValue(_message.Message):
    __slots__ = ("media_type", "value")
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    media_type: str
    value: str
    def __init__(self, media_type: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
