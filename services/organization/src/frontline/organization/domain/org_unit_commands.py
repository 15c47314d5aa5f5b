"""Commands to the org unit aggregate.

Timer-fired commands (``IssueElectionReminder``, ``FlagElectionOverdue``) carry the
due date they were scheduled for, so a timer left over from an earlier term
(election held or postponed since) changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from pydantic import Field

from frontline.kernel.decider import Command
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit_events import SecretaryRating, WeakLaxCriterion
from frontline.organization.domain.unit_facts import UnitFacts


class EstablishOrgUnit(Command):
    unit_id: str
    level: OrgLevel
    division_code: str
    name: str
    parent: UnitFacts | None = None
    established_on: date
    term_started_on: date | None = None
    term_years: int | None = None


class IssueElectionReminder(Command):
    election_due_on: date
    today: date


class FlagElectionOverdue(Command):
    election_due_on: date
    today: date


class RecordElection(Command):
    held_on: date
    term_years: int | None = None


class PostponeElection(Command):
    new_due_on: date
    approver: UnitFacts
    approved_on: date
    reason: str


class RecordOrgForm(Command):
    """The unit's form, members and party groups, as of ``recorded_on``."""

    form: OrgForm
    member_count: int = Field(ge=0)
    has_party_groups: bool
    recorded_on: date
    today: date
    # The county's meeting frequencies (settings ``rules.meeting_every_months``).
    every_months: Mapping[MeetingType, int]


class DissolveOrgUnit(Command):
    dissolved_on: date
    reason: str
    active_children: int = 0
    merged_into: UnitFacts | None = None


class FillSecretaryPost(Command):
    cadre_id: str
    filled_on: date
    also_village_head: bool = False


class VacateSecretaryPost(Command):
    cadre_id: str
    vacated_on: date
    reason: str


class AppointTeamMember(Command):
    cadre_id: str
    post: str
    appointed_on: date


class RemoveTeamMember(Command):
    cadre_id: str
    post: str
    left_on: date
    reason: str


class ConfirmWeakLax(Command):
    confirmed_on: date
    criteria: tuple[WeakLaxCriterion, ...]
    rectification_plan: str
    target_on: date | None = None


class RecordRectificationProgress(Command):
    recorded_on: date
    percent_complete: int = Field(ge=0, le=100)
    note: str


class SignOffRectification(Command):
    signed_off_on: date
    summary: str


class RateSecretary(Command):
    year: int
    rating: SecretaryRating
    rated_on: date
    cadre_id: str | None = None


OrgUnitCommand = (
    EstablishOrgUnit
    | IssueElectionReminder
    | FlagElectionOverdue
    | RecordElection
    | PostponeElection
    | DissolveOrgUnit
    | RecordOrgForm
    | FillSecretaryPost
    | VacateSecretaryPost
    | AppointTeamMember
    | RemoveTeamMember
    | ConfirmWeakLax
    | RecordRectificationProgress
    | SignOffRectification
    | RateSecretary
)
