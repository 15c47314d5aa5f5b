"""The admin gRPC service every runtime serves: calendar years, public event ids."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import asyncpg

from frontline.api.admin.v1 import admin_pb2 as pb
from frontline.api.admin.v1 import admin_pb2_grpc as pb_grpc
from frontline.kernel.authz import Rule
from frontline.kernel.calendar import WorkingCalendar, YearSchedule
from frontline.kernel.clock import Clock
from frontline.kernel.errors import FieldViolation, InvalidArgument
from frontline.kernel.public_ids import PublicEventIds

RULES = {
    "LoadCalendarYear": Rule(frozenset({"county_admin"})),
    "ListCalendarYears": Rule(frozenset({"county_admin", "auditor"})),
    "ListPublicEventIds": Rule(frozenset({"county_admin", "auditor"})),
}


def _dates(field: str, year: int, values: list[str]) -> frozenset[date]:
    parsed, violations = set(), []
    for index, text in enumerate(values):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            violations.append(
                FieldViolation(f"{field}[{index}]", "must be a date YYYY-MM-DD", "NOT_A_DATE")
            )
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
