"""The org unit's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting_duties import MeetingDuty
from frontline.organization.domain.org_form import OrgForm

VILLAGE_HEAD_POST = "village_committee_head"


@dataclass(frozen=True)
class Seat:
    cadre_id: str
    post: str
    since: date


@dataclass(frozen=True)
class Rectification:
    confirmed_on: date
    criteria: tuple[ev.WeakLaxCriterion, ...]
    plan: str
    target_on: date | None
    percent_complete: int = 0
    last_progress_on: date | None = None
    signed_off_on: date | None = None

    @property
    def open(self) -> bool:
        return self.signed_off_on is None


@dataclass(frozen=True)
class Rating:
    year: int
    cadre_id: str
    rating: ev.SecretaryRating


@dataclass(frozen=True)
class OrgUnitState:
    exists: bool = False
    unit_id: str = ""
    level: OrgLevel = OrgLevel.VILLAGE
    division_code: str = ""
    name: str = ""
    parent_id: str | None = None
    parent_division_code: str | None = None
    established_on: date | None = None
    active: bool = False
    dissolved_on: date | None = None
    merged_into_unit_id: str | None = None
    term_years: int = 5
    term_started_on: date | None = None
    election_due_on: date | None = None
    # The due date of the term before any postponement: the one-year limit counts from it.
    term_due_on: date | None = None
    reminded: bool = False
    overdue: bool = False
    secretary: Seat | None = None
    # Headquarters counts days vacant; a new unit is vacant until its first secretary.
    secretary_vacant_since: date | None = None
    secretary_also_head: bool = False
    team: tuple[Seat, ...] = ()
    one_shoulder: bool = False
    # None until the form is recorded; then the meetings it makes due (meeting_duties).
    form: OrgForm | None = None
    member_count: int = 0
    has_party_groups: bool = False
    form_recorded_on: date | None = None
    meetings_due: tuple[MeetingDuty, ...] = ()
    rectification: Rectification | None = None
    ratings: tuple[Rating, ...] = ()

    def holds(self, cadre_id: str, post: str) -> bool:
        return any(s.cadre_id == cadre_id and s.post == post for s in self.team)

    def derived_one_shoulder(self) -> bool:
        if self.secretary is None:
            return False
        return self.secretary_also_head or self.holds(self.secretary.cadre_id, VILLAGE_HEAD_POST)


def evolve(state: OrgUnitState, event: DomainEvent) -> OrgUnitState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state


def _established(s: OrgUnitState, e: ev.OrgUnitEstablished) -> OrgUnitState:
    return replace(
        s,
        exists=True,
        unit_id=e.unit_id,
        level=e.level,
        division_code=e.division_code,
        name=e.name,
        parent_id=e.parent_id,
        parent_division_code=e.parent_division_code,
        established_on=e.established_on,
        secretary_vacant_since=e.established_on,
        active=True,
        term_years=e.term_years,
        term_started_on=e.term_started_on,
        election_due_on=e.election_due_on,
        term_due_on=e.election_due_on,
    )


def _election_held(s: OrgUnitState, e: ev.ElectionHeld) -> OrgUnitState:
    return replace(
        s,
        term_years=e.term_years,
        term_started_on=e.held_on,
        election_due_on=e.election_due_on,
        term_due_on=e.election_due_on,
        reminded=False,
        overdue=False,
    )


def _postponed(s: OrgUnitState, e: ev.ElectionPostponed) -> OrgUnitState:
    # A new due date gets its own reminder; an overdue flag lifts with approval.
    return replace(s, election_due_on=e.election_due_on, reminded=False, overdue=False)


def _dissolved(s: OrgUnitState, e: ev.OrgUnitDissolved) -> OrgUnitState:
    return replace(
        s, active=False, dissolved_on=e.dissolved_on, merged_into_unit_id=e.merged_into_unit_id
    )


def _filled(s: OrgUnitState, e: ev.SecretaryPostFilled) -> OrgUnitState:
    seat = Seat(e.cadre_id, "secretary", e.filled_on)
    return replace(
        s, secretary=seat, secretary_also_head=e.also_village_head, secretary_vacant_since=None
    )


def _vacated(s: OrgUnitState, e: ev.SecretaryPostVacated) -> OrgUnitState:
    return replace(
        s, secretary=None, secretary_also_head=False, secretary_vacant_since=e.vacated_on
    )


def _appointed(s: OrgUnitState, e: ev.TeamMemberAppointed) -> OrgUnitState:
    return replace(s, team=(*s.team, Seat(e.cadre_id, e.post, e.appointed_on)))


def _left(s: OrgUnitState, e: ev.TeamMemberLeft) -> OrgUnitState:
    kept = tuple(t for t in s.team if not (t.cadre_id == e.cadre_id and t.post == e.post))
    return replace(s, team=kept)


def _form_recorded(s: OrgUnitState, e: ev.OrgFormRecorded) -> OrgUnitState:
    return replace(
        s,
        form=e.form,
        member_count=e.member_count,
        has_party_groups=e.has_party_groups,
        form_recorded_on=e.recorded_on,
        meetings_due=e.meetings_due,
    )


def _confirmed(s: OrgUnitState, e: ev.WeakLaxConfirmed) -> OrgUnitState:
    plan = Rectification(e.confirmed_on, e.criteria, e.rectification_plan, e.target_on)
    return replace(s, rectification=plan)


def _progress(s: OrgUnitState, e: ev.RectificationProgressRecorded) -> OrgUnitState:
    assert s.rectification is not None
    plan = replace(
        s.rectification, percent_complete=e.percent_complete, last_progress_on=e.recorded_on
    )
    return replace(s, rectification=plan)


def _signed_off(s: OrgUnitState, e: ev.RectificationSignedOff) -> OrgUnitState:
    assert s.rectification is not None
    return replace(s, rectification=replace(s.rectification, signed_off_on=e.signed_off_on))


def _rated(s: OrgUnitState, e: ev.SecretaryRated) -> OrgUnitState:
    return replace(s, ratings=(*s.ratings, Rating(e.year, e.cadre_id, e.rating)))


_EVOLVERS = {
    ev.OrgUnitEstablished: _established,
    ev.ElectionReminderIssued: lambda s, e: replace(s, reminded=True),
    ev.ElectionOverdue: lambda s, e: replace(s, overdue=True),
    ev.ElectionHeld: _election_held,
    ev.ElectionPostponed: _postponed,
    ev.OrgUnitDissolved: _dissolved,
    ev.OrgFormRecorded: _form_recorded,
    ev.SecretaryPostFilled: _filled,
    ev.SecretaryPostVacated: _vacated,
    ev.TeamMemberAppointed: _appointed,
    ev.TeamMemberLeft: _left,
    ev.OneShoulderChanged: lambda s, e: replace(s, one_shoulder=e.one_shoulder),
    ev.WeakLaxConfirmed: _confirmed,
    ev.RectificationProgressRecorded: _progress,
    ev.RectificationSignedOff: _signed_off,
    ev.SecretaryRated: _rated,
}
