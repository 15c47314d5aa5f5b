"""Given/when/then helpers for decider unit tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import DomainError

S = TypeVar("S")
C = TypeVar("C")


@dataclass
class Scenario(Generic[C, S]):
    decider: Decider[C, S]
    history: Sequence[DomainEvent] = ()
    command: Any = None

    def given(self, *events: DomainEvent) -> Scenario[C, S]:
        return Scenario(self.decider, list(events), self.command)

    def when(self, command: C) -> Scenario[C, S]:
        return Scenario(self.decider, self.history, command)

    def outcome(self) -> list[DomainEvent]:
        state = self.decider.fold(self.history)
        return list(self.decider.decide(self.command, state))

    def then(self, *expected: DomainEvent) -> list[DomainEvent]:
        produced = self.outcome()
        assert produced == list(expected), f"expected {list(expected)!r}, got {produced!r}"
        return produced

    def raises(self, error: type[DomainError]) -> DomainError:
        try:
            produced = self.outcome()
        except error as exc:
            return exc
        raise AssertionError(f"expected {error.__name__}, got events {produced!r}")


def scenario(decider: Decider[C, S]) -> Scenario[C, S]:
    return Scenario(decider)
