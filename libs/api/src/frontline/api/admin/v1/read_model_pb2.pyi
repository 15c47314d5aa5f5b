from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListProjectedTypesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProjectedType(_message.Message):
    __slots__ = ("topic", "type")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    topic: str
    type: str
    def __init__(self, topic: _Optional[str] = ..., type: _Optional[str] = ...) -> None: ...

class ListProjectedTypesResponse(_message.Message):
    __slots__ = ("types",)
    TYPES_FIELD_NUMBER: _ClassVar[int]
    types: _containers.RepeatedCompositeFieldContainer[ProjectedType]
    def __init__(self, types: _Optional[_Iterable[_Union[ProjectedType, _Mapping]]] = ...) -> None: ...

class ListAppliedEventIdsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListAppliedEventIdsResponse(_message.Message):
    __slots__ = ("event_ids",)
    EVENT_IDS_FIELD_NUMBER: _ClassVar[int]
    event_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, event_ids: _Optional[_Iterable[str]] = ...) -> None: ...
