"""Commands to the centre aggregate."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from frontline.kernel.decider import Command
from frontline.service_center.domain.facts import UnitFacts
from frontline.service_center.domain.vocabulary import RequestKind


class EstablishCentre(Command):
    centre_id: str
    unit: UnitFacts
    name: str
    established_on: date
    # Service lines offered from the start, with the county's time limits of each.
    lines: dict[str, dict[RequestKind, int]] = Field(default_factory=dict)


class SetServiceLine(Command):
    line: str
    offered: bool
    time_limits: dict[RequestKind, int]
    set_on: date


class PutStaffOnDuty(Command):
    cadre_id: str
    # The cadre serves (a post, or a student official's term) in the centre's township,
    # as the cadre directory knows from cadre.events.v1.
    serves_in_township: bool
    on_duty_from: date


class TakeStaffOffDuty(Command):
    cadre_id: str
    off_duty_from: date


class CloseCentre(Command):
    closed_on: date
    reason: str


CentreCommand = EstablishCentre | SetServiceLine | PutStaffOnDuty | TakeStaffOffDuty | CloseCentre
