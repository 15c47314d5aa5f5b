"""Shared givens for the cadre decider tests: a registered cadre and calendars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar
import pytest

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider, build_cadre_decider

TOWNSHIP = "440781101"
VILLAGE = "440781101203"


@dataclass(frozen=True)
class Counted:
    date: date
    provisional: bool = False


def statutory_calendar(day: date, n: int) -> Counted:
    """Reference count on the chinesecalendar data: holidays off, adjusted weekends on."""
    while n > 0:
        day += timedelta(days=1)
        if chinese_calendar.is_workday(day):
            n -= 1
    return Counted(day)


def weekday_calendar(day: date, n: int) -> Counted:
    """What the kernel counts for a year it does not know yet: Monday–Friday, provisional."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return Counted(day, provisional=True)


@pytest.fixture
def decider() -> CadreDecider:
    return build_cadre_decider(statutory_calendar)


@pytest.fixture
def registered() -> ev.CadreRegistered:
    return ev.CadreRegistered(
        cadre_id="c-1",
        sealed_personal="sealed-blob",
        gender="female",
        age_band="30_39",
        education_level="senior_secondary",
        party_member=True,
        division_code=VILLAGE,
        registered_on=date(2025, 3, 1),
    )


@pytest.fixture
def nominated() -> ev.AppointmentNominated:
    return ev.AppointmentNominated(
        procedure_id="p-1",
        org_unit_id="unit-1",
        division_code=VILLAGE,
        post="secretary",
        term_end=date(2030, 9, 30),
        also_village_head=True,
        nominated_on=date(2025, 9, 1),
    )


@pytest.fixture
def inspected() -> ev.CandidateInspected:
    return ev.CandidateInspected(
        procedure_id="p-1",
        inspected_on=date(2025, 9, 10),
        integrity_opinion="no_objection",
        summary="no problems found",
    )
