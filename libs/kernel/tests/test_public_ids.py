"""Public event ids re-derived from the store match the ids the command path wrote.

No relay runs here, so every public event the commands wrote is still in the
outbox with its ce_id: the re-derived ids must be exactly those.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

import asyncpg
import pytest

from frontline.contracts.base import PublicEvent
from frontline.kernel.commands import CommandHandler, Registration
from frontline.kernel.db import create_pool
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.eventstore import EventStore, StoredEvent
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.public_ids import PublicEventIds


@dataclass(frozen=True)
class Tally:
    total: int = 0


class AddMany(Command):
    count: int


class Added(DomainEvent):
    event_type: ClassVar[str] = "Added"
    total: int


class TallyReached(PublicEvent):
    ce_type: ClassVar[str] = "cn.frontline.test.TallyReached.v1"
    topic: ClassVar[str] = "tally.events.v1"
    total: int


def _decide(command: AddMany, state: Tally) -> Sequence[DomainEvent]:
    return [Added(total=state.total + n) for n in range(1, command.count + 1)]


def _evolve(state: Tally, event: DomainEvent) -> Tally:
    return Tally(total=event.total) if isinstance(event, Added) else state


def publish(stored: StoredEvent, state: Tally) -> list[PublicEvent]:
    # Two public events while the tally stands even, one while odd: only the state after
    # each event (as commands.py passes it) gives the count the command path wrote (the
    # state after the whole command would not), and a second public event gets a
    # derived id.
    event = stored.event
    assert isinstance(event, Added)
    return [TallyReached(total=event.total)] * (2 if state.total % 2 == 0 else 1)


tally = Decider(
    stream_type="tally",
    initial_state=Tally,
    evolve=_evolve,
    rules={AddMany: _decide},
    events=[Added],
)
PREFIX = "deployment-a."


@pytest.fixture
async def pool(pg, unique: str) -> AsyncIterator[asyncpg.Pool]:  # type: ignore[no-untyped-def]
    pool = await create_pool(await pg.create_database(f"ids_{unique}"), 4)
    await apply_migrations(pool, ["frontline.kernel.migrations"])
    try:
        yield pool
    finally:
        await pool.close()


async def test_rederived_ids_are_the_ids_in_the_outbox(pool: asyncpg.Pool) -> None:
    store, registration = EventStore(), Registration(tally, publish)
    commands = CommandHandler(pool, store, "/counties/440781/tally", "tally", PREFIX)
    commands.register(registration)
    for stream, counts in {"t-1": [3, 1], "t-2": [2], "t-3": [1, 4, 2]}.items():
        for count in counts:
            await commands.execute(tally, stream, AddMany(count=count))
    written = await pool.fetch(
        "SELECT topic, headers[array_position(headers, 'ce_id') + 1] AS ce_id FROM outbox"
    )
    assert {r["topic"] for r in written} == {"deployment-a.tally.events.v1"}

    # Pages of three events split commands and streams: folds must carry over.
    chunks = [c async for c in PublicEventIds(pool, store, [registration], PREFIX, 3).chunks()]
    published = [i for c in chunks if not c.in_outbox for i in c.event_ids]
    in_outbox = [i for c in chunks if c.in_outbox for i in c.event_ids]

    assert sorted(published) == sorted(r["ce_id"] for r in written)
    # Tallies 1-4 (t-1), 1-2 (t-2), 1-7 (t-3): two public events at each even one.
    assert len(published) == len(set(published)) == (1 + 2 + 1 + 2) + (1 + 2) + (1 + 2) * 3 + 1
    assert sorted(in_outbox) == sorted(published)
    assert {(c.topic, c.type) for c in chunks} == {("tally.events.v1", TallyReached.ce_type)}
    assert max(len(c.event_ids) for c in chunks) == 3


async def test_a_relayed_event_is_still_published_but_no_longer_in_flight(
    pool: asyncpg.Pool,
) -> None:
    store, registration = EventStore(), Registration(tally, publish)
    commands = CommandHandler(pool, store, "/counties/440781/tally", "tally")
    commands.register(registration)
    await commands.execute(tally, "t-1", AddMany(count=2))
    await pool.execute("DELETE FROM outbox WHERE id = (SELECT min(id) FROM outbox)")

    chunks = [c async for c in PublicEventIds(pool, store, [registration]).chunks()]
    published = {i for c in chunks if not c.in_outbox for i in c.event_ids}
    in_outbox = {i for c in chunks if c.in_outbox for i in c.event_ids}
    assert len(published) == 3
    assert len(in_outbox) == 2 and in_outbox < published
