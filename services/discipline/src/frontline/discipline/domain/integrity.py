"""The integrity opinion (廉洁意见) for an appointment: one stream per procedure
(stream type ``integrity``).

DOMAIN.md "Appointment": the cadre service asks when a procedure reaches
inspection, and discipline answers from its own records — an open case about the
cadre, or a sanction whose influence period (影响期) covers the day asked, is an
objection; otherwise no objection. The answer says nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from frontline.kernel.decider import Command, Decider, DomainEvent

STREAM_TYPE = "integrity"


def integrity_stream(procedure_id: str) -> str:
    return f"integrity:{procedure_id}"


class Opinion(StrEnum):
    NO_OBJECTION = "no_objection"
    OBJECTION = "objection"


class GiveIntegrityOpinion(Command):
    procedure_id: str
    cadre_id: str
    request_event_id: str
    requested_on: date
    # From the service's own records, looked up when the request came.
    open_case: bool
    sanction_in_force: bool
    issued_on: date


class IntegrityOpinionGiven(DomainEvent):
    event_type: ClassVar[str] = "IntegrityOpinionGiven"
    procedure_id: str
    cadre_id: str
    request_event_id: str
    requested_on: date
    opinion: Opinion
    open_case: bool
    sanction_in_force: bool
    issued_on: date


@dataclass(frozen=True)
class IntegrityState:
    answered: tuple[str, ...] = ()  # the request events answered


def evolve(s: IntegrityState, e: DomainEvent) -> IntegrityState:
    if isinstance(e, IntegrityOpinionGiven):
        return replace(s, answered=(*s.answered, e.request_event_id))
    return s


def give(c: GiveIntegrityOpinion, s: IntegrityState) -> list[DomainEvent]:
    if c.request_event_id in s.answered:
        return []  # the same request again: it has its answer
    objection = c.open_case or c.sanction_in_force
    return [
        IntegrityOpinionGiven(
            procedure_id=c.procedure_id,
            cadre_id=c.cadre_id,
            request_event_id=c.request_event_id,
            requested_on=c.requested_on,
            opinion=Opinion.OBJECTION if objection else Opinion.NO_OBJECTION,
            open_case=c.open_case,
            sanction_in_force=c.sanction_in_force,
            issued_on=c.issued_on,
        )
    ]


RULES: dict[type[Any], Callable[[Any, IntegrityState], Sequence[DomainEvent]]] = {
    GiveIntegrityOpinion: give,
}

integrity_decider: Decider[Any, IntegrityState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=IntegrityState,
    evolve=evolve,
    rules=RULES,
    events=(IntegrityOpinionGiven,),
)
