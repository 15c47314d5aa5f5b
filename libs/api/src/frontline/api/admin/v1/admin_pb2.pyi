from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LoadCalendarYearRequest(_message.Message):
    __slots__ = ("year", "holidays", "workdays")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    HOLIDAYS_FIELD_NUMBER: _ClassVar[int]
    WORKDAYS_FIELD_NUMBER: _ClassVar[int]
    year: int
    holidays: _containers.RepeatedScalarFieldContainer[str]
    workdays: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, year: _Optional[int] = ..., holidays: _Optional[_Iterable[str]] = ..., workdays: _Optional[_Iterable[str]] = ...) -> None: ...

class LoadCalendarYearResponse(_message.Message):
    __slots__ = ("year", "timers_rearmed")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    TIMERS_REARMED_FIELD_NUMBER: _ClassVar[int]
    year: int
    timers_rearmed: int
    def __init__(self, year: _Optional[int] = ..., timers_rearmed: _Optional[int] = ...) -> None: ...

class ListCalendarYearsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CalendarYear(_message.Message):
    __slots__ = ("year", "holidays", "workdays", "loaded_at")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    HOLIDAYS_FIELD_NUMBER: _ClassVar[int]
    WORKDAYS_FIELD_NUMBER: _ClassVar[int]
    LOADED_AT_FIELD_NUMBER: _ClassVar[int]
    year: int
    holidays: int
    workdays: int
    loaded_at: str
    def __init__(self, year: _Optional[int] = ..., holidays: _Optional[int] = ..., workdays: _Optional[int] = ..., loaded_at: _Optional[str] = ...) -> None: ...

class ListCalendarYearsResponse(_message.Message):
    __slots__ = ("years",)
    YEARS_FIELD_NUMBER: _ClassVar[int]
    years: _containers.RepeatedCompositeFieldContainer[CalendarYear]
    def __init__(self, years: _Optional[_Iterable[_Union[CalendarYear, _Mapping]]] = ...) -> None: ...

class ListPublicEventIdsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListPublicEventIdsResponse(_message.Message):
    __slots__ = ("topic", "type", "event_ids", "in_outbox")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    EVENT_IDS_FIELD_NUMBER: _ClassVar[int]
    IN_OUTBOX_FIELD_NUMBER: _ClassVar[int]
    topic: str
    type: str
    event_ids: _containers.RepeatedScalarFieldContainer[str]
    in_outbox: bool
    def __init__(self, topic: _Optional[str] = ..., type: _Optional[str] = ..., event_ids: _Optional[_Iterable[str]] = ..., in_outbox: _Optional[bool] = ...) -> None: ...

class ParkedOutboxRow(_message.Message):
    __slots__ = ("id", "topic", "key", "type", "size_bytes", "error", "created_at", "parked_at", "held_behind")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    PARKED_AT_FIELD_NUMBER: _ClassVar[int]
    HELD_BEHIND_FIELD_NUMBER: _ClassVar[int]
    id: int
    topic: str
    key: str
    type: str
    size_bytes: int
    error: str
    created_at: str
    parked_at: str
    held_behind: int
    def __init__(self, id: _Optional[int] = ..., topic: _Optional[str] = ..., key: _Optional[str] = ..., type: _Optional[str] = ..., size_bytes: _Optional[int] = ..., error: _Optional[str] = ..., created_at: _Optional[str] = ..., parked_at: _Optional[str] = ..., held_behind: _Optional[int] = ...) -> None: ...

class ListParkedOutboxRowsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListParkedOutboxRowsResponse(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[ParkedOutboxRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[ParkedOutboxRow, _Mapping]]] = ...) -> None: ...

class RetryParkedOutboxRowsRequest(_message.Message):
    __slots__ = ("ids", "all")
    IDS_FIELD_NUMBER: _ClassVar[int]
    ALL_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedScalarFieldContainer[int]
    all: bool
    def __init__(self, ids: _Optional[_Iterable[int]] = ..., all: _Optional[bool] = ...) -> None: ...

class RetryParkedOutboxRowsResponse(_message.Message):
    __slots__ = ("ids",)
    IDS_FIELD_NUMBER: _ClassVar[int]
    ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, ids: _Optional[_Iterable[int]] = ...) -> None: ...
