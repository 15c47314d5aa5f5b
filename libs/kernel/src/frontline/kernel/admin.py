"""The admin gRPC service every runtime serves: calendar years, public event ids, and
the outbox rows the broker refused for good."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import asyncpg

from frontline.api.admin.v1 import admin_pb2 as pb
from frontline.api.admin.v1 import admin_pb2_grpc as pb_grpc
from frontline.kernel import convert
from frontline.kernel.authz import Rule
from frontline.kernel.calendar import WorkingCalendar, YearSchedule
from frontline.kernel.clock import Clock
from frontline.kernel.errors import FieldViolation, InvalidArgument, NotFound
from frontline.kernel.parked import parked_rows, retry
from frontline.kernel.public_ids import PublicEventIds
from frontline.kernel.relay import CHANNEL

RULES = {
    "LoadCalendarYear": Rule(frozenset({"county_admin"})),
    "ListCalendarYears": Rule(frozenset({"county_admin", "auditor"})),
    "ListPublicEventIds": Rule(frozenset({"county_admin", "auditor"})),
    "ListParkedOutboxRows": Rule(frozenset({"county_admin", "auditor"})),
    "RetryParkedOutboxRows": Rule(frozenset({"county_admin"})),
}
_MOST_RETRIED = 1000


def _dates(field: str, year: int, values: list[str]) -> frozenset[date]:
    """Days of ``year`` written YYYY-MM-DD; a year has at most 366 of them."""
    parsed, violations = set(), []
    for index, text in enumerate(convert.repeated(values, field, 366)):
        try:
            day = convert.day(text, f"{field}[{index}]")
        except InvalidArgument as refused:
            violations += refused.violations
            continue
        if day.year != year:
            violations.append(
                FieldViolation(
                    f"{field}[{index}]", "is not in {year}", "DATE_NOT_IN_YEAR", year=year
                )
            )
        parsed.add(day)
    if violations:
        raise InvalidArgument(*violations)
    return frozenset(parsed)


def parse_schedule(request: pb.LoadCalendarYearRequest) -> YearSchedule:
    if not 2000 <= request.year <= 2100:
        raise InvalidArgument.field(
            "year", "must be between {low} and {high}", "OUT_OF_RANGE", low=2000, high=2100
        )
    holidays = _dates("holidays", request.year, list(request.holidays))
    workdays = _dates("workdays", request.year, list(request.workdays))
    if holidays & workdays:
        raise InvalidArgument.field(
            "workdays", "a day cannot be both a holiday and a workday", "HOLIDAY_AND_WORKDAY"
        )
    if any(d.weekday() >= 5 for d in holidays):
        raise InvalidArgument.field(
            "holidays", "list only weekdays off; weekends are off anyway", "HOLIDAY_ON_WEEKEND"
        )
    if any(d.weekday() < 5 for d in workdays):
        raise InvalidArgument.field(
            "workdays", "list only weekend days that are worked", "WORKDAY_NOT_WEEKEND"
        )
    return YearSchedule(request.year, holidays, workdays)


class AdminServicer(pb_grpc.AdminServiceServicer):
    def __init__(
        self, pool: Any, clock: Clock, public_ids: PublicEventIds, calendar: WorkingCalendar
    ) -> None:
        self._pool = pool
        self._clock = clock
        self._public_ids = public_ids
        self._calendar = calendar

    async def LoadCalendarYear(
        self, request: pb.LoadCalendarYearRequest, context: Any
    ) -> pb.LoadCalendarYearResponse:
        schedule = parse_schedule(request)
        conn: asyncpg.Connection
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO calendar_years (year, holidays, workdays) VALUES ($1, $2, $3)"
                " ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays,"
                " workdays = EXCLUDED.workdays, loaded_at = now()",
                schedule.year,
                sorted(schedule.holidays),
                sorted(schedule.workdays),
            )
            # Provisional deadlines were counted Monday–Friday: fire them now so the
            # owning handler recounts with the real schedule.
            rearmed = await conn.fetchval(
                "WITH moved AS (UPDATE timers SET due_at = $1 WHERE provisional"
                " AND fired_at IS NULL RETURNING 1) SELECT count(*) FROM moved",
                self._clock.now(),
            )
        self._calendar.load([schedule])
        return pb.LoadCalendarYearResponse(year=schedule.year, timers_rearmed=rearmed)

    async def ListCalendarYears(
        self, request: pb.ListCalendarYearsRequest, context: Any
    ) -> pb.ListCalendarYearsResponse:
        rows = await self._pool.fetch(
            "SELECT year, cardinality(holidays) AS h, cardinality(workdays) AS w, loaded_at"
            " FROM calendar_years ORDER BY year"
        )
        return pb.ListCalendarYearsResponse(
            years=[
                pb.CalendarYear(
                    year=r["year"],
                    holidays=r["h"],
                    workdays=r["w"],
                    loaded_at=r["loaded_at"].isoformat(),
                )
                for r in rows
            ]
        )

    async def ListPublicEventIds(
        self, request: pb.ListPublicEventIdsRequest, context: Any
    ) -> AsyncIterator[pb.ListPublicEventIdsResponse]:
        # A runtime that publishes nothing (headquarters) answers with no chunks.
        async for chunk in self._public_ids.chunks():
            yield pb.ListPublicEventIdsResponse(
                topic=chunk.topic,
                type=chunk.type,
                event_ids=chunk.event_ids,
                in_outbox=chunk.in_outbox,
            )

    async def ListParkedOutboxRows(
        self, request: pb.ListParkedOutboxRowsRequest, context: Any
    ) -> pb.ListParkedOutboxRowsResponse:
        return pb.ListParkedOutboxRowsResponse(
            rows=[
                pb.ParkedOutboxRow(
                    id=row.id,
                    topic=row.topic,
                    key=row.key,
                    type=row.type,
                    size_bytes=row.size,
                    error=row.error,
                    created_at=row.created_at.isoformat(),
                    parked_at=row.parked_at.isoformat(),
                    held_behind=row.held,
                )
                for row in await parked_rows(self._pool)
            ]
        )

    async def RetryParkedOutboxRows(
        self, request: pb.RetryParkedOutboxRowsRequest, context: Any
    ) -> pb.RetryParkedOutboxRowsResponse:
        ids = _retried_ids(request)
        conn: asyncpg.Connection
        async with self._pool.acquire() as conn:
            async with conn.transaction():
                moved = await retry(conn, ids)
                missing = sorted(set(ids or ()) - set(moved))
                if missing:  # rolls the others back: the answer says what happened
                    raise NotFound("parked outbox row", ", ".join(map(str, missing)))
            await conn.execute(f"NOTIFY {CHANNEL}")  # wake the relay, wherever it runs
        return pb.RetryParkedOutboxRowsResponse(ids=moved)


def _retried_ids(request: pb.RetryParkedOutboxRowsRequest) -> list[int] | None:
    """The ids to put back, or None for every parked row."""
    if request.all:
        if request.ids:
            raise InvalidArgument.field("ids", "name rows or ask for all, not both", "IDS_AND_ALL")
        return None
    if not request.ids:
        raise InvalidArgument.field("ids", "name the rows to retry, or ask for all", "IDS_REQUIRED")
    ids = convert.repeated(list(request.ids), "ids", _MOST_RETRIED)
    if any(i < 1 for i in ids):
        raise InvalidArgument.field("ids", "outbox ids are positive", "NOT_AN_OUTBOX_ID")
    return ids
