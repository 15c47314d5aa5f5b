"""What a projector returns: SQL writes to run, with no I/O of its own.

Projectors are pure functions of one event, so the live handler, the rebuild and
the unit tests all run the same code; only the executor differs. ``{s}`` in the
SQL is the target schema (the live read model or a rebuild schema).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class EventLike(Protocol):
    """The parts of ``frontline.kernel.inbound.InboundEvent`` a projector reads."""

    @property
    def event_id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def time(self) -> str: ...
    @property
    def data(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Op:
    sql: str
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Projection:
    ops: list[Op] = field(default_factory=list)
    # Division codes whose figures this event changes (for live updates).
    divisions: list[str] = field(default_factory=list)
    # Earliest business date whose figures the event changes: cached figures and daily
    # rollups from then on are stale. None: no dated figure (an activity line only).
    fact_date: dt.date | None = None


def day(data: Mapping[str, Any], *keys: str) -> dt.date | None:
    """The first of ``keys`` present in the event data, as a date."""
    for key in keys:
        value = data.get(key)
        if value:
            return dt.date.fromisoformat(str(value)[:10])
    return None


def event_time(event: EventLike) -> dt.datetime:
    if event.time:
        parsed = dt.datetime.fromisoformat(event.time.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


def event_day(event: EventLike) -> dt.date:
    return event_time(event).date()


def first(data: Mapping[str, Any], *keys: str) -> Any:
    """Tolerate field names that differ between contract versions."""
    for key in keys:
        if data.get(key) is not None:
            return data[key]
    return None


def activity(event: EventLike, division: str | None, kind: str, summary: str) -> Op:
    """A line for the activity feed; queries add the unit's name by division code."""
    return Op(
        "INSERT INTO {s}.activity (event_id, occurred_at, division_code, kind, summary)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
        (event.event_id, event_time(event), division or "", kind, summary),
    )
