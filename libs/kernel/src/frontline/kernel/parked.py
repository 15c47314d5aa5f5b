"""The outbox's parked rows: refused by the broker for good, moved aside by the relay,
listed and put back in their place by the admin API (`frontline admin outbox`).

While a row is parked, the later rows of its aggregate (same topic and key) stay in
the outbox unpublished: consumers must never see an aggregate's events out of order.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from frontline.kernel.metrics import OUTBOX_HELD, OUTBOX_PARKED, OUTBOX_PARKED_TOTAL

log = logging.getLogger(__name__)

# The rows the relay may publish: none of an aggregate that has a parked row.
NOT_HELD = (
    "NOT EXISTS (SELECT 1 FROM outbox_parked p WHERE p.topic = outbox.topic AND p.key = outbox.key)"
)

_PARK = (
    "WITH moved AS (DELETE FROM outbox WHERE id = $1"
    " RETURNING id, topic, key, value, headers, created_at)"
    " INSERT INTO outbox_parked (id, topic, key, value, headers, created_at, error)"
    " SELECT id, topic, key, value, headers, created_at, $2 FROM moved"
    " ON CONFLICT (id) DO UPDATE SET error = EXCLUDED.error, parked_at = now()"
)
_RETRY = (
    "WITH moved AS (DELETE FROM outbox_parked WHERE $2 OR id = ANY($1::bigint[])"
    " RETURNING id, topic, key, value, headers, created_at)"
    " INSERT INTO outbox (id, topic, key, value, headers, created_at) OVERRIDING SYSTEM VALUE"
    " SELECT id, topic, key, value, headers, created_at FROM moved RETURNING id"
)
_LIST = (
    "SELECT p.id, p.topic, p.key, length(p.value) AS size, p.headers, p.error,"
    " p.created_at, p.parked_at,"
    " (SELECT count(*) FROM outbox o WHERE o.topic = p.topic AND o.key = p.key) AS held"
    " FROM outbox_parked p ORDER BY p.id"
)


@dataclass(frozen=True)
class ParkedRow:
    id: int
    topic: str
    key: str
    type: str  # the CloudEvents type, from the row's headers
    size: int
    error: str
    created_at: datetime
    parked_at: datetime
    held: int  # later rows of the same aggregate waiting in the outbox


async def park(
    conn: asyncpg.Connection, row_id: int, topic: str, key: str, error: Exception
) -> None:
    """Move one outbox row aside with the broker's refusal, say so, count it."""
    await conn.execute(_PARK, row_id, f"{type(error).__name__}: {error}"[:2000])
    OUTBOX_PARKED_TOTAL.inc()
    log.error(
        "outbox row parked: the broker refused it for good; later events of its"
        " aggregate wait behind it (frontline admin outbox parked|retry)",
        extra={"outbox_id": row_id, "topic": topic, "key": key, "error": repr(error)},
    )


def _type_of(headers: Sequence[str]) -> str:
    pairs = dict(zip(headers[::2], headers[1::2], strict=False))
    return pairs.get("ce_type", "")


async def parked_rows(conn: asyncpg.Connection | asyncpg.Pool) -> list[ParkedRow]:
    rows = await conn.fetch(_LIST)
    return [
        ParkedRow(
            id=r["id"],
            topic=r["topic"],
            key=r["key"],
            type=_type_of(r["headers"]),
            size=r["size"],
            error=r["error"],
            created_at=r["created_at"],
            parked_at=r["parked_at"],
            held=r["held"],
        )
        for r in rows
    ]


async def retry(conn: asyncpg.Connection, ids: Sequence[int] | None) -> list[int]:
    """Put the parked rows ``ids`` (every one when None) back in the outbox; the ids
    moved. The caller wakes the relay (NOTIFY) after its transaction commits."""
    rows = await conn.fetch(_RETRY, list(ids or []), ids is None)
    return [r["id"] for r in rows]


async def report(conn: asyncpg.Connection) -> None:
    """The gauges an alert watches: rows parked, and rows held behind them."""
    row = await conn.fetchrow(
        "SELECT (SELECT count(*) FROM outbox_parked) AS parked,"
        f" (SELECT count(*) FROM outbox WHERE NOT {NOT_HELD}) AS held"
    )
    assert row is not None
    OUTBOX_PARKED.set(row["parked"])
    OUTBOX_HELD.set(row["held"])
