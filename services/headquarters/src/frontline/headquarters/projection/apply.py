"""Running projector output against a schema: one event live, or a batch in a rebuild.

Each schema carries its own ``applied_events``: a duplicate delivery is skipped
even when it arrives after a rebuild swapped in a schema built from other
deliveries (the kernel inbox alone could not know what the rebuild applied).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

import asyncpg

from frontline.headquarters.projection.ops import EventLike, Op, Projection
from frontline.headquarters.projection.registry import project
from frontline.headquarters.readmodel.ddl import checked_schema

UPDATES_CHANNEL = "hq_updates"
# Live projections hold this shared; the rebuild's swap takes it exclusively.
SWAP_LOCK = 7_240_781_505


@lru_cache(maxsize=512)
def _sql(template: str, schema: str) -> str:
    return template.replace("{s}", checked_schema(schema))


async def apply_event(conn: asyncpg.Connection, schema: str, event: EventLike) -> Projection | None:
    """Apply one event inside the caller's transaction; None when skipped."""
    projection = project(event)
    if projection is None:
        return None
    await conn.execute("SELECT pg_advisory_xact_lock_shared($1)", SWAP_LOCK)
    fresh = await conn.fetchval(
        _sql(
            "INSERT INTO {s}.applied_events (event_id) VALUES ($1)"
            " ON CONFLICT DO NOTHING RETURNING true",
            schema,
        ),
        event.event_id,
    )
    if not fresh:
        return None
    for op in projection.ops:
        await conn.execute(_sql(op.sql, schema), *op.args)
    if projection.fact_date is not None:
        await conn.execute(
            _sql("DELETE FROM {s}.daily_rollups WHERE day >= $1", schema), projection.fact_date
        )
    payload = {"divisions": projection.divisions, "event_id": event.event_id}
    await conn.execute("SELECT pg_notify($1, $2)", UPDATES_CHANNEL, json.dumps(payload))
    return projection


async def apply_batch(conn: asyncpg.Connection, schema: str, events: Sequence[EventLike]) -> int:
    """Apply many events in the caller's transaction, grouping writes by statement.

    Every write is an insert-or-merge keyed by its own aggregate's row (see
    schema.sql), so writes commute across aggregates and grouping them keeps the
    per-row order that matters. Returns the number of events newly applied.
    """
    ids = list(dict.fromkeys(e.event_id for e in events))
    fresh_rows = await conn.fetch(
        _sql(
            "INSERT INTO {s}.applied_events (event_id) SELECT unnest($1::text[])"
            " ON CONFLICT DO NOTHING RETURNING event_id",
            schema,
        ),
        ids,
    )
    fresh = {r["event_id"] for r in fresh_rows}
    groups: dict[str, list[tuple[object, ...]]] = {}
    applied = 0
    for event in events:
        if event.event_id not in fresh:
            continue
        fresh.discard(event.event_id)
        try:
            projection = project(event)
        except (KeyError, TypeError, ValueError):
            # The live consumer dead-letters such a message; a rebuild skips it the same way.
            continue
        if projection is None:
            continue
        applied += 1
        for op in projection.ops:
            groups.setdefault(op.sql, []).append(op.args)
    for template, rows in groups.items():
        await conn.executemany(_sql(template, schema), rows)
    return applied


def ops_of(events: Sequence[EventLike]) -> list[Op]:
    """All writes of ``events`` in order (for tests and diagnostics)."""
    return [op for e in events if (p := project(e)) for op in p.ops]
