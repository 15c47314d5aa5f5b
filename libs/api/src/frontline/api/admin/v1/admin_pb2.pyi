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
