"""What the read model holds of each aggregate, as the use cases see it.

A view is built from the aggregate's state (``of_state``): the projection writes the
read model from exactly that, the PostgreSQL queries read it back (queries.py),
and the use-case tests' in-memory read model builds it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
)
from frontline.organization.domain.decision_state import DecisionState, StepOutcome
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import MeetingHeld
from frontline.organization.domain.meeting_duties import MeetingDuty
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit_state import (
    OrgUnitState,
    Rating,
    Rectification,
    Seat,
)
from frontline.organization.domain.unit_facts import UnitFacts


@dataclass(frozen=True)
class UnitView:
    unit_id: str
    level: OrgLevel
    division_code: str
    name: str
    parent_id: str | None
    active: bool
    established_on: date
    term_years: int
    term_started_on: date
    election_due_on: date
    election_reminded: bool
    election_overdue: bool
    secretary: Seat | None
    secretary_vacant_since: date | None
    one_shoulder: bool
    team: tuple[Seat, ...]
    rectification: Rectification | None
    ratings: tuple[Rating, ...]
    dissolved_on: date | None
    merged_into_unit_id: str | None
    form: OrgForm | None = None
    member_count: int = 0
    has_party_groups: bool = False
    form_recorded_on: date | None = None
    meetings_due: tuple[MeetingDuty, ...] = ()
    active_children: int = 0

    @property
    def facts(self) -> UnitFacts:
        """What another aggregate's command needs to know of this unit."""
        return UnitFacts(
            unit_id=self.unit_id,
            level=self.level,
            division_code=self.division_code,
            active=self.active,
            one_shoulder=self.one_shoulder,
        )

    @classmethod
    def of_state(cls, s: OrgUnitState, active_children: int = 0) -> UnitView:
        assert s.established_on and s.term_started_on and s.election_due_on
        return cls(
            unit_id=s.unit_id,
            level=s.level,
            division_code=s.division_code,
            name=s.name,
            parent_id=s.parent_id,
            active=s.active,
            established_on=s.established_on,
            term_years=s.term_years,
            term_started_on=s.term_started_on,
            election_due_on=s.election_due_on,
            election_reminded=s.reminded,
            election_overdue=s.overdue,
            secretary=s.secretary,
            secretary_vacant_since=s.secretary_vacant_since,
            one_shoulder=s.one_shoulder,
            team=s.team,
            rectification=s.rectification,
            ratings=s.ratings,
            dissolved_on=s.dissolved_on,
            merged_into_unit_id=s.merged_into_unit_id,
            form=s.form,
            member_count=s.member_count,
            has_party_groups=s.has_party_groups,
            form_recorded_on=s.form_recorded_on,
            meetings_due=s.meetings_due,
            active_children=active_children,
        )


@dataclass(frozen=True)
class DecisionView:
    decision_id: str
    unit_id: str
    division_code: str
    title: str
    matter: DecisionMatter
    source: DecisionSource
    status: DecisionStatus
    round: int
    drafted_on: date
    last_step_on: date | None
    notice_days: int
    notice_ends_on: date | None
    notice_completed: bool
    result_summary: str
    steps: tuple[StepOutcome, ...]
    notice_starts_on: date | None = None
    notice_backfilled: bool = False

    @classmethod
    def of_state(cls, s: DecisionState) -> DecisionView:
        assert s.drafted_on is not None
        return cls(
            decision_id=s.decision_id,
            unit_id=s.unit_id,
            division_code=s.division_code,
            title=s.title,
            matter=s.matter,
            source=s.source,
            status=s.status,
            round=s.round,
            drafted_on=s.drafted_on,
            last_step_on=s.last_on,
            notice_days=s.notice_days,
            notice_ends_on=s.notice_ends_on,
            notice_completed=s.notice_completed,
            result_summary=s.result_summary,
            steps=s.steps,
            notice_starts_on=s.notice_starts_on,
            notice_backfilled=s.notice_backfilled,
        )


# A meeting is one recorded fact: its view is the event itself.
MeetingView = MeetingHeld
