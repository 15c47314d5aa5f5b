"""Which meetings an org unit owes, from its form and size (DOMAIN.md "Meetings").

The one place the rule lives; the org unit stores what it derived when its form
was recorded, and the public ``OrgFormRecorded`` event carries it, so headquarters
reads the duties instead of applying every meeting type to every unit:

- a branch (支部) holds the member meeting, the party lesson and the theme party
  day; its committee meets only when it has one, which a branch elects from 7
  members on (党支部工作条例: fewer than 7 elect a secretary, no committee); party
  group meetings only where party groups exist;
- a general branch (总支) or committee (委员会) owes its own committee meeting; its
  branches are units of their own and owe the branch meetings, so the general
  branch is counted beside them, never instead of them;
- the village's or community's organization, whatever its form, owes the joint
  meeting of leading bodies (班子联席会议) and the party–masses joint meeting
  (党群联席会议); a branch under it does not;
- township and county committees are outside meeting compliance.
Frequencies are the county's (settings ``rules.meeting_every_months``); joint
meetings default to quarterly.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field

from frontline.organization.domain.divisions import GRASSROOTS_LEVELS, OrgLevel
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.org_form import OrgForm

# A branch elects a committee from this many members on (党支部工作条例).
COMMITTEE_MIN_MEMBERS = 7

# Months between two meetings of a type (DOMAIN.md "Meetings"; configurable).
DEFAULT_EVERY_MONTHS: dict[MeetingType, int] = {
    MeetingType.BRANCH_MEMBER_MEETING: 3,
    MeetingType.BRANCH_COMMITTEE_MEETING: 1,
    MeetingType.PARTY_GROUP_MEETING: 1,
    MeetingType.PARTY_LESSON: 3,
    MeetingType.THEME_PARTY_DAY: 1,
    MeetingType.LEADING_BODIES_JOINT_MEETING: 3,
    MeetingType.PARTY_MASSES_JOINT_MEETING: 3,
}

_JOINT_MEETINGS = (
    MeetingType.LEADING_BODIES_JOINT_MEETING,
    MeetingType.PARTY_MASSES_JOINT_MEETING,
)
_BRANCH_MEETINGS = (
    MeetingType.BRANCH_MEMBER_MEETING,
    MeetingType.PARTY_LESSON,
    MeetingType.THEME_PARTY_DAY,
)


class MeetingDuty(BaseModel):
    """A meeting type the unit must hold, at least once every ``every_months`` months."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    meeting_type: MeetingType
    every_months: int = Field(ge=1, le=12)


def meeting_duties(
    level: OrgLevel,
    form: OrgForm,
    member_count: int,
    has_party_groups: bool,
    every_months: Mapping[MeetingType, int],
) -> tuple[MeetingDuty, ...]:
    """The meetings a unit of this level, form and size owes, in ``MeetingType`` order."""
    if level in (OrgLevel.COUNTY, OrgLevel.TOWNSHIP):
        return ()
    due = set(_own_meetings(form, member_count, has_party_groups))
    if level in GRASSROOTS_LEVELS:
        due.update(_JOINT_MEETINGS)
    return tuple(
        MeetingDuty(meeting_type=kind, every_months=every_months[kind])
        for kind in MeetingType
        if kind in due
    )


def _own_meetings(form: OrgForm, member_count: int, has_party_groups: bool) -> list[MeetingType]:
    if form is not OrgForm.BRANCH:
        return [MeetingType.BRANCH_COMMITTEE_MEETING]
    due = list(_BRANCH_MEETINGS)
    if member_count >= COMMITTEE_MIN_MEMBERS:
        due.append(MeetingType.BRANCH_COMMITTEE_MEETING)
    if has_party_groups:
        due.append(MeetingType.PARTY_GROUP_MEETING)
    return due
