"""The public event ids a service has published, re-derived from its event store.

Every public event leaves through the command path (commands.py): ``publish(item,
state)`` for each stored event, with the stream's state after that event, and a ce_id
derived from the stored event's id (outbox.py). Running the same mapping over the
stored events again yields the same ids, so a service can tell `frontline admin
verify` what it published although the outbox forgets a row once Kafka has it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from frontline.kernel.commands import Publish, Registration
from frontline.kernel.decider import Decider
from frontline.kernel.eventstore import EventStore, StoredEvent
from frontline.kernel.outbox import public_event_id

PAGE = 2000  # events read per statement, and ids per chunk

_EVENTS_AFTER = (
    "SELECT stream_id, stream_type, version, event_id::text, event_type, schema_version,"
    " data, metadata, recorded_at FROM events"
    " WHERE stream_type = ANY($1::text[]) AND (stream_id, version) > ($2, $3)"
    " ORDER BY stream_id, version LIMIT $4"
)
# Outbox headers are flat name, value pairs; ce_id and ce_type are names, never values
# written before them (outbox.cloudevent_headers), so the first match is the name.
_OUTBOX_AFTER = (
    "SELECT id, topic, headers[array_position(headers, 'ce_id') + 1] AS ce_id,"
    " headers[array_position(headers, 'ce_type') + 1] AS ce_type"
    " FROM outbox WHERE id > $1 ORDER BY id LIMIT $2"
)


@dataclass(frozen=True)
class IdChunk:
    topic: str  # without the deployment's topic prefix
    type: str
    event_ids: list[str]
    in_outbox: bool = False


Key = tuple[str, str]  # (topic, ce_type)


class _Chunker:
    """Collects ids per (topic, type) and hands out full chunks."""

    def __init__(self, size: int, in_outbox: bool = False) -> None:
        self.size = size
        self.in_outbox = in_outbox
        self.ids: defaultdict[Key, list[str]] = defaultdict(list)

    def add(self, key: Key, event_id: str) -> None:
        self.ids[key].append(event_id)

    def take(self, everything: bool = False) -> list[IdChunk]:
        chunks = []
        for key, ids in self.ids.items():
            while ids and (everything or len(ids) >= self.size):
                part, ids[:] = ids[: self.size], ids[self.size :]
                chunks.append(IdChunk(key[0], key[1], part, self.in_outbox))
        return chunks


@dataclass
class _Fold:
    """One stream folded command by command, as the command path saw it."""

    stream_id: str
    decider: Decider[Any, Any]
    publish: Publish
    state: Any
    command: list[StoredEvent] = field(default_factory=list)

    def flush(self, out: _Chunker) -> None:
        # publish() sees the stream's state after each event, as in commands.py.
        for item in self.command:
            self.state = self.decider.evolve(self.state, item.event)
            for index, public in enumerate(self.publish(item, self.state)):
                out.add((public.topic, public.ce_type), public_event_id(item.event_id, index))
        self.command = []


def _same_command(a: StoredEvent, b: StoredEvent) -> bool:
    # One append stamps its events with one recording time (EventStore.new_events)
    # and one metadata.
    return (a.stream_id, a.recorded_at, a.metadata) == (b.stream_id, b.recorded_at, b.metadata)


class PublicEventIds:
    def __init__(
        self,
        pool: asyncpg.Pool,
        store: EventStore,
        registrations: Sequence[Registration],
        topic_prefix: str = "",
        page: int = PAGE,
    ) -> None:
        self.pool = pool
        self.store = store
        self.by_type = {r.decider.stream_type: r for r in registrations if r.publish}
        self.topic_prefix = topic_prefix
        self.page = page

    async def chunks(self) -> AsyncIterator[IdChunk]:
        """Every published id, then the ids still in the outbox.

        The store is read first: an event it yields has either left the outbox by the
        time the outbox is read (it is on Kafka) or is listed as in flight.
        """
        async for chunk in self._published():
            yield chunk
        async for chunk in self._in_outbox():
            yield chunk

    async def _published(self) -> AsyncIterator[IdChunk]:
        # One statement per page, keyed on (stream_id, version): no long transaction,
        # and a stream's fold carries over a page boundary.
        out, fold = _Chunker(self.page), None
        after: tuple[str, int] = ("", 0)
        while True:
            rows = await self.pool.fetch(_EVENTS_AFTER, list(self.by_type), *after, self.page)
            for row in rows:
                item = self._stored(row)
                if fold and fold.command and not _same_command(fold.command[-1], item):
                    fold.flush(out)
                if fold is None or fold.stream_id != item.stream_id:
                    fold = self._fold(item)
                fold.command.append(item)
                after = (item.stream_id, item.version)
            for chunk in out.take():
                yield chunk
            if len(rows) < self.page:
                break
        if fold:
            fold.flush(out)
        for chunk in out.take(everything=True):
            yield chunk

    def _fold(self, first: StoredEvent) -> _Fold:
        registration = self.by_type[first.stream_type]
        decider, publish = registration.decider, registration.publish
        assert publish is not None  # by_type holds only registrations that publish
        return _Fold(first.stream_id, decider, publish, decider.initial_state())

    def _stored(self, row: asyncpg.Record) -> StoredEvent:
        decider = self.by_type[row["stream_type"]].decider
        return StoredEvent(
            stream_id=row["stream_id"],
            stream_type=row["stream_type"],
            version=row["version"],
            event_id=row["event_id"],
            event=self.store.decode(decider, row),
            recorded_at=row["recorded_at"],
            metadata=json.loads(row["metadata"]),
        )

    async def _in_outbox(self) -> AsyncIterator[IdChunk]:
        out, after = _Chunker(self.page, in_outbox=True), 0
        while True:
            rows = await self.pool.fetch(_OUTBOX_AFTER, after, self.page)
            for row in rows:
                out.add(
                    (row["topic"].removeprefix(self.topic_prefix), row["ce_type"]), row["ce_id"]
                )
                after = row["id"]
            for chunk in out.take(everything=len(rows) < self.page):
                yield chunk
            if len(rows) < self.page:
                return
