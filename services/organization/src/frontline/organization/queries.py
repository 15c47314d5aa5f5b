"""The read model in PostgreSQL, as the use cases' ``ReadModel`` port (use_cases/ports.py).

Reads only the service's own tables (never another service's data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

import asyncpg

from frontline.kernel.convert import Page
from frontline.kernel.lookups import SqlLookup
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.domain.decision_state import StepOutcome
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.meeting_duties import MeetingDuty
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit_events import SecretaryRating, WeakLaxCriterion
from frontline.organization.domain.org_unit_state import Rating, Rectification, Seat
from frontline.organization.domain.unit_facts import UnitFacts
from frontline.organization.views import DecisionView, MeetingView, UnitView

_UNIT = (
    "SELECT u.*, (SELECT count(*) FROM org_units c WHERE c.parent_id = u.unit_id"
    " AND c.status = 'active') AS active_children FROM org_units u"
)


_UNIT_FACTS = (
    "SELECT unit_id, level, division_code, status, one_shoulder FROM org_units WHERE unit_id = $1"
)


def _unit_facts(row: Mapping[str, Any]) -> UnitFacts:
    return UnitFacts(
        unit_id=row["unit_id"],
        level=OrgLevel(row["level"]),
        division_code=row["division_code"],
        active=row["status"] == "active",
        one_shoulder=row["one_shoulder"],
    )


class PgReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def unit(self, unit_id: str) -> UnitView | None:
        row = await self.pool.fetchrow(f"{_UNIT} WHERE unit_id = $1", unit_id)
        return None if row is None else unit_view(row)

    async def unit_facts(self, unit_id: str) -> UnitFacts | None:
        return await self.unit_facts_lookup(unit_id).fetch()

    def unit_facts_lookup(self, unit_id: str) -> SqlLookup[UnitFacts]:
        """Only what a command needs of a unit: one lean read, no count of children;
        given to ``execute_after`` it goes with the command's own load."""
        return SqlLookup(self.pool, _UNIT_FACTS, (unit_id,), _unit_facts)

    async def unit_on(self, division_code: str) -> UnitView | None:
        """The active county, township, village or community unit on a division code."""
        row = await self.pool.fetchrow(
            f"{_UNIT} WHERE division_code = $1 AND level <> 'branch' AND status = 'active'",
            division_code,
        )
        return None if row is None else unit_view(row)

    async def units(
        self, prefix: str, level: OrgLevel | None, include_dissolved: bool, page: Page
    ) -> list[UnitView]:
        rows = await self.pool.fetch(
            f"{_UNIT} WHERE division_code LIKE $1 || '%'"
            " AND ($2::text IS NULL OR level = $2) AND ($3 OR status = 'active')"
            " ORDER BY division_code, level, unit_id LIMIT $4 OFFSET $5",
            prefix,
            level.value if level else None,
            include_dissolved,
            page.limit,
            page.offset,
        )
        return [unit_view(r) for r in rows]

    async def children(self, parent_id: str, include_dissolved: bool) -> list[UnitView]:
        rows = await self.pool.fetch(
            f"{_UNIT} WHERE parent_id = $1 AND ($2 OR status = 'active')"
            " ORDER BY division_code, unit_id",
            parent_id,
            include_dissolved,
        )
        return [unit_view(r) for r in rows]

    async def decision(self, decision_id: str) -> DecisionView | None:
        row = await self.pool.fetchrow(
            "SELECT * FROM decisions WHERE decision_id = $1", decision_id
        )
        return None if row is None else decision_view(row)

    async def decisions(
        self, unit_id: str | None, prefix: str, status: DecisionStatus | None, page: Page
    ) -> list[DecisionView]:
        rows = await self.pool.fetch(
            "SELECT * FROM decisions WHERE ($1::text IS NULL OR unit_id = $1)"
            " AND division_code LIKE $2 || '%' AND ($3::text IS NULL OR state = $3)"
            " ORDER BY drafted_on DESC, decision_id LIMIT $4 OFFSET $5",
            unit_id,
            prefix,
            status.value if status else None,
            page.limit,
            page.offset,
        )
        return [decision_view(r) for r in rows]

    async def meetings(
        self,
        unit_id: str | None,
        prefix: str,
        period: tuple[date | None, date | None],
        meeting_type: MeetingType | None,
        page: Page,
    ) -> list[MeetingView]:
        held_from, held_to = period
        rows = await self.pool.fetch(
            "SELECT * FROM meetings WHERE ($1::text IS NULL OR unit_id = $1)"
            " AND division_code LIKE $2 || '%' AND ($3::date IS NULL OR held_on >= $3)"
            " AND ($4::date IS NULL OR held_on <= $4) AND ($5::text IS NULL OR meeting_type = $5)"
            " ORDER BY held_on DESC, meeting_id LIMIT $6 OFFSET $7",
            unit_id,
            prefix,
            held_from,
            held_to,
            meeting_type.value if meeting_type else None,
            page.limit,
            page.offset,
        )
        return [meeting_view(r) for r in rows]


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _seat(item: dict[str, Any]) -> Seat:
    return Seat(item["cadre_id"], item["post"], date.fromisoformat(item["since"]))


