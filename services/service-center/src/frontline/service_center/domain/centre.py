"""The centre decider: one stream per service centre (stream type ``centre``).

DOMAIN.md "Service centre": a township party–masses service centre (党群服务中心)
or a village/community one-stop centre (一站式服务) on an org unit, with a catalogue
of service lines and staff on duty, who are cadres.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
from frontline.service_center.domain import centre_commands as cmd
from frontline.service_center.domain import centre_events as ev
from frontline.service_center.domain.centre_state import CentreState, evolve
from frontline.service_center.domain.vocabulary import CentreLevel, kind_of

_LEVELS = {level.value: level for level in CentreLevel}


def require_active(s: CentreState) -> None:
    if not s.exists:
        raise NotFound("centre", s.centre_id or "(not established)")
    if not s.active:
        raise PreconditionFailed("CENTRE_CLOSED", s.centre_id, "the centre is closed")


def _not_before_opening(s: CentreState, day: date, field: str) -> None:
    if s.established_on is not None and day < s.established_on:
        raise InvalidArgument.field(
            field,
            "before the centre was established ({established_on})",
            "BEFORE_ESTABLISHED",
            established_on=s.established_on,
        )


def establish(c: cmd.EstablishCentre, s: CentreState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "centre {centre_id} is already established", "CENTRE_EXISTS", centre_id=s.centre_id
        )
    level = _LEVELS.get(c.unit.level)
    if level is None:
        raise InvalidArgument.field(
            "org_unit_id",
            "a centre sits on a township, village or community org unit",
            "CENTRE_LEVEL",
        )
    if not c.unit.active:
        raise PreconditionFailed(
            "ORG_UNIT_DISSOLVED", c.unit.org_unit_id, "the org unit is dissolved"
        )
    if not c.name.strip():
        raise InvalidArgument.field("name", "a centre needs a name", "NAME_REQUIRED")
    established = ev.CentreEstablished(
        centre_id=c.centre_id,
        org_unit_id=c.unit.org_unit_id,
        division_code=c.unit.division_code,
        level=level,
        kind=kind_of(level),
        name=c.name.strip(),
        established_on=c.established_on,
    )
    lines = [
        ev.ServiceLineSet(line=line, offered=True, time_limits=limits, set_on=c.established_on)
        for line, limits in sorted(c.lines.items())
    ]
    return [established, *lines]


def set_line(c: cmd.SetServiceLine, s: CentreState) -> list[DomainEvent]:
    require_active(s)
    _not_before_opening(s, c.set_on, "set_on")
    if c.offered == s.offers(c.line):
        return []  # already so: nothing to record
    return [
        ev.ServiceLineSet(
            line=c.line, offered=c.offered, time_limits=c.time_limits, set_on=c.set_on
        )
    ]


def put_on_duty(c: cmd.PutStaffOnDuty, s: CentreState) -> list[DomainEvent]:
    require_active(s)
    _not_before_opening(s, c.on_duty_from, "on_duty_from")
    if not c.serves_in_township:
        raise PreconditionFailed(
            "CADRE_NOT_SERVING_HERE",
            c.cadre_id,
            "staff on duty are cadres serving in the centre's township",
        )
    if c.cadre_id in s.staff:
        return []
    return [ev.StaffPutOnDuty(cadre_id=c.cadre_id, on_duty_from=c.on_duty_from)]


def take_off_duty(c: cmd.TakeStaffOffDuty, s: CentreState) -> list[DomainEvent]:
    require_active(s)
    if c.cadre_id not in s.staff:
        raise PreconditionFailed("NOT_ON_DUTY", c.cadre_id, "the cadre is not on duty here")
    _not_before_opening(s, c.off_duty_from, "off_duty_from")
    return [ev.StaffTakenOffDuty(cadre_id=c.cadre_id, off_duty_from=c.off_duty_from)]


def close(c: cmd.CloseCentre, s: CentreState) -> list[DomainEvent]:
    require_active(s)
    _not_before_opening(s, c.closed_on, "closed_on")
    if not c.reason.strip():
        raise InvalidArgument.field(
            "reason", "a closure states its reason", "CLOSURE_REASON_REQUIRED"
        )
    return [ev.CentreClosed(closed_on=c.closed_on, reason=c.reason.strip())]


RULES: dict[type[Any], Callable[[Any, CentreState], list[DomainEvent]]] = {
    cmd.EstablishCentre: establish,
    cmd.SetServiceLine: set_line,
    cmd.PutStaffOnDuty: put_on_duty,
    cmd.TakeStaffOffDuty: take_off_duty,
    cmd.CloseCentre: close,
}

centre_decider: Decider[cmd.CentreCommand, CentreState] = Decider(
    stream_type="centre",
    initial_state=CentreState,
    evolve=evolve,
    rules=RULES,
    events=ev.CENTRE_EVENTS,
)
