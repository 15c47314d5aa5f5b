"""The read model in PostgreSQL, as the use cases' ``ReadModel`` port (use_cases/ports.py).

Reads only the service's own tables; no personal field is opened here (the vault does).
"""

from __future__ import annotations

from decimal import Decimal

import asyncpg

from frontline.cadre.views import (
    CadreView,
    EvaluationView,
    HoldingView,
    ProcedureView,
    StudentOfficialView,
    TrainingView,
    UnitView,
    UpgradeView,
)
from frontline.kernel.convert import Page

_OFFICIAL = (
    "SELECT s.*, (SELECT grade FROM evaluations e WHERE e.cadre_id = s.cadre_id"
    " ORDER BY year DESC LIMIT 1) AS latest_grade FROM student_officials s"
)


class PgReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def cadre(self, cadre_id: str) -> CadreView | None:
        row = await self.pool.fetchrow("SELECT * FROM cadres WHERE cadre_id = $1", cadre_id)
        return None if row is None else cadre_view(row)

    async def cadres(self, prefix: str, page: Page) -> list[CadreView]:
        rows = await self.pool.fetch(
            "SELECT * FROM cadres WHERE division_code LIKE $1 || '%'"
            " ORDER BY cadre_id LIMIT $2 OFFSET $3",
            prefix,
            page.limit,
            page.offset,
        )
        return [cadre_view(r) for r in rows]

    async def unit(self, org_unit_id: str) -> UnitView | None:
        row = await self.pool.fetchrow(
            "SELECT org_unit_id, division_code, level, dissolved_on FROM org_units"
            " WHERE org_unit_id = $1",
            org_unit_id,
        )
        return None if row is None else UnitView(**dict(row))

    async def posts_of_cadre(self, cadre_id: str) -> list[HoldingView]:
        rows = await self.pool.fetch(
            "SELECT * FROM post_holdings WHERE cadre_id = $1 ORDER BY since", cadre_id
        )
        return [holding_view(r) for r in rows]

    async def posts_in_unit(self, org_unit_id: str) -> list[HoldingView]:
        rows = await self.pool.fetch(
            "SELECT * FROM post_holdings WHERE org_unit_id = $1 ORDER BY post, since", org_unit_id
        )
        return [holding_view(r) for r in rows]

    async def evaluations_of(self, cadre_id: str) -> list[EvaluationView]:
        rows = await self.pool.fetch(
            "SELECT * FROM evaluations WHERE cadre_id = $1 ORDER BY year", cadre_id
        )
        return [
            EvaluationView(r["cadre_id"], r["year"], r["grade"], tuple(r["achievements"]))
            for r in rows
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
        row = await self.pool.fetchrow(
            "SELECT * FROM appointment_procedures WHERE procedure_id = $1", procedure_id
        )
        return None if row is None else ProcedureView(**dict(row))

    async def procedures(self, prefix: str, include_finished: bool) -> list[ProcedureView]:
        rows = await self.pool.fetch(
            "SELECT * FROM appointment_procedures WHERE division_code LIKE $1 || '%'"
            " AND ($2 OR stage IN ('nominated', 'inspected', 'in_notice'))"
            " ORDER BY nominated_on, procedure_id",
            prefix,
            include_finished,
        )
        return [ProcedureView(**dict(r)) for r in rows]

    async def academic_upgrades_of(self, cadre_id: str) -> list[UpgradeView]:
        rows = await self.pool.fetch(
            "SELECT * FROM academic_upgrades WHERE cadre_id = $1 ORDER BY enrolled_on", cadre_id
        )
        return [UpgradeView(**dict(r)) for r in rows]

    async def trainings_of(self, cadre_id: str) -> list[TrainingView]:
        rows = await self.pool.fetch(
            "SELECT * FROM trainings WHERE cadre_id = $1 ORDER BY started_on", cadre_id
        )
        return [training_view(r) for r in rows]

    async def pay(self, township_code: str, year: int) -> tuple[Decimal, ...]:
        """Every cadre's pay of ``year`` in the township (for its summary only)."""
        rows = await self.pool.fetch(
            "SELECT amount_yuan FROM remunerations WHERE township_code = $1 AND year = $2",
            township_code,
            year,
        )
        return tuple(Decimal(r["amount_yuan"]) for r in rows)


def cadre_view(row: asyncpg.Record) -> CadreView:
    return CadreView(**dict(row))


def holding_view(row: asyncpg.Record) -> HoldingView:
    return HoldingView(**dict(row))


def training_view(row: asyncpg.Record) -> TrainingView:
    values = dict(row)
    values["topic_category"] = values.pop("topic")
    return TrainingView(**values)