def _rectification(plan: dict[str, Any] | None) -> Rectification | None:
    if not plan:
        return None
    return Rectification(
        confirmed_on=date.fromisoformat(plan["confirmed_on"]),
        criteria=tuple(WeakLaxCriterion(c) for c in plan["criteria"]),
        plan=plan["plan"],
        target_on=_day(plan["target_on"]),
        percent_complete=plan["percent_complete"],
        last_progress_on=_day(plan["last_progress_on"]),
        signed_off_on=_day(plan["signed_off_on"]),
    )


def unit_view(row: asyncpg.Record) -> UnitView:
    secretary = (
        Seat(row["secretary_cadre_id"], "secretary", row["secretary_since"])
        if row["secretary_cadre_id"]
        else None
    )
    return UnitView(
        unit_id=row["unit_id"],
        level=OrgLevel(row["level"]),
        division_code=row["division_code"],
        name=row["name"],
        parent_id=row["parent_id"],
        active=row["status"] == "active",
        established_on=row["established_on"],
        term_years=row["term_years"],
        term_started_on=row["term_started_on"],
        election_due_on=row["election_due_on"],
        election_reminded=row["election_reminded"],
        election_overdue=row["election_overdue"],
        secretary=secretary,
        secretary_vacant_since=row["secretary_vacant_since"],
        one_shoulder=row["one_shoulder"],
        team=tuple(_seat(s) for s in _loaded(row["team"])),
        rectification=_rectification(_loaded(row["rectification"])),
        ratings=tuple(
            Rating(r["year"], r["cadre_id"], SecretaryRating(r["rating"]))
            for r in _loaded(row["ratings"])
        ),
        dissolved_on=row["dissolved_on"],
        merged_into_unit_id=row["merged_into_unit_id"],
        form=OrgForm(row["form"]) if row["form"] else None,
        member_count=row["member_count"],
        has_party_groups=row["has_party_groups"],
        form_recorded_on=row["form_recorded_on"],
        meetings_due=tuple(MeetingDuty.model_validate(d) for d in _loaded(row["meetings_due"])),
        active_children=row["active_children"],
    )


def _outcome(item: dict[str, Any]) -> StepOutcome:
    return StepOutcome(
        step=DecisionStep(item["step"]),
        record=StepRecord.model_validate(item["record"]),
        passed=item["passed"],
        body=ResolvingBody(item["body"]) if item["body"] else None,
        merged_with_proposal=item.get("merged_with_proposal", False),
        record_copied_from_proposal=item.get("record_copied_from_proposal", False),
    )


def decision_view(row: asyncpg.Record) -> DecisionView:
    return DecisionView(
        decision_id=row["decision_id"],
        unit_id=row["unit_id"],
        division_code=row["division_code"],
        title=row["title"],
        matter=DecisionMatter(row["matter"]),
        source=DecisionSource(row["source"]),
        status=DecisionStatus(row["state"]),
        round=row["round"],
        drafted_on=row["drafted_on"],
        last_step_on=row["last_step_on"],
        notice_days=row["notice_days"],
        notice_ends_on=row["notice_ends_on"],
        notice_completed=row["notice_completed"],
        result_summary=row["result_summary"],
        steps=tuple(_outcome(s) for s in _loaded(row["steps"])),
        notice_starts_on=row["notice_starts_on"],
        notice_backfilled=row["notice_backfilled"],
    )


def meeting_view(row: asyncpg.Record) -> MeetingView:
    return MeetingView(
        meeting_id=row["meeting_id"],
        unit_id=row["unit_id"],
        division_code=row["division_code"],
        meeting_type=MeetingType(row["meeting_type"]),
        held_on=row["held_on"],
        members_due=row["members_due"],
        members_present=row["members_present"],
        topic=row["topic"],
    )


class PgCadreDirectory:
    """``known_cadres`` (migrations/002_known_cadres.sql), written by the cadre reaction
    in its own transaction."""

    def __init__(self, db: asyncpg.Pool | asyncpg.Connection) -> None:
        self.db = db

    async def record(self, cadre_id: str, division_code: str | None) -> None:
        await self.db.execute(
            "INSERT INTO known_cadres (cadre_id, division_code) VALUES ($1, $2)"
            " ON CONFLICT (cadre_id) DO NOTHING",
            cadre_id,
            division_code,
        )

    async def knows(self, cadre_id: str) -> bool:
        found = await self.db.fetchval("SELECT 1 FROM known_cadres WHERE cadre_id = $1", cadre_id)
        return found is not None
