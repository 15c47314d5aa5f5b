"""The decider pattern: pure functions that hold every domain rule.

``decide(command, state) -> list[event]`` raises a typed ``DomainError`` to refuse;
``evolve(state, event) -> state`` folds one event. Neither does I/O, so every rule
is tested given/when/then without servers (see ``frontline.kernel.testing``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

S = TypeVar("S")
C = TypeVar("C")


class DomainEvent(BaseModel):
    """A stored (private) event. Subclasses set ``event_type`` and ``schema_version``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_type: ClassVar[str]
    schema_version: ClassVar[int] = 1


class Command(BaseModel):
    """A request to change one aggregate, validated by pydantic before the decider."""

    model_config = ConfigDict(frozen=True, extra="forbid")


E = TypeVar("E", bound=DomainEvent)


@dataclass(frozen=True)
class Decider(Generic[C, S]):
    """One aggregate type: its stream type, initial state, evolve and decide."""

    stream_type: str
    initial_state: Callable[[], S]
    evolve: Callable[[S, DomainEvent], S]
    decide: Callable[[C, S], Sequence[DomainEvent]]
    events: Sequence[type[DomainEvent]]

    def fold(self, events: Iterable[DomainEvent], state: S | None = None) -> S:
        current = self.initial_state() if state is None else state
        for event in events:
            current = self.evolve(current, event)
        return current

    def event_class(self, event_type: str) -> type[DomainEvent]:
        for cls in self.events:
            if cls.event_type == event_type:
                return cls
        raise KeyError(f"{self.stream_type} has no event type {event_type!r}")
