"""Which stored events become public, and how (DESIGN.md §2: a per-service mapping).

Each stream declares a ``Publication``: a mapper per published event type, and the
event types it keeps private on purpose. The conventions suite checks that every
event type of the stream is one or the other, so a new event cannot slip out, or
stay in, by omission.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent

# (the domain event, the stream's state after it) -> the public event(s) it becomes.
Mapper = Callable[[Any, Any], "PublicEvent | Sequence[PublicEvent]"]


@dataclass(frozen=True)
class Publication:
    mappers: Mapping[type[DomainEvent], Mapper]
    private: frozenset[type[DomainEvent]] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls, mappers: Mapping[type[DomainEvent], Mapper], private: Iterable[type[DomainEvent]] = ()
    ) -> Publication:
        return cls(mappers, frozenset(private))

    def __call__(self, stored: StoredEvent, state: Any) -> list[PublicEvent]:
        mapper = self.mappers.get(type(stored.event))
        if mapper is None:
            return []
        made = mapper(stored.event, state)
        return [made] if isinstance(made, PublicEvent) else list(made)
