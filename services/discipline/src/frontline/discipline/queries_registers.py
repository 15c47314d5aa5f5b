"""The dispute, sweep and ledger read model in PostgreSQL (part of the ``ReadModel`` port)."""

from __future__ import annotations

import json
from datetime import date

import asyncpg

from frontline.discipline.domain.dispute_vocabulary import (
    DisputeStatus,
    DisputeType,
    DiversionRoute,
    RiskLevel,
)
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.domain.ledger_events import DealKind, ReservedLandForm
from frontline.discipline.domain.ledger_state import AssetDeal
from frontline.discipline.use_cases.ports import DisputeFilter
from frontline.discipline.views import DisputeView, LedgerView, SweepDuty, SweepRecord
from frontline.kernel.convert import Page


class RegisterQueries:
    pool: asyncpg.Pool

    async def dispute(self, dispute_id: str) -> DisputeView | None:
        row = await self.pool.fetchrow("SELECT * FROM disputes WHERE dispute_id = $1", dispute_id)
        return None if row is None else dispute_view(row)

    async def disputes(self, where: DisputeFilter, page: Page) -> list[DisputeView]:
        rows = await self.pool.fetch(
            "SELECT * FROM disputes WHERE division_code LIKE $1 || '%'"
            " AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR dispute_type = $3)"
            " AND ($4::text IS NULL OR level = $4)"
            " ORDER BY registered_on DESC, dispute_id LIMIT $5 OFFSET $6",
            where.prefix,
            where.status.value if where.status else None,
            where.dispute_type.value if where.dispute_type else None,
            where.level.value if where.level else None,
            page.limit,
            page.offset,
        )
        return [dispute_view(r) for r in rows]

    async def sweep_duty(self, division_code: str) -> SweepDuty | None:
        row = await self.pool.fetchrow(
            "SELECT * FROM sweep_duties WHERE division_code = $1", division_code
        )
        if row is None:
            return None
        return SweepDuty(
            division_code=row["division_code"],
            level=DivisionLevel(row["level"]),
            active=row["active"],
            next_period=row["next_period"],
            next_period_ends_on=row["next_period_ends_on"],
        )

    async def sweeps(
        self, prefix: str, period: tuple[date | None, date | None], page: Page
    ) -> list[SweepRecord]:
        start, end = period
        rows = await self.pool.fetch(
            "SELECT * FROM sweep_periods WHERE division_code LIKE $1 || '%'"
            " AND ($2::date IS NULL OR period_ends_on >= $2)"
            " AND ($3::date IS NULL OR period_starts_on <= $3)"
            " ORDER BY period_starts_on DESC, division_code LIMIT $4 OFFSET $5",
            prefix,
            start,
            end,
            page.limit,
            page.offset,
        )
        return [sweep_record(r) for r in rows]

    async def ledger(self, division_code: str) -> LedgerView | None:
        row = await self.pool.fetchrow(
            "SELECT * FROM ledgers WHERE division_code = $1", division_code
        )
        return None if row is None else await self._ledger_view(row)

    async def ledgers(self, prefix: str, page: Page) -> list[LedgerView]:
        rows = await self.pool.fetch(
            "SELECT * FROM ledgers WHERE division_code LIKE $1 || '%'"
            " ORDER BY division_code LIMIT $2 OFFSET $3",
            prefix,
            page.limit,
            page.offset,
        )
        return [await self._ledger_view(r) for r in rows]

    async def _ledger_view(self, row: asyncpg.Record) -> LedgerView:
        deals = await self.pool.fetch(
            "SELECT * FROM asset_deals WHERE division_code = $1 ORDER BY deal_on, deal_id",
            row["division_code"],
        )
        fulfilled = json.loads(row["reserved_fulfilled_mu"])
        return LedgerView(
            exists=True,
            division_code=row["division_code"],
            arrears_owed_yuan=row["arrears_owed_yuan"],
            arrears_paid_yuan=row["arrears_paid_yuan"],
            arrears_recovered_yuan=row["arrears_recovered_yuan"],
            reserved_owed_mu=row["reserved_owed_mu"],
            reserved_fulfilled_mu={ReservedLandForm(k): v for k, v in fulfilled.items()},
            pension_entitled=row["pension_entitled"],
            pension_enrolled=row["pension_enrolled"],
            items_inventoried=row["items_inventoried"],
            contracts_found=row["contracts_found"],
            contracts_corrected=row["contracts_corrected"],
            funds_recovered_yuan=row["funds_recovered_yuan"],
            deals=tuple(
                AssetDeal(
                    deal_id=d["deal_id"],
                    deal_kind=DealKind(d["deal_kind"]),
                    amount_yuan=d["amount_yuan"],
                    deal_on=d["deal_on"],
                    decision_id=d["decision_id"],
                    decision_backed=d["decision_backed"],
                )
                for d in deals
            ),
            last_on=row["last_on"],
        )


def dispute_view(row: asyncpg.Record) -> DisputeView:
    return DisputeView(
        exists=True,
        dispute_id=row["dispute_id"],
        division_code=row["division_code"],
        dispute_type=DisputeType(row["dispute_type"]),
        risk_level=RiskLevel(row["risk_level"]),
        amount_yuan=row["amount_yuan"],
        parties=row["parties"],
        summary=row["summary"],
        registered_on=row["registered_on"],
        registered_level=DivisionLevel(row["registered_level"]),
        level=DivisionLevel(row["level"]),
        status=DisputeStatus(row["status"]),
        resolved_on=row["resolved_on"],
        resolution_note=row["resolution_note"],
        confirmation_due_on=row["confirmation_due_on"],
        confirmation_applied_on=row["confirmation_applied_on"],
        confirmation_lapsed=row["confirmation_lapsed"],
        follow_ups=row["follow_ups"],
        followed_up_on=row["followed_up_on"],
        closed_on=row["closed_on"],
        route=DiversionRoute(row["route"]) if row["route"] else None,
        diverted_on=row["diverted_on"],
        last_on=row["last_on"],
    )


def sweep_record(row: asyncpg.Record) -> SweepRecord:
    return SweepRecord(
        division_code=row["division_code"],
        level=DivisionLevel(row["level"]),
        period=row["period"],
        period_starts_on=row["period_starts_on"],
        period_ends_on=row["period_ends_on"],
        reported=row["reported"],
        swept_on=row["swept_on"],
        disputes_found=row["disputes_found"],
        on_time=row["on_time"],
        missed=row["missed"],
    )
