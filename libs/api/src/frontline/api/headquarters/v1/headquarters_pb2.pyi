from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UnitRef(_message.Message):
    __slots__ = ("unit_id", "name", "level", "division_code")
    UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    unit_id: str
    name: str
    level: str
    division_code: str
    def __init__(self, unit_id: _Optional[str] = ..., name: _Optional[str] = ..., level: _Optional[str] = ..., division_code: _Optional[str] = ...) -> None: ...

class ScoreInput(_message.Message):
    __slots__ = ("key", "label", "value", "weight", "points", "delta_points", "has_data")
    KEY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    DELTA_POINTS_FIELD_NUMBER: _ClassVar[int]
    HAS_DATA_FIELD_NUMBER: _ClassVar[int]
    key: str
    label: str
    value: float
    weight: float
    points: float
    delta_points: float
    has_data: bool
    def __init__(self, key: _Optional[str] = ..., label: _Optional[str] = ..., value: _Optional[float] = ..., weight: _Optional[float] = ..., points: _Optional[float] = ..., delta_points: _Optional[float] = ..., has_data: _Optional[bool] = ...) -> None: ...

class Indicator(_message.Message):
    __slots__ = ("key", "label", "value", "unit", "has_data")
    KEY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    HAS_DATA_FIELD_NUMBER: _ClassVar[int]
    key: str
    label: str
    value: float
    unit: str
    has_data: bool
    def __init__(self, key: _Optional[str] = ..., label: _Optional[str] = ..., value: _Optional[float] = ..., unit: _Optional[str] = ..., has_data: _Optional[bool] = ...) -> None: ...

class Pillar(_message.Message):
    __slots__ = ("key", "label", "score", "delta", "has_data", "note", "inputs", "indicators")
    KEY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    HAS_DATA_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    INDICATORS_FIELD_NUMBER: _ClassVar[int]
    key: str
    label: str
    score: float
    delta: float
    has_data: bool
    note: str
    inputs: _containers.RepeatedCompositeFieldContainer[ScoreInput]
    indicators: _containers.RepeatedCompositeFieldContainer[Indicator]
    def __init__(self, key: _Optional[str] = ..., label: _Optional[str] = ..., score: _Optional[float] = ..., delta: _Optional[float] = ..., has_data: _Optional[bool] = ..., note: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[ScoreInput, _Mapping]]] = ..., indicators: _Optional[_Iterable[_Union[Indicator, _Mapping]]] = ...) -> None: ...

class ChildSummary(_message.Message):
    __slots__ = ("unit", "combined_score", "fortress_score", "service_score", "alert_count", "rank")
    UNIT_FIELD_NUMBER: _ClassVar[int]
    COMBINED_SCORE_FIELD_NUMBER: _ClassVar[int]
    FORTRESS_SCORE_FIELD_NUMBER: _ClassVar[int]
    SERVICE_SCORE_FIELD_NUMBER: _ClassVar[int]
    ALERT_COUNT_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    unit: UnitRef
    combined_score: float
    fortress_score: float
    service_score: float
    alert_count: int
    rank: int
    def __init__(self, unit: _Optional[_Union[UnitRef, _Mapping]] = ..., combined_score: _Optional[float] = ..., fortress_score: _Optional[float] = ..., service_score: _Optional[float] = ..., alert_count: _Optional[int] = ..., rank: _Optional[int] = ...) -> None: ...

class Alert(_message.Message):
    __slots__ = ("kind", "severity", "unit", "message", "since", "subject_id")
    KIND_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    kind: str
    severity: str
    unit: UnitRef
    message: str
    since: str
    subject_id: str
    def __init__(self, kind: _Optional[str] = ..., severity: _Optional[str] = ..., unit: _Optional[_Union[UnitRef, _Mapping]] = ..., message: _Optional[str] = ..., since: _Optional[str] = ..., subject_id: _Optional[str] = ...) -> None: ...

