"""Stored events of the org unit aggregate (stream type ``org_unit``)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import ClassVar

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting_duties import MeetingDuty
from frontline.organization.domain.org_form import OrgForm


class WeakLaxCriterion(StrEnum):
    """The rules of DOMAIN.md "Weak and lax" a county operator may cite."""

    SECRETARY_VACANT = "secretary_vacant"
    ELECTION_OVERDUE = "election_overdue"
    MEETINGS_NOT_HELD = "meetings_not_held"
    DECISIONS_NOT_PUBLIC = "decisions_not_public"
    LOW_SATISFACTION = "low_satisfaction"
    DISPUTES_CONCENTRATED = "disputes_concentrated"
    LAST_IN_ASSESSMENT = "last_in_assessment"
    OTHER = "other"


class SecretaryRating(StrEnum):
    GOOD = "good"
    FAIRLY_GOOD = "fairly_good"
    AVERAGE = "average"
    POOR = "poor"


class OrgUnitEstablished(DomainEvent):
    event_type: ClassVar[str] = "OrgUnitEstablished"
    unit_id: str
    level: OrgLevel
    division_code: str
    name: str
    parent_id: str | None
    parent_division_code: str | None
    established_on: date
    term_years: int
    term_started_on: date
    election_due_on: date


class ElectionReminderIssued(DomainEvent):
    event_type: ClassVar[str] = "ElectionReminderIssued"
    election_due_on: date
    issued_on: date


class ElectionOverdue(DomainEvent):
    event_type: ClassVar[str] = "ElectionOverdue"
    election_due_on: date
    flagged_on: date


class ElectionHeld(DomainEvent):
    event_type: ClassVar[str] = "ElectionHeld"
    held_on: date
    term_years: int
    election_due_on: date


class ElectionPostponed(DomainEvent):
    event_type: ClassVar[str] = "ElectionPostponed"
    previous_due_on: date
    election_due_on: date
    approved_by_unit_id: str
    approved_on: date
    reason: str


class OrgUnitDissolved(DomainEvent):
    event_type: ClassVar[str] = "OrgUnitDissolved"
    dissolved_on: date
    reason: str
    merged_into_unit_id: str | None = None


class OrgFormRecorded(DomainEvent):
    """The unit's form and size, and the meetings they make due (DOMAIN.md "Meetings").

    ``meetings_due`` is what ``meeting_duties`` derived with the county's frequencies
    of the day: the unit's duties stay as recorded until its form is recorded again.
    """

    event_type: ClassVar[str] = "OrgFormRecorded"
    form: OrgForm
    member_count: int
    has_party_groups: bool
    recorded_on: date
    meetings_due: tuple[MeetingDuty, ...]


class SecretaryPostFilled(DomainEvent):
    event_type: ClassVar[str] = "SecretaryPostFilled"
    cadre_id: str
    filled_on: date
    also_village_head: bool


class SecretaryPostVacated(DomainEvent):
    event_type: ClassVar[str] = "SecretaryPostVacated"
    cadre_id: str
    vacated_on: date
    reason: str


class TeamMemberAppointed(DomainEvent):
    event_type: ClassVar[str] = "TeamMemberAppointed"
    cadre_id: str
    post: str
    appointed_on: date


class TeamMemberLeft(DomainEvent):
    event_type: ClassVar[str] = "TeamMemberLeft"
    cadre_id: str
    post: str
    left_on: date
    reason: str


class OneShoulderChanged(DomainEvent):
    """一肩挑: the secretary is (or no longer is) also the village committee head."""

    event_type: ClassVar[str] = "OneShoulderChanged"
    one_shoulder: bool
    changed_on: date


class WeakLaxConfirmed(DomainEvent):
    event_type: ClassVar[str] = "WeakLaxConfirmed"
    confirmed_on: date
    criteria: tuple[WeakLaxCriterion, ...]
    rectification_plan: str
    target_on: date | None = None


class RectificationProgressRecorded(DomainEvent):
    event_type: ClassVar[str] = "RectificationProgressRecorded"
    recorded_on: date
    percent_complete: int
    note: str


class RectificationSignedOff(DomainEvent):
    event_type: ClassVar[str] = "RectificationSignedOff"
    signed_off_on: date
    summary: str


class SecretaryRated(DomainEvent):
    event_type: ClassVar[str] = "SecretaryRated"
    year: int
    cadre_id: str
    rating: SecretaryRating
    rated_on: date


ORG_UNIT_EVENTS: tuple[type[DomainEvent], ...] = (
    OrgUnitEstablished,
    ElectionReminderIssued,
    ElectionOverdue,
    ElectionHeld,
    ElectionPostponed,
    OrgUnitDissolved,
    OrgFormRecorded,
    SecretaryPostFilled,
    SecretaryPostVacated,
    TeamMemberAppointed,
    TeamMemberLeft,
    OneShoulderChanged,
    WeakLaxConfirmed,
    RectificationProgressRecorded,
    RectificationSignedOff,
    SecretaryRated,
)
