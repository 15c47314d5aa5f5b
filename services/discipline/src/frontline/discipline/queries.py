"""The clue and case read model in PostgreSQL, as part of the use cases' ``ReadModel``
port (use_cases/ports.py). Reads only the service's own tables."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import asyncpg

from frontline.discipline.domain.clue_state import Appeal, Evidence
from frontline.discipline.domain.clue_vocabulary import (
    AppealOutcome,
    CaseStatus,
    Category,
    ClueSource,
    ClueStatus,
    Disposal,
    SealedReporter,
    VerificationOutcome,
)
from frontline.discipline.domain.sanctions import ImposedMeasure
from frontline.discipline.queries_registers import RegisterQueries
from frontline.discipline.use_cases.ports import CaseFilter, ClueFilter, IntegrityRecord
from frontline.discipline.views import CaseView, ClueView
from frontline.kernel.convert import Page

# A sanction is in force on a day when its influence period covers it (DOMAIN.md 影响期).
_INTEGRITY = """
SELECT
  EXISTS (SELECT 1 FROM cases WHERE cadre_id = $1 AND status IN ('investigating', 'in_review'))
    AS open_case,
  EXISTS (SELECT 1 FROM cases c, jsonb_array_elements(c.measures) m
          WHERE c.cadre_id = $1 AND NOT c.revoked AND c.decided_on <= $2
            AND ((m->>'permanent')::boolean OR (m->>'influence_ends_on')::date > $2))
    AS sanction_in_force
"""


class PgReadModel(RegisterQueries):
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def clue(self, clue_id: str) -> ClueView | None:
        row = await self.pool.fetchrow("SELECT * FROM clues WHERE clue_id = $1", clue_id)
        return None if row is None else clue_view(row)

    async def clues(self, where: ClueFilter, page: Page) -> list[ClueView]:
        rows = await self.pool.fetch(
            "SELECT * FROM clues WHERE division_code LIKE $1 || '%'"
            " AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR source = $3)"
            " ORDER BY received_on DESC, clue_id LIMIT $4 OFFSET $5",
            where.prefix,
            where.status.value if where.status else None,
            where.source.value if where.source else None,
            page.limit,
            page.offset,
        )
        return [clue_view(r) for r in rows]

    async def case(self, case_id: str) -> CaseView | None:
        row = await self.pool.fetchrow("SELECT * FROM cases WHERE case_id = $1", case_id)
        return None if row is None else case_view(row)

    async def cases(self, where: CaseFilter, page: Page) -> list[CaseView]:
        rows = await self.pool.fetch(
            "SELECT * FROM cases WHERE division_code LIKE $1 || '%'"
            " AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR category = $3)"
            " ORDER BY filed_on DESC, case_id LIMIT $4 OFFSET $5",
            where.prefix,
            where.status.value if where.status else None,
            where.category.value if where.category else None,
            page.limit,
            page.offset,
        )
        return [case_view(r) for r in rows]

    async def integrity_record(self, cadre_id: str, on: date) -> IntegrityRecord:
        row = await self.pool.fetchrow(_INTEGRITY, cadre_id, on)
        assert row is not None  # SELECT of two EXISTS: always one row
        return IntegrityRecord(row["open_case"], row["sanction_in_force"])


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _maybe(kind: Any, value: str | None) -> Any:
    return kind(value) if value else None


def clue_view(row: asyncpg.Record) -> ClueView:
    sealed = row["reporter_sealed"]
    return ClueView(
        clue_id=row["clue_id"],
        division_code=row["division_code"],
        source=ClueSource(row["source"]),
        category=Category(row["category"]),
        summary=row["summary"],
        status=ClueStatus(row["status"]),
        received_on=row["received_on"],
        disposal=_maybe(Disposal, row["disposal"]),
        disposed_on=row["disposed_on"],
        outcome=_maybe(VerificationOutcome, row["outcome"]),
        concluded_on=row["concluded_on"],
        reporter=SealedReporter(subject_id=row["reporter_subject"], sealed=sealed)
        if sealed
        else None,
        reply_due_on=row["reply_due_on"],
        reply_provisional=row["reply_provisional"],
        replied_on=row["replied_on"],
        reply_accepted=row["reply_accepted"],
        reply_overdue=row["reply_overdue"],
        cadre_id=row["cadre_id"],
        origin_ref=row["origin_ref"],
        recused=tuple(row["recused"]),
        case_id=row["case_id"],
    )


def _evidence(item: dict[str, Any]) -> Evidence:
    return Evidence(
        evidence_id=item["evidence_id"],
        description=item["description"],
        added_on=date.fromisoformat(item["added_on"]),
        retracted_on=_day(item["retracted_on"]),
        retraction_reason=item["retraction_reason"],
    )


def _appeal(item: dict[str, Any] | None) -> Appeal | None:
    if not item:
        return None
    return Appeal(
        appealed_on=date.fromisoformat(item["appealed_on"]),
        grounds=item["grounds"],
        concluded_on=_day(item["concluded_on"]),
        outcome=_maybe(AppealOutcome, item["outcome"]),
    )


def case_view(row: asyncpg.Record) -> CaseView:
    return CaseView(
        case_id=row["case_id"],
        clue_id=row["clue_id"],
        division_code=row["division_code"],
        category=Category(row["category"]),
        cadre_id=row["cadre_id"],
        status=CaseStatus(row["status"]),
        filed_on=row["filed_on"],
        investigation_due_on=row["investigation_due_on"],
        extensions=row["extensions"],
        overdue=row["overdue"],
        evidence=tuple(_evidence(e) for e in _loaded(row["evidence"])),
        submitted_on=row["submitted_on"],
        returns=row["returns"],
        decided_on=row["decided_on"],
        four_forms_level=row["four_forms_level"],
        measures=tuple(ImposedMeasure.model_validate(m) for m in _loaded(row["measures"])),
        decision_summary=row["decision_summary"],
        executed_on=row["executed_on"],
        archived_on=row["archived_on"],
        appeal=_appeal(_loaded(row["appeal"])),
        recused=tuple(row["recused"]),
    )
