"""The PostgreSQL event store: load a stream, append with an expected version."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import asyncpg

from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.ids import uuid7
from frontline.kernel.lookups import SqlLookup
from frontline.kernel.statements import Statement
from frontline.kernel.upcasting import Upcasters

S = TypeVar("S")


@dataclass(frozen=True)
class StoredEvent:
    stream_id: str
    stream_type: str
    version: int
    event_id: str
    event: DomainEvent
    recorded_at: datetime
    metadata: dict[str, Any]

    @property
    def event_type(self) -> str:
        return self.event.event_type


_INSERT_EVENTS = (
    "INSERT INTO events (stream_id, stream_type, version, event_id, event_type,"
    " schema_version, data, metadata, recorded_at)"
    " SELECT $1, $2, v, id, t, s, d::jsonb, $7::jsonb, $9"
    " FROM unnest($3::int[], $4::uuid[], $5::text[], $6::int[], $8::text[])"
    "   AS x(v, id, t, s, d)"
)


class VersionConflict(Exception):
    """Someone appended to the stream since we loaded it."""


class EventStore:
    def __init__(self, upcasters: Upcasters | None = None) -> None:
        self.upcasters = upcasters or Upcasters()

    async def load(
        self, conn: asyncpg.Connection, decider: Decider[Any, S], stream_id: str
    ) -> tuple[S, int]:
        """Fold the whole stream; returns the state and its version (0 = new)."""
        rows = await conn.fetch(
            "SELECT version, event_type, schema_version, data FROM events"
            " WHERE stream_id = $1 ORDER BY version",
            stream_id,
        )
        state = decider.initial_state()
        for row in rows:
            state = decider.evolve(state, self.decode(decider, row))
        return state, (rows[-1]["version"] if rows else 0)

    async def load_unless_answered(
        self,
        conn: asyncpg.Connection,
        decider: Decider[Any, S],
        stream_id: str,
        request_id: str | None,
        lookup: SqlLookup[Any] | None = None,
    ) -> tuple[S, int, str | None, Any]:
        """One round trip for a command: the request's earlier answer if there is one,
        otherwise the folded stream and its version; and what ``lookup`` found (None
        without one)."""
        looked_up = lookup.column(2) if lookup is not None else "NULL"
        rows = await conn.fetch(
            f"SELECT {looked_up} AS found, i.response AS previous,"
            " e.version, e.event_type, e.schema_version, e.data"
            " FROM (SELECT 1) AS one"
            " LEFT JOIN idempotency i ON i.request_id = $2"
            " LEFT JOIN events e ON e.stream_id = $1 AND i.request_id IS NULL"
            " ORDER BY e.version",
            stream_id,
            request_id,
            *(lookup.args if lookup is not None else ()),
        )
        found = lookup.value(rows[0]["found"]) if lookup is not None else None
        if rows[0]["previous"] is not None:
            return decider.initial_state(), 0, str(rows[0]["previous"]), found
        state = decider.initial_state()
        version = 0
        for row in rows:
            if row["version"] is None:
                continue  # a new stream: the one row of the outer join
            state = decider.evolve(state, self.decode(decider, row))
            version = row["version"]
        return state, version, None, found

    def decode(self, decider: Decider[Any, Any], row: asyncpg.Record) -> DomainEvent:
        """One ``events`` row (event_type, schema_version, data) at its latest schema."""
        cls = decider.event_class(row["event_type"])
        data = json.loads(row["data"])
        if row["schema_version"] < cls.schema_version:
            data = self.upcasters.upcast(
                row["event_type"], row["schema_version"], cls.schema_version, data
            )
        return cls.model_validate(data)

    def new_events(
        self,
        stream_id: str,
        stream_type: str,
        expected_version: int,
        events: Sequence[DomainEvent],
        metadata: dict[str, Any],
    ) -> tuple[Statement, list[StoredEvent]]:
        """The insert of events at versions expected+1.. and the events as stored.

        The insert fails on the (stream_id, version) key if the slot is taken. Ids and
        the recording time are chosen here, so the caller can build outbox rows and
        the answer before anything is sent.
        """
        ids = [uuid7() for _ in events]
        versions = list(range(expected_version + 1, expected_version + 1 + len(events)))
        recorded_at = datetime.now(UTC)
        statement = (
            _INSERT_EVENTS,
            (
                stream_id,
                stream_type,
                versions,
                ids,
                [e.event_type for e in events],
                [e.schema_version for e in events],
                json.dumps(metadata),
                [e.model_dump_json() for e in events],
                recorded_at,
            ),
        )
        stored = [
            StoredEvent(stream_id, stream_type, v, str(i), e, recorded_at, metadata)
            for v, i, e in zip(versions, ids, events, strict=True)
        ]
        return statement, stored

    async def append(
        self,
        conn: asyncpg.Connection,
        stream_id: str,
        stream_type: str,
        expected_version: int,
        events: Sequence[DomainEvent],
        metadata: dict[str, Any],
    ) -> list[StoredEvent]:
        """Insert events at versions expected+1..; VersionConflict if the slot is taken."""
        if not events:
            return []
        statement, stored = self.new_events(
            stream_id, stream_type, expected_version, events, metadata
        )
        try:
            await conn.execute(statement[0], *statement[1])
        except asyncpg.UniqueViolationError as exc:
            raise VersionConflict(stream_id) from exc
        return stored