class TrendPoint(_message.Message):
    __slots__ = ("month", "value")
    MONTH_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    month: str
    value: float
    def __init__(self, month: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...

class TrendSeries(_message.Message):
    __slots__ = ("key", "label", "unit", "points")
    KEY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    key: str
    label: str
    unit: str
    points: _containers.RepeatedCompositeFieldContainer[TrendPoint]
    def __init__(self, key: _Optional[str] = ..., label: _Optional[str] = ..., unit: _Optional[str] = ..., points: _Optional[_Iterable[_Union[TrendPoint, _Mapping]]] = ...) -> None: ...

class Activity(_message.Message):
    __slots__ = ("event_id", "occurred_at", "division_code", "kind", "summary", "unit_name")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    UNIT_NAME_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    occurred_at: str
    division_code: str
    kind: str
    summary: str
    unit_name: str
    def __init__(self, event_id: _Optional[str] = ..., occurred_at: _Optional[str] = ..., division_code: _Optional[str] = ..., kind: _Optional[str] = ..., summary: _Optional[str] = ..., unit_name: _Optional[str] = ...) -> None: ...

class Overview(_message.Message):
    __slots__ = ("unit", "as_of", "compared_with", "combined_score", "combined_delta", "pillars", "children", "alerts", "trends", "activity", "path")
    UNIT_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    COMPARED_WITH_FIELD_NUMBER: _ClassVar[int]
    COMBINED_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMBINED_DELTA_FIELD_NUMBER: _ClassVar[int]
    PILLARS_FIELD_NUMBER: _ClassVar[int]
    CHILDREN_FIELD_NUMBER: _ClassVar[int]
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    TRENDS_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    unit: UnitRef
    as_of: str
    compared_with: str
    combined_score: float
    combined_delta: float
    pillars: _containers.RepeatedCompositeFieldContainer[Pillar]
    children: _containers.RepeatedCompositeFieldContainer[ChildSummary]
    alerts: _containers.RepeatedCompositeFieldContainer[Alert]
    trends: _containers.RepeatedCompositeFieldContainer[TrendSeries]
    activity: _containers.RepeatedCompositeFieldContainer[Activity]
    path: _containers.RepeatedCompositeFieldContainer[UnitRef]
    def __init__(self, unit: _Optional[_Union[UnitRef, _Mapping]] = ..., as_of: _Optional[str] = ..., compared_with: _Optional[str] = ..., combined_score: _Optional[float] = ..., combined_delta: _Optional[float] = ..., pillars: _Optional[_Iterable[_Union[Pillar, _Mapping]]] = ..., children: _Optional[_Iterable[_Union[ChildSummary, _Mapping]]] = ..., alerts: _Optional[_Iterable[_Union[Alert, _Mapping]]] = ..., trends: _Optional[_Iterable[_Union[TrendSeries, _Mapping]]] = ..., activity: _Optional[_Iterable[_Union[Activity, _Mapping]]] = ..., path: _Optional[_Iterable[_Union[UnitRef, _Mapping]]] = ...) -> None: ...

class GetCountyOverviewRequest(_message.Message):
    __slots__ = ("as_of",)
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    as_of: str
    def __init__(self, as_of: _Optional[str] = ...) -> None: ...

class GetCountyOverviewResponse(_message.Message):
    __slots__ = ("overview",)
    OVERVIEW_FIELD_NUMBER: _ClassVar[int]
    overview: Overview
    def __init__(self, overview: _Optional[_Union[Overview, _Mapping]] = ...) -> None: ...

class GetUnitDetailRequest(_message.Message):
    __slots__ = ("division_code", "as_of")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    as_of: str
    def __init__(self, division_code: _Optional[str] = ..., as_of: _Optional[str] = ...) -> None: ...

class GetUnitDetailResponse(_message.Message):
    __slots__ = ("overview",)
    OVERVIEW_FIELD_NUMBER: _ClassVar[int]
    overview: Overview
    def __init__(self, overview: _Optional[_Union[Overview, _Mapping]] = ...) -> None: ...

class ListTownshipRankingRequest(_message.Message):
    __slots__ = ("as_of",)
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    as_of: str
    def __init__(self, as_of: _Optional[str] = ...) -> None: ...

class ListTownshipRankingResponse(_message.Message):
    __slots__ = ("townships", "as_of")
    TOWNSHIPS_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    townships: _containers.RepeatedCompositeFieldContainer[ChildSummary]
    as_of: str
    def __init__(self, townships: _Optional[_Iterable[_Union[ChildSummary, _Mapping]]] = ..., as_of: _Optional[str] = ...) -> None: ...

class ListAlertsRequest(_message.Message):
    __slots__ = ("division_code", "as_of")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    as_of: str
    def __init__(self, division_code: _Optional[str] = ..., as_of: _Optional[str] = ...) -> None: ...

class ListAlertsResponse(_message.Message):
    __slots__ = ("alerts",)
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    alerts: _containers.RepeatedCompositeFieldContainer[Alert]
    def __init__(self, alerts: _Optional[_Iterable[_Union[Alert, _Mapping]]] = ...) -> None: ...

class StreamUpdatesRequest(_message.Message):
    __slots__ = ("division_code",)
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    def __init__(self, division_code: _Optional[str] = ...) -> None: ...

class StreamUpdatesResponse(_message.Message):
    __slots__ = ("division_codes", "activity", "events_applied")
    DIVISION_CODES_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_FIELD_NUMBER: _ClassVar[int]
    EVENTS_APPLIED_FIELD_NUMBER: _ClassVar[int]
    division_codes: _containers.RepeatedScalarFieldContainer[str]
    activity: _containers.RepeatedCompositeFieldContainer[Activity]
    events_applied: int
    def __init__(self, division_codes: _Optional[_Iterable[str]] = ..., activity: _Optional[_Iterable[_Union[Activity, _Mapping]]] = ..., events_applied: _Optional[int] = ...) -> None: ...

class RebuildReadModelRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RebuildReadModelResponse(_message.Message):
    __slots__ = ("phase", "events_applied", "events_total", "events_per_second", "message")
    PHASE_FIELD_NUMBER: _ClassVar[int]
    EVENTS_APPLIED_FIELD_NUMBER: _ClassVar[int]
    EVENTS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    EVENTS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    phase: str
    events_applied: int
    events_total: int
    events_per_second: float
    message: str
    def __init__(self, phase: _Optional[str] = ..., events_applied: _Optional[int] = ..., events_total: _Optional[int] = ..., events_per_second: _Optional[float] = ..., message: _Optional[str] = ...) -> None: ...

class GetBriefingRequest(_message.Message):
    __slots__ = ("period",)
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    period: str
    def __init__(self, period: _Optional[str] = ...) -> None: ...

class GetBriefingResponse(_message.Message):
    __slots__ = ("filename", "content_type", "size", "chunk")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    filename: str
    content_type: str
    size: int
    chunk: bytes
    def __init__(self, filename: _Optional[str] = ..., content_type: _Optional[str] = ..., size: _Optional[int] = ..., chunk: _Optional[bytes] = ...) -> None: ...
