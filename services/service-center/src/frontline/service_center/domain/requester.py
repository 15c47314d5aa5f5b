"""The requester decider: one stream per requester (stream type ``requester``).

A requester's name, phone and words are sealed under their own key in the
requests they made. Erasure destroys that key (the use case does, with the
kernel's vault); this stream records that and when it happened, for the audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import PreconditionFailed


class RequesterErased(DomainEvent):
    event_type: ClassVar[str] = "RequesterErased"
    requester_id: str
    erased_on: date
    requests: int


class EraseRequester(Command):
    requester_id: str
    erased_on: date
    requests: int


@dataclass(frozen=True)
class RequesterState:
    erased_on: date | None = None


def evolve(state: RequesterState, event: DomainEvent) -> RequesterState:
    if isinstance(event, RequesterErased):
        return RequesterState(erased_on=event.erased_on)
    return state


def erase(c: EraseRequester, s: RequesterState) -> list[DomainEvent]:
    if s.erased_on is not None:
        raise PreconditionFailed(
            "ALREADY_ERASED", c.requester_id, "erased on {erased_on}", erased_on=s.erased_on
        )
    return [
        RequesterErased(requester_id=c.requester_id, erased_on=c.erased_on, requests=c.requests)
    ]


requester_decider: Decider[EraseRequester, RequesterState] = Decider(
    stream_type="requester",
    initial_state=RequesterState,
    evolve=evolve,
    rules={EraseRequester: erase},
    events=[RequesterErased],
)
