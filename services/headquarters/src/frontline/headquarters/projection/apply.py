"""Running projector output against a schema: a partition's batch live, or a rebuild batch.

Each schema carries its own ``applied_events``: a duplicate delivery is skipped
even when it arrives after a rebuild swapped in a schema built from other
deliveries (the kernel inbox alone could not know what the rebuild applied).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from frontline.headquarters.projection.bulk import Row, single_row, write_rows
from frontline.headquarters.projection.ops import EventLike, Op, Projection
from frontline.headquarters.projection.registry import project
from frontline.headquarters.readmodel.ddl import Conn

UPDATES_CHANNEL = "hq_updates"
# PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; the hub shows at most 50 ids.
_NOTIFY_LIMIT, _NOTIFY_IDS = 7000, 50

_CLAIM = (
    "INSERT INTO {s}.applied_events (event_id) SELECT unnest($1::text[])"
    " ON CONFLICT DO NOTHING RETURNING event_id"
)


@dataclass
class PreparedBatch:
    """A batch's writes worked out ahead (CPU), applied later (I/O): a rebuild overlaps them."""

    event_ids: list[str] = field(default_factory=list)
    projections: list[tuple[str, Projection]] = field(default_factory=list)
    groups: dict[str, list[Row]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set, repr=False)

    def add(self, events: Sequence[EventLike], skip_invalid: bool = True) -> None:
        """Add the writes of ``events``; types headquarters ignores drop out.

        A rebuild skips an event its projector rejects (the live consumer
        dead-letters it); live, ``skip_invalid=False`` raises so the subscriber
        isolates and dead-letters it.
        """
        for event in events:
            if event.event_id in self.seen:
                continue
            self.seen.add(event.event_id)
            try:
                projection = project(event)
            except (KeyError, TypeError, ValueError):
                if not skip_invalid:
                    raise
                continue
            if projection is None:
                continue
            self.event_ids.append(event.event_id)
            self.projections.append((event.event_id, projection))
            for op in projection.ops:
                self.groups.setdefault(op.sql, []).append(op.args)


def prepare_batch(events: Sequence[EventLike], skip_invalid: bool = True) -> PreparedBatch:
    """The writes of ``events`` grouped by statement (see ``PreparedBatch.add``)."""
    batch = PreparedBatch()
    batch.add(events, skip_invalid)
    return batch


Applied = list[tuple[str, Projection]]  # (event id, its projection)


async def apply_prepared(conn: Conn, schema: str, batch: PreparedBatch) -> Applied:
    """Apply a prepared batch in the caller's transaction; the events applied.

    The first statement writes ``applied_events``: while a rebuild swaps schemas it
    holds a lock on that table, so a live projection waits and then writes into the
    new schema (see rebuild.py). Every write is an insert-or-merge keyed by its own
    aggregate's row (see schema.sql), so writes commute across aggregates and
    grouping them by statement keeps the per-row order that matters.
    """
    if not batch.event_ids:
        return []
    fresh_rows = await conn.fetch(single_row(_CLAIM, schema), batch.event_ids)
    groups, applied = batch.groups, batch.projections
    if len(fresh_rows) < len(batch.event_ids):  # some were applied before: regroup
        fresh = {r["event_id"] for r in fresh_rows}
        applied = [(event_id, p) for event_id, p in batch.projections if event_id in fresh]
        groups = {}
        for _, projection in applied:
            for op in projection.ops:
                groups.setdefault(op.sql, []).append(op.args)
    for template, rows in groups.items():
        await write_rows(conn, template, schema, rows)
    return applied


async def apply_events(
    conn: Conn, schema: str, events: Sequence[EventLike], today: dt.date
) -> Applied:
    """Apply live events inside the caller's (the kernel subscriber's) transaction.

    Besides the writes: daily rollups from the earliest backdated fact on are
    dropped, and one notification announces the batch — delivered only if the
    transaction commits — with the earliest day whose figures it changed.
    """
    batch = prepare_batch(events, skip_invalid=False)
    applied = await apply_prepared(conn, schema, batch)
    since = changed_since(applied, today)
    # Rollups exist for past days only: a fact dated today or later leaves them valid.
    if since < today:
        await conn.execute(
            single_row("DELETE FROM {s}.daily_rollups WHERE day >= $1", schema), since
        )
    if applied:
        await conn.execute("SELECT pg_notify($1, $2)", UPDATES_CHANNEL, _payload(applied, since))
    return applied


def changed_since(applied: Applied, today: dt.date) -> dt.date:
    """The earliest day whose figures the events change: their earliest business date,
    and at latest today (every event at least adds a line to today's activity)."""
    return min([today, *(p.fact_date for _, p in applied if p.fact_date is not None)])


def _payload(applied: Applied, since: dt.date) -> str:
    payload = {
        "divisions": sorted({d for _, p in applied for d in p.divisions}),
        "event_ids": [event_id for event_id, _ in applied[:_NOTIFY_IDS]],
        "count": len(applied),
        "since": since.isoformat(),
    }
    text = json.dumps(payload)
    if len(text.encode()) > _NOTIFY_LIMIT:
        # No divisions means "concerns everyone" (live.Update.touches): never too long.
        text = json.dumps({**payload, "divisions": []})
    return text


async def apply_batch(conn: Conn, schema: str, events: Sequence[EventLike]) -> int:
    """Apply many events in the caller's transaction (see ``apply_prepared``)."""
    return len(await apply_prepared(conn, schema, prepare_batch(events)))


def ops_of(events: Sequence[EventLike]) -> list[Op]:
    """All writes of ``events`` in order (for tests and diagnostics)."""
    return [op for e in events if (p := project(e)) for op in p.ops]
