"""The org unit's form and size, and the meetings they make due (DOMAIN.md "Meetings")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import MeetingType as M
from frontline.organization.domain.meeting_duties import (
    DEFAULT_EVERY_MONTHS,
    MeetingDuty,
    meeting_duties,
)
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit import org_unit_decider

from .org_unit_fixtures import DISSOLVED, village_established

pytestmark = pytest.mark.unit
TODAY = date(2024, 6, 30)


def due(level: OrgLevel, form: OrgForm, members: int, groups: bool = False) -> set[M]:
    duties = meeting_duties(level, form, members, groups, DEFAULT_EVERY_MONTHS)
    return {d.meeting_type for d in duties}


BRANCH_MEETINGS = {M.BRANCH_MEMBER_MEETING, M.PARTY_LESSON, M.THEME_PARTY_DAY}
JOINT_MEETINGS = {M.LEADING_BODIES_JOINT_MEETING, M.PARTY_MASSES_JOINT_MEETING}


def test_a_branch_of_fewer_than_seven_elects_no_committee_and_owes_no_committee_meeting() -> None:
    assert due(OrgLevel.BRANCH, OrgForm.BRANCH, 6) == BRANCH_MEETINGS
    assert due(OrgLevel.BRANCH, OrgForm.BRANCH, 7) == BRANCH_MEETINGS | {M.BRANCH_COMMITTEE_MEETING}


def test_party_group_meetings_are_due_only_where_groups_exist() -> None:
    assert M.PARTY_GROUP_MEETING not in due(OrgLevel.BRANCH, OrgForm.BRANCH, 20)
    assert M.PARTY_GROUP_MEETING in due(OrgLevel.BRANCH, OrgForm.BRANCH, 20, groups=True)


def test_a_village_general_branch_owes_its_committee_and_joint_meetings_not_its_branches() -> None:
    assert due(OrgLevel.VILLAGE, OrgForm.GENERAL_BRANCH, 80) == {
        M.BRANCH_COMMITTEE_MEETING,
        *JOINT_MEETINGS,
    }
    assert due(OrgLevel.COMMUNITY, OrgForm.COMMITTEE, 150) == {
        M.BRANCH_COMMITTEE_MEETING,
        *JOINT_MEETINGS,
    }


def test_a_village_that_is_itself_a_branch_owes_the_branch_and_the_joint_meetings() -> None:
    assert due(OrgLevel.VILLAGE, OrgForm.BRANCH, 5) == BRANCH_MEETINGS | JOINT_MEETINGS


def test_townships_are_outside_meeting_compliance() -> None:
    assert due(OrgLevel.TOWNSHIP, OrgForm.COMMITTEE, 900) == set()


def test_joint_meetings_are_quarterly_unless_the_county_says_otherwise() -> None:
    every = {**DEFAULT_EVERY_MONTHS, M.PARTY_MASSES_JOINT_MEETING: 6}
    duties = meeting_duties(OrgLevel.VILLAGE, OrgForm.BRANCH, 5, False, every)
    months = {d.meeting_type: d.every_months for d in duties}
    assert months[M.LEADING_BODIES_JOINT_MEETING] == 3
    assert months[M.PARTY_MASSES_JOINT_MEETING] == 6


def record_form(
    form: OrgForm = OrgForm.BRANCH, members: int = 12, **extra: Any
) -> cmd.RecordOrgForm:
    fields: dict[str, Any] = {
        "has_party_groups": True,
        "recorded_on": date(2024, 6, 1),
        "today": TODAY,
        "every_months": DEFAULT_EVERY_MONTHS,
        **extra,
    }
    return cmd.RecordOrgForm(form=form, member_count=members, **fields)


def duty(kind: M, months: int) -> MeetingDuty:
    return MeetingDuty(meeting_type=kind, every_months=months)


RECORDED = ev.OrgFormRecorded(
    form=OrgForm.BRANCH,
    member_count=12,
    has_party_groups=True,
    recorded_on=date(2024, 6, 1),
    meetings_due=(
        duty(M.BRANCH_MEMBER_MEETING, 3),
        duty(M.BRANCH_COMMITTEE_MEETING, 1),
        duty(M.PARTY_GROUP_MEETING, 1),
        duty(M.PARTY_LESSON, 3),
        duty(M.THEME_PARTY_DAY, 1),
        duty(M.LEADING_BODIES_JOINT_MEETING, 3),
        duty(M.PARTY_MASSES_JOINT_MEETING, 3),
    ),
)


def test_recording_the_form_records_the_meetings_it_makes_due() -> None:
    scenario(org_unit_decider).given(village_established()).when(record_form()).then(RECORDED)
    state = org_unit_decider.fold([village_established(), RECORDED])
    assert (state.form, state.member_count, state.meetings_due) == (
        OrgForm.BRANCH,
        12,
        RECORDED.meetings_due,
    )


def test_a_branch_shrinking_below_seven_no_longer_owes_a_committee_meeting() -> None:
    [event] = (
        scenario(org_unit_decider)
        .given(village_established(), RECORDED)
        .when(record_form(members=6, recorded_on=date(2024, 6, 20)))
        .outcome()
    )
    assert isinstance(event, ev.OrgFormRecorded)
    assert M.BRANCH_COMMITTEE_MEETING not in {d.meeting_type for d in event.meetings_due}


def test_recording_the_same_form_again_changes_nothing() -> None:
    scenario(org_unit_decider).given(village_established(), RECORDED).when(
        record_form(recorded_on=date(2024, 6, 20))
    ).then()


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (record_form(members=0), "member_count"),
        (record_form(OrgForm.GENERAL_BRANCH, 60), "has_party_groups"),
        (record_form(recorded_on=date(2024, 7, 1)), "recorded_on"),
        (record_form(recorded_on=date(2021, 2, 1)), "recorded_on"),
    ],
)
def test_an_impossible_form_is_invalid(command: cmd.RecordOrgForm, field: str) -> None:
    error = (
        scenario(org_unit_decider)
        .given(village_established())
        .when(command)
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == field  # type: ignore[attr-defined]


def test_a_form_is_not_recorded_before_the_last_record_of_it() -> None:
    scenario(org_unit_decider).given(village_established(), RECORDED).when(
        record_form(members=30, recorded_on=date(2024, 5, 1))
    ).raises(InvalidArgument)


def test_a_branch_unit_is_a_branch_and_a_dissolved_unit_records_nothing() -> None:
    branch = village_established().model_copy(update={"level": OrgLevel.BRANCH})
    scenario(org_unit_decider).given(branch).when(
        record_form(OrgForm.GENERAL_BRANCH, 60, has_party_groups=False)
    ).raises(InvalidArgument)
    scenario(org_unit_decider).given(village_established(), DISSOLVED).when(record_form()).raises(
        PreconditionFailed
    )
