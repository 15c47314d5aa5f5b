"""Running projector output against a schema: one event live, or a batch in a rebuild.

Each schema carries its own ``applied_events``: a duplicate delivery is skipped
even when it arrives after a rebuild swapped in a schema built from other
deliveries (the kernel inbox alone could not know what the rebuild applied).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from frontline.headquarters.projection.ops import EventLike, Op, Projection
from frontline.headquarters.projection.registry import project
from frontline.headquarters.readmodel.ddl import Conn, checked_schema

UPDATES_CHANNEL = "hq_updates"


@lru_cache(maxsize=512)
def _sql(template: str, schema: str) -> str:
    return template.replace("{s}", checked_schema(schema))


# Recording the event as applied and announcing it in one round trip; the
# notification is delivered only if the transaction commits.
_CLAIM = (
    "WITH claimed AS (INSERT INTO {s}.applied_events (event_id) VALUES ($1)"
    " ON CONFLICT DO NOTHING RETURNING event_id)"
    " SELECT count(pg_notify($2, $3)) FROM claimed"
)


async def apply_event(
    conn: Conn, schema: str, event: EventLike, today: dt.date | None = None
) -> Projection | None:
    """Apply one event inside the caller's transaction; None when skipped.

    The first statement writes ``applied_events``: while a rebuild swaps schemas it
    holds a lock on that table, so a live projection waits and then writes into the
    new schema (see rebuild.py).
    """
    projection = project(event)
    if projection is None:
        return None
    payload = json.dumps({"divisions": projection.divisions, "event_id": event.event_id})
    claimed = await conn.fetchval(_sql(_CLAIM, schema), event.event_id, UPDATES_CHANNEL, payload)
    if not claimed:
        return None
    for op in projection.ops:
        await conn.execute(_sql(op.sql, schema), *op.args)
    # Rollups exist for past days only: a fact dated today or later leaves them valid.
    if projection.fact_date is not None and projection.fact_date < (today or dt.date.today()):
        await conn.execute(
            _sql("DELETE FROM {s}.daily_rollups WHERE day >= $1", schema), projection.fact_date
        )
    return projection


@dataclass
class PreparedBatch:
    """A batch's writes worked out ahead (CPU), applied later (I/O): a rebuild overlaps them."""

    event_ids: list[str] = field(default_factory=list)
    ops: list[tuple[str, list[Op]]] = field(default_factory=list)
    groups: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)


def prepare_batch(events: Sequence[EventLike]) -> PreparedBatch:
    batch = PreparedBatch(event_ids=list(dict.fromkeys(e.event_id for e in events)))
    seen: set[str] = set()
    for event in events:
        if event.event_id in seen:
            continue
        seen.add(event.event_id)
        try:
            projection = project(event)
        except (KeyError, TypeError, ValueError):
            # The live consumer dead-letters such a message; a rebuild skips it the same way.
            continue
        if projection is None:
            continue
        batch.ops.append((event.event_id, projection.ops))
        for op in projection.ops:
            batch.groups.setdefault(op.sql, []).append(op.args)
    return batch


async def apply_prepared(conn: Conn, schema: str, batch: PreparedBatch) -> int:
    """Apply a prepared batch in the caller's transaction; the number of events applied.

    Every write is an insert-or-merge keyed by its own aggregate's row (see
    schema.sql), so writes commute across aggregates and grouping them by statement
    keeps the per-row order that matters.
    """
    fresh_rows = await conn.fetch(
        _sql(
            "INSERT INTO {s}.applied_events (event_id) SELECT unnest($1::text[])"
            " ON CONFLICT DO NOTHING RETURNING event_id",
            schema,
        ),
        batch.event_ids,
    )
    groups = batch.groups
    if len(fresh_rows) < len(batch.event_ids):  # some were applied before: regroup
        fresh = {r["event_id"] for r in fresh_rows}
        groups = {}
        for event_id, ops in batch.ops:
            if event_id in fresh:
                for op in ops:
                    groups.setdefault(op.sql, []).append(op.args)
    for template, rows in groups.items():
        await conn.executemany(_sql(template, schema), rows)
    return len(fresh_rows)


async def apply_batch(conn: Conn, schema: str, events: Sequence[EventLike]) -> int:
    """Apply many events in the caller's transaction (see ``apply_prepared``)."""
    return await apply_prepared(conn, schema, prepare_batch(events))


def ops_of(events: Sequence[EventLike]) -> list[Op]:
    """All writes of ``events`` in order (for tests and diagnostics)."""
    return [op for e in events if (p := project(e)) for op in p.ops]
