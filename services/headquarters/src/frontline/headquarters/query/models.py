"""What a query answers. Field names mirror headquarters.proto so one model feeds
both the gRPC response (``json_format.ParseDict``) and the dashboard's JSON."""

from __future__ import annotations

from pydantic import BaseModel


class UnitRef(BaseModel):
    unit_id: str = ""
    name: str = ""
    level: str = ""
    division_code: str = ""


class ScoreInput(BaseModel):
    key: str
    label: str
    value: float | None = None
    weight: float
    points: float | None = None
    delta_points: float | None = None
    has_data: bool = False


class Indicator(BaseModel):
    key: str
    label: str
    value: float | None = None
    unit: str = ""
    has_data: bool = False
    # A village's count below 3, not shown (rule of law).
    hidden: bool = False


class BreakdownRow(BaseModel):
    """One row of a breakdown: a service line, or a place (with its code, to open it)."""

    key: str
    label: str
    division_code: str = ""
    values: list[Indicator] = []


class Breakdown(BaseModel):
    """A pillar's figures broken down by a dimension: one figure per category
    (``items``, the rule of law's) or several per line or place (``rows``, the service
    pillar's)."""

    key: str
    label: str
    unit: str = ""
    items: list[Indicator] = []
    rows: list[BreakdownRow] = []


class Pillar(BaseModel):
    key: str
    label: str
    score: float | None = None
    delta: float | None = None
    has_data: bool = False
    note: str = ""
    inputs: list[ScoreInput] = []
    indicators: list[Indicator] = []
    breakdowns: list[Breakdown] = []


class ChildSummary(BaseModel):
    unit: UnitRef
    combined_score: float | None = None
    fortress_score: float | None = None
    service_score: float | None = None
    alert_count: int = 0
    rule_of_law_score: float | None = None
    rank: int = 0


class Alert(BaseModel):
    kind: str
    severity: str
    unit: UnitRef
    message: str
    since: str = ""
    subject_id: str = ""


class TrendPoint(BaseModel):
    month: str
    value: float | None = None


class TrendSeries(BaseModel):
    key: str
    label: str
    unit: str = ""
    points: list[TrendPoint] = []


class Activity(BaseModel):
    event_id: str
    occurred_at: str
    division_code: str = ""
    kind: str = ""
    summary: str = ""
    unit_name: str = ""


class Overview(BaseModel):
    unit: UnitRef
    as_of: str
    compared_with: str = ""
    combined_score: float | None = None
    combined_delta: float | None = None
    pillars: list[Pillar] = []
    children: list[ChildSummary] = []
    alerts: list[Alert] = []
    trends: list[TrendSeries] = []
    activity: list[Activity] = []
    path: list[UnitRef] = []
