"""The read model in PostgreSQL, as the use cases' ``ReadModel`` port (use_cases/ports.py).

Reads only the service's own tables; no personal field is opened here (the vault does).
Each query selects exactly its view's fields (the columns read_model.py writes).
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal
from typing import Any

import asyncpg

from frontline.cadre.domain.evaluation_summary import GradedRecord
from frontline.cadre.views import (
    CadreView,
    EvaluationView,
    HoldingView,
    PayView,
    ProcedureView,
    StudentOfficialView,
    TrainingView,
    UnitView,
    UpgradeView,
)
from frontline.kernel.convert import Page


def _select(view: Any, table: str, **columns: str) -> str:
    """``SELECT`` of the view's fields from ``table``; ``columns`` name those stored otherwise."""
    names = [columns.get(f.name, f.name) for f in fields(view)]
    return f"SELECT {', '.join(names)} FROM {table}"


_CADRE = _select(CadreView, "cadres")
_HOLDING = _select(HoldingView, "post_holdings")
_UNIT = _select(UnitView, "org_units")
_EVALUATION = _select(EvaluationView, "evaluations")
_PROCEDURE = _select(ProcedureView, "appointment_procedures")
_UPGRADE = _select(UpgradeView, "academic_upgrades")
_PAY = _select(PayView, "remunerations")
_TRAINING = _select(TrainingView, "trainings", topic_category="topic AS topic_category")
_OFFICIAL = _select(
    StudentOfficialView,
    "student_officials s",
    cadre_id="s.cadre_id",
    latest_grade="(SELECT grade FROM evaluations e WHERE e.cadre_id = s.cadre_id"
    " ORDER BY year DESC LIMIT 1) AS latest_grade",
)


class PgReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def cadre(self, cadre_id: str) -> CadreView | None:
        row = await self.pool.fetchrow(f"{_CADRE} WHERE cadre_id = $1", cadre_id)
        return None if row is None else cadre_view(row)

    async def cadres(self, prefix: str, page: Page) -> list[CadreView]:
        rows = await self.pool.fetch(
            f"{_CADRE} WHERE division_code LIKE $1 || '%' ORDER BY cadre_id LIMIT $2 OFFSET $3",
            prefix,
            page.limit,
            page.offset,
        )
        return [cadre_view(r) for r in rows]

    async def unit(self, org_unit_id: str) -> UnitView | None:
        row = await self.pool.fetchrow(f"{_UNIT} WHERE org_unit_id = $1", org_unit_id)
        return None if row is None else UnitView(**dict(row))

    async def posts_of_cadre(self, cadre_id: str) -> list[HoldingView]:
        rows = await self.pool.fetch(f"{_HOLDING} WHERE cadre_id = $1 ORDER BY since", cadre_id)
        return [holding_view(r) for r in rows]

    async def posts_in_unit(self, org_unit_id: str) -> list[HoldingView]:
        rows = await self.pool.fetch(
            f"{_HOLDING} WHERE org_unit_id = $1 ORDER BY post, since", org_unit_id
        )
        return [holding_view(r) for r in rows]

    async def evaluations_of(self, cadre_id: str) -> list[EvaluationView]:
        rows = await self.pool.fetch(f"{_EVALUATION} WHERE cadre_id = $1 ORDER BY year", cadre_id)
        return [
            EvaluationView(**{**dict(r), "achievements": tuple(r["achievements"])}) for r in rows
        ]

    async def student_official(self, cadre_id: str) -> StudentOfficialView | None:
        row = await self.pool.fetchrow(f"{_OFFICIAL} WHERE s.cadre_id = $1", cadre_id)
        return None if row is None else StudentOfficialView(**dict(row))

    async def student_officials(self, prefix: str) -> list[StudentOfficialView]:
        rows = await self.pool.fetch(
            f"{_OFFICIAL} WHERE s.village_code LIKE $1 || '%' ORDER BY s.village_code, s.starts_on",
            prefix,
        )
        return [StudentOfficialView(**dict(r)) for r in rows]

    async def procedure(self, procedure_id: str) -> ProcedureView | None:
        row = await self.pool.fetchrow(f"{_PROCEDURE} WHERE procedure_id = $1", procedure_id)
        return None if row is None else ProcedureView(**dict(row))

    async def procedures(self, prefix: str, include_finished: bool) -> list[ProcedureView]:
        rows = await self.pool.fetch(
            f"{_PROCEDURE} WHERE division_code LIKE $1 || '%'"
            " AND ($2 OR stage IN ('nominated', 'inspected', 'in_notice'))"
            " ORDER BY nominated_on, procedure_id",
            prefix,
            include_finished,
        )
        return [ProcedureView(**dict(r)) for r in rows]

    async def academic_upgrades_of(self, cadre_id: str) -> list[UpgradeView]:
        rows = await self.pool.fetch(
            f"{_UPGRADE} WHERE cadre_id = $1 ORDER BY enrolled_on", cadre_id
        )
        return [UpgradeView(**dict(r)) for r in rows]

    async def trainings_of(self, cadre_id: str) -> list[TrainingView]:
        rows = await self.pool.fetch(
            f"{_TRAINING} WHERE cadre_id = $1 ORDER BY started_on", cadre_id
        )
        return [TrainingView(**dict(r)) for r in rows]

    async def pay_records(self, township_code: str, year: int) -> list[PayView]:
        """Every cadre's pay record of ``year`` in the township (for its summary only)."""
        rows = await self.pool.fetch(
            f"{_PAY} WHERE township_code = $1 AND year = $2 ORDER BY cadre_id",
            township_code,
            year,
        )
        return [PayView(**dict(r)) for r in rows]

    async def published_average(self, township_code: str, year: int) -> Decimal | None:
        found = await self.pool.fetchval(
            "SELECT average_yuan FROM remuneration_summaries"
            " WHERE township_code = $1 AND year = $2",
            township_code,
            year,
        )
        return None if found is None else Decimal(found)

    async def grades(self, township_code: str, year: int) -> list[GradedRecord]:
        """Every grade of ``year`` of the township's cadres (for its summary only)."""
        rows = await self.pool.fetch(
            "SELECT e.cadre_id, e.grade FROM evaluations e JOIN cadres c USING (cadre_id)"
            " WHERE left(c.division_code, 9) = $1 AND e.year = $2 ORDER BY e.cadre_id",
            township_code,
            year,
        )
        return [GradedRecord(cadre_id=r["cadre_id"], grade=r["grade"]) for r in rows]


def cadre_view(row: asyncpg.Record) -> CadreView:
    return CadreView(**dict(row))


def holding_view(row: asyncpg.Record) -> HoldingView:
    return HoldingView(**dict(row))
