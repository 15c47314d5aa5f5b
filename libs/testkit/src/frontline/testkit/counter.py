"""A tiny aggregate for the kernel's own tests: a counter that only goes up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.eventstore import StoredEvent


@dataclass(frozen=True)
class Counter:
    total: int = 0
    closed: bool = False


class Increment(Command):
    by: int = Field(gt=0, le=1000)


class Close(Command):
    pass


class Incremented(DomainEvent):
    event_type: ClassVar[str] = "Incremented"
    schema_version: ClassVar[int] = 2
    by: int
    total: int
    unit: str  # added in v2; v1 events are upcast with unit="piece"


class Closed(DomainEvent):
    event_type: ClassVar[str] = "Closed"


class CounterIncremented(PublicEvent):
    ce_type: ClassVar[str] = "cn.frontline.test.CounterIncremented.v1"
    topic: ClassVar[str] = "test.events.v1"
    counter_id: str
    total: int


def _open(state: Counter) -> None:
    if state.closed:
        raise PreconditionFailed("CLOSED", "counter", "the counter is closed")


def increment(command: Increment, state: Counter) -> Sequence[DomainEvent]:
    _open(state)
    return [Incremented(by=command.by, total=state.total + command.by, unit="piece")]


def close(command: Close, state: Counter) -> Sequence[DomainEvent]:
    _open(state)
    return [Closed()]


def evolve(state: Counter, event: DomainEvent) -> Counter:
    if isinstance(event, Incremented):
        return Counter(total=event.total, closed=state.closed)
    if isinstance(event, Closed):
        return Counter(total=state.total, closed=True)
    return state


def publish(stored: StoredEvent, state: Counter) -> list[PublicEvent]:
    if isinstance(stored.event, Incremented):
        return [CounterIncremented(counter_id=stored.stream_id, total=stored.event.total)]
    return []


counter: Decider[Increment | Close, Counter] = Decider(
    stream_type="counter",
    initial_state=Counter,
    evolve=evolve,
    rules={Increment: increment, Close: close},
    events=[Incremented, Closed],
)
