"""Meetings: recorded once with type, unit, date and attendance."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import (
    MeetingHeld,
    MeetingType,
    RecordMeeting,
    meeting_decider,
)
from frontline.organization.domain.unit_facts import UnitFacts

pytestmark = pytest.mark.unit
BRANCH = UnitFacts(unit_id="u-b", level=OrgLevel.BRANCH, division_code="440781100201")


def record(**changes: object) -> RecordMeeting:
    base = RecordMeeting(
        meeting_id="m-1",
        unit=BRANCH,
        meeting_type=MeetingType.THEME_PARTY_DAY,
        held_on=date(2024, 7, 1),
        members_due=25,
        members_present=21,
        topic=" July 1st ",
        today=date(2024, 7, 2),
    )
    return base.model_copy(update=changes)


HELD = MeetingHeld(
    meeting_id="m-1",
    unit_id="u-b",
    division_code="440781100201",
    meeting_type=MeetingType.THEME_PARTY_DAY,
    held_on=date(2024, 7, 1),
    members_due=25,
    members_present=21,
    topic="July 1st",
)


def test_a_meeting_is_recorded_with_its_attendance() -> None:
    scenario(meeting_decider).when(record()).then(HELD)


def test_a_meeting_is_recorded_once() -> None:
    scenario(meeting_decider).given(HELD).when(record()).raises(AlreadyExists)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"members_present": 26}, "members_present"),
        ({"members_due": 0, "members_present": 0}, "members_due"),
        ({"held_on": date(2024, 7, 3)}, "held_on"),
    ],
)
def test_impossible_attendance_or_a_future_date_is_invalid(
    changes: dict[str, object], field: str
) -> None:
    error = scenario(meeting_decider).when(record(**changes)).raises(InvalidArgument)
    assert error.violations[0].field == field  # type: ignore[attr-defined]


def test_a_dissolved_unit_holds_no_meetings() -> None:
    scenario(meeting_decider).when(record(unit=BRANCH.model_copy(update={"active": False}))).raises(
        PreconditionFailed
    )
