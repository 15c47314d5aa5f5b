"""Meetings held by an org unit (stream type ``meeting``, one stream per meeting).

DOMAIN.md "Meetings": three meetings and one lesson (三会一课), theme party day,
joint meeting of leading bodies, party–masses joint meeting. A meeting is a fact
recorded once, with type, unit, date and attendance, so that headquarters can
compute compliance against the configured frequencies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from pydantic import Field

from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import (
    AlreadyExists,
    FieldViolation,
    InvalidArgument,
    PreconditionFailed,
)
from frontline.organization.domain.unit_facts import UnitFacts


class MeetingType(StrEnum):
    BRANCH_MEMBER_MEETING = "branch_member_meeting"  # 支部党员大会, quarterly
    BRANCH_COMMITTEE_MEETING = "branch_committee_meeting"  # 支部委员会, monthly
    PARTY_GROUP_MEETING = "party_group_meeting"  # 党小组会, monthly
    PARTY_LESSON = "party_lesson"  # 党课, quarterly
    THEME_PARTY_DAY = "theme_party_day"  # 主题党日, monthly
    LEADING_BODIES_JOINT_MEETING = "leading_bodies_joint_meeting"  # 班子联席会议
    PARTY_MASSES_JOINT_MEETING = "party_masses_joint_meeting"  # 党群联席会议


class MeetingHeld(DomainEvent):
    event_type: ClassVar[str] = "MeetingHeld"
    meeting_id: str
    unit_id: str
    division_code: str
    meeting_type: MeetingType
    held_on: date
    members_due: int
    members_present: int
    topic: str


class RecordMeeting(Command):
    meeting_id: str
    unit: UnitFacts
    meeting_type: MeetingType
    held_on: date
    members_due: int = Field(ge=0)
    members_present: int = Field(ge=0)
    topic: str = ""
    today: date


@dataclass(frozen=True)
class MeetingState:
    """Empty until the meeting is recorded, then its one ``MeetingHeld``."""

    held: MeetingHeld | None = None


def evolve(state: MeetingState, event: DomainEvent) -> MeetingState:
    return MeetingState(event) if isinstance(event, MeetingHeld) else state


def record(command: RecordMeeting, state: MeetingState) -> Sequence[DomainEvent]:
    if state.held is not None:
        raise AlreadyExists(
            "meeting {meeting_id} is already recorded",
            "MEETING_EXISTS",
            meeting_id=state.held.meeting_id,
        )
    if not command.unit.active:
        raise PreconditionFailed(
            "UNIT_DISSOLVED", command.unit.unit_id, "the org unit is dissolved"
        )
    _check_attendance(command)
    return [
        MeetingHeld(
            meeting_id=command.meeting_id,
            unit_id=command.unit.unit_id,
            division_code=command.unit.division_code,
            meeting_type=command.meeting_type,
            held_on=command.held_on,
            members_due=command.members_due,
            members_present=command.members_present,
            topic=command.topic.strip(),
        )
    ]


def _check_attendance(c: RecordMeeting) -> None:
    problems: list[FieldViolation] = []
    if c.members_due == 0:
        problems.append(FieldViolation("members_due", "must be at least 1", "NONE_DUE"))
    if c.members_present > c.members_due:
        problems.append(
            FieldViolation(
                "members_present",
                "more than members due ({due})",
                "PRESENT_OVER_DUE",
                due=c.members_due,
            )
        )
    if c.held_on > c.today:
        problems.append(
            FieldViolation(
                "held_on",
                "a meeting is recorded after it is held (today is {today})",
                "IN_THE_FUTURE",
                today=c.today,
            )
        )
    if problems:
        raise InvalidArgument(*problems)


meeting_decider: Decider[RecordMeeting, MeetingState] = Decider(
    stream_type="meeting",
    initial_state=MeetingState,
    evolve=evolve,
    rules={RecordMeeting: record},
    events=[MeetingHeld],
)
