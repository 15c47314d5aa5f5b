"""In-memory stand-ins for the ports of a service's use cases (unit tests only).

``InMemoryCommands`` runs a decider exactly as the kernel's command handler does —
fold, decide, evolve, publish, replay a retried request id — on streams held in a
dict, so a use case is tested in milliseconds without gRPC, PostgreSQL or Kafka.
The real handler is proven against PostgreSQL by the kernel's own suite.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from frontline.contracts.base import PublicEvent
from frontline.kernel.commands import CommandResult, Publish
from frontline.kernel.context import CallContext, current_context
from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ids import new_id
from frontline.kernel.lookups import Lookup

F = TypeVar("F")


@dataclass
class InMemoryCommands:
    publications: Mapping[str, Publish] = field(default_factory=dict)
    streams: dict[str, list[StoredEvent]] = field(default_factory=dict)
    published: list[PublicEvent] = field(default_factory=list)
    answers: dict[str, CommandResult] = field(default_factory=dict)
    executed: list[Any] = field(default_factory=list)

    async def execute(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        command: Any,
        ctx: CallContext | None = None,
        conn: Any = None,
    ) -> CommandResult:
        ctx = ctx or current_context()
        request_id = ctx.request_id if ctx else None
        if request_id and request_id in self.answers:
            return replace(self.answers[request_id], replayed=True, state=None)
        history = self.streams.get(stream_id, [])
        state = decider.fold(e.event for e in history)
        new_events = list(decider.decide(command, state))
        self.executed.append(command)
        now = datetime.now(UTC)
        stored = [
            StoredEvent(stream_id, decider.stream_type, len(history) + n, new_id(), e, now, {})
            for n, e in enumerate(new_events, start=1)
        ]
        for event in new_events:
            state = decider.evolve(state, event)
        self.streams[stream_id] = [*history, *stored]
        publish = self.publications.get(decider.stream_type)
        if publish is not None:
            for item in stored:
                self.published.extend(publish(item, state))
        result = CommandResult(stream_id, len(history) + len(stored), stored, state=state)
        if request_id:
            self.answers[request_id] = result
        return result

    async def execute_after(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        lookup: Lookup[F],
        build: Callable[[F | None], Any],
        ctx: CallContext | None = None,
        conn: Any = None,
    ) -> CommandResult:
        # Built before a replay, as the kernel's handler does (its checks hold for a retry).
        return await self.execute(decider, stream_id, build(await lookup.fetch()), ctx, conn)

    async def answered_before(self) -> bool:
        ctx = current_context()
        return bool(ctx and ctx.request_id and ctx.request_id in self.answers)

    def events(self, stream_id: str) -> list[DomainEvent]:
        return [stored.event for stored in self.streams.get(stream_id, [])]

    def state(self, decider: Decider[Any, Any], stream_id: str) -> Any:
        return decider.fold(self.events(stream_id))


@dataclass
class FixedDay:
    """A county calendar day that tests set by hand."""

    day: date = date(2026, 1, 5)

    def __call__(self) -> date:
        return self.day


class SequentialIds:
    """Predictable ids (``id-1``, ``id-2`` …) so a test can name what a use case made."""

    def __init__(self, prefix: str = "id") -> None:
        self.prefix, self.count = prefix, 0

    def __call__(self) -> str:
        self.count += 1
        return f"{self.prefix}-{self.count}"
