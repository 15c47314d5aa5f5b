"""The read model of responsibility lists and supervision orders: writes and reads.

A row holds the aggregate's whole state as JSON (pydantic's adapter for the state
dataclass), beside the columns lists are filtered on: the projection writes it from
the command's state, the queries give back the same state — the view of a list or
an order is its state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import asyncpg
from pydantic import TypeAdapter

from frontline.kernel.convert import Page
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op
from frontline.organization.domain.duty_list import DutyListState
from frontline.organization.domain.order_records import AWAITING_REPORT, OrderStatus
from frontline.organization.domain.order_state import OrderState

ORDER_JSON = TypeAdapter(OrderState)
LIST_JSON = TypeAdapter(DutyListState)

_UPSERT_ORDER = """
INSERT INTO supervision_orders (order_id, issuer_unit_id, receiver_unit_id, division_code,
    status, issued_on, due_on, due_provisional, state, version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, due_on = EXCLUDED.due_on,
    due_provisional = EXCLUDED.due_provisional, state = EXCLUDED.state,
    version = EXCLUDED.version
"""

_UPSERT_LIST = """
INSERT INTO responsibility_lists (list_id, unit_id, division_code, setter_unit_id, year,
    state, version)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
ON CONFLICT (list_id) DO UPDATE SET state = EXCLUDED.state, version = EXCLUDED.version
"""


def order_ops(stored: Sequence[StoredEvent], s: OrderState) -> list[Op]:
    assert s.issued_on is not None and s.due_on is not None
    args = (
        s.order_id,
        s.issuer_unit_id,
        s.receiver_unit_id,
        s.receiver_division_code,
        s.status.value,
        s.issued_on,
        s.due_on,
        s.due_provisional,
        ORDER_JSON.dump_json(s).decode(),
        stored[-1].version,
    )
    return [Op(_UPSERT_ORDER, args)]


def duty_list_ops(stored: Sequence[StoredEvent], s: DutyListState) -> list[Op]:
    assert s.set is not None
    listed = s.set
    args = (
        listed.list_id,
        listed.unit_id,
        listed.division_code,
        listed.setter_unit_id,
        listed.year,
        LIST_JSON.dump_json(s).decode(),
        stored[-1].version,
    )
    return [Op(_UPSERT_LIST, args)]


@dataclass(frozen=True)
class OrderQuery:
    """Which orders a list shows: to units under ``prefix``, and optionally more."""

    prefix: str
    receiver_unit_id: str | None = None
    issuer_unit_id: str | None = None
    status: OrderStatus | None = None
    open_only: bool = False
    # Overdue as of this day: no report owed is recorded and the deadline has passed.
    overdue_on: date | None = None


_AWAITING = [s.value for s in AWAITING_REPORT]


class PgCommandReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def order(self, order_id: str) -> OrderState | None:
        text = await self.pool.fetchval(
            "SELECT state::text FROM supervision_orders WHERE order_id = $1", order_id
        )
        return None if text is None else ORDER_JSON.validate_json(text)

    async def orders(self, q: OrderQuery, page: Page) -> list[OrderState]:
        rows = await self.pool.fetch(
            "SELECT state::text AS s FROM supervision_orders WHERE division_code LIKE $1 || '%'"
            " AND ($2::text IS NULL OR receiver_unit_id = $2)"
            " AND ($3::text IS NULL OR issuer_unit_id = $3)"
            " AND ($4::text IS NULL OR status = $4) AND (NOT $5 OR status <> 'accepted')"
            " AND ($6::date IS NULL OR (status = ANY($7::text[]) AND NOT due_provisional"
            " AND due_on < $6))"
            " ORDER BY issued_on DESC, order_id LIMIT $8 OFFSET $9",
            q.prefix,
            q.receiver_unit_id,
            q.issuer_unit_id,
            q.status.value if q.status else None,
            q.open_only,
            q.overdue_on,
            _AWAITING,
            page.limit,
            page.offset,
        )
        return [ORDER_JSON.validate_json(r["s"]) for r in rows]

    async def duty_list(self, list_id: str) -> DutyListState | None:
        text = await self.pool.fetchval(
            "SELECT state::text FROM responsibility_lists WHERE list_id = $1", list_id
        )
        return None if text is None else LIST_JSON.validate_json(text)

    async def duty_list_of(self, unit_id: str, year: int) -> DutyListState | None:
        text = await self.pool.fetchval(
            "SELECT state::text FROM responsibility_lists WHERE unit_id = $1 AND year = $2"
            " ORDER BY list_id LIMIT 1",
            unit_id,
            year,
        )
        return None if text is None else LIST_JSON.validate_json(text)

    async def duty_lists(self, prefix: str, year: int | None, page: Page) -> list[DutyListState]:
        rows = await self.pool.fetch(
            "SELECT state::text AS s FROM responsibility_lists WHERE division_code LIKE $1 || '%'"
            " AND ($2::int IS NULL OR year = $2) ORDER BY year DESC, division_code, list_id"
            " LIMIT $3 OFFSET $4",
            prefix,
            year,
            page.limit,
            page.offset,
        )
        return [LIST_JSON.validate_json(r["s"]) for r in rows]
