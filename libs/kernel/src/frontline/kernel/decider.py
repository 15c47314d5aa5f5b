"""The decider pattern: pure functions that hold every domain rule.

A decider is a table of rules, one per command type: ``rule(command, state) ->
list[event]`` raises a typed ``DomainError`` to refuse; ``evolve(state, event) ->
state`` folds one event. Neither does I/O, so every rule is tested given/when/then
without servers (see ``frontline.kernel.testing``). The table also tells the
conventions suite which commands each stream handles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

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

# One rule per command type: the command and the current state to the new events.
Rule = Callable[[Any, S], Sequence[DomainEvent]]


class UnhandledCommand(TypeError):
    """A command reached a stream that has no rule for it: a programming error."""


@dataclass(frozen=True)
class Decider(Generic[C, S]):
    """One aggregate type: its stream type, initial state, evolve and rules."""

    stream_type: str
    initial_state: Callable[[], S]
    evolve: Callable[[S, DomainEvent], S]
    rules: Mapping[type[Any], Rule[S]]
    events: Sequence[type[DomainEvent]]

    @property
    def commands(self) -> tuple[type[Any], ...]:
        return tuple(self.rules)

    def decide(self, command: C, state: S) -> Sequence[DomainEvent]:
        rule = self.rules.get(type(command))
        if rule is None:
            raise UnhandledCommand(f"{self.stream_type} has no rule for {type(command).__name__}")
        return rule(command, state)

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
