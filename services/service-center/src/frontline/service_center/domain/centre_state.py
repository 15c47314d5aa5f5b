"""The centre's state, folded from its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.kernel.decider import DomainEvent
from frontline.service_center.domain import centre_events as ev
from frontline.service_center.domain.facts import CentreFacts
from frontline.service_center.domain.vocabulary import CentreKind, CentreLevel


@dataclass(frozen=True)
class LineOffer:
    line: str
    offered: bool
    set_on: date


@dataclass(frozen=True)
class CentreState:
    exists: bool = False
    centre_id: str = ""
    org_unit_id: str = ""
    division_code: str = ""
    level: CentreLevel = CentreLevel.VILLAGE
    kind: CentreKind = CentreKind.ONE_STOP
    name: str = ""
    active: bool = False
    established_on: date | None = None
    closed_on: date | None = None
    lines: tuple[LineOffer, ...] = ()
    staff: tuple[str, ...] = ()

    def offers(self, line: str) -> bool:
        return any(o.line == line and o.offered for o in self.lines)

    @property
    def facts(self) -> CentreFacts:
        return CentreFacts(
            centre_id=self.centre_id,
            division_code=self.division_code,
            active=self.active,
            lines_offered=frozenset(o.line for o in self.lines if o.offered),
        )


def _established(s: CentreState, e: ev.CentreEstablished) -> CentreState:
    return replace(
        s,
        exists=True,
        centre_id=e.centre_id,
        org_unit_id=e.org_unit_id,
        division_code=e.division_code,
        level=e.level,
        kind=e.kind,
        name=e.name,
        active=True,
        established_on=e.established_on,
    )


def _line_set(s: CentreState, e: ev.ServiceLineSet) -> CentreState:
    others = tuple(o for o in s.lines if o.line != e.line)
    lines = tuple(sorted((*others, LineOffer(e.line, e.offered, e.set_on)), key=lambda o: o.line))
    return replace(s, lines=lines)


def _on_duty(s: CentreState, e: ev.StaffPutOnDuty) -> CentreState:
    return replace(s, staff=tuple(sorted({*s.staff, e.cadre_id})))


def _off_duty(s: CentreState, e: ev.StaffTakenOffDuty) -> CentreState:
    return replace(s, staff=tuple(c for c in s.staff if c != e.cadre_id))


def _closed(s: CentreState, e: ev.CentreClosed) -> CentreState:
    return replace(s, active=False, closed_on=e.closed_on)


_EVOLVERS: dict[type[DomainEvent], Callable[[CentreState, Any], CentreState]] = {
    ev.CentreEstablished: _established,
    ev.ServiceLineSet: _line_set,
    ev.StaffPutOnDuty: _on_duty,
    ev.StaffTakenOffDuty: _off_duty,
    ev.CentreClosed: _closed,
}


def evolve(state: CentreState, event: DomainEvent) -> CentreState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
