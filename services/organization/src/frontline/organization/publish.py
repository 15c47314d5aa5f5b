"""Which stored events become public, and how (DESIGN.md §2: a per-service mapping).

Free text (plans, notes, reasons, opinions, attendees' names) stays in the store;
the public events carry ids, codes, dates, counts and outcomes. Decision events
are mapped in ``publish_decisions`` (v1 and v2 side by side).
"""

from __future__ import annotations

from typing import Any

from frontline.contracts import organization as pub
from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication
from frontline.organization import publish_decisions
from frontline.organization.domain import org_unit_events as uev
from frontline.organization.domain.meeting import MeetingHeld, MeetingState
from frontline.organization.domain.org_unit_state import OrgUnitState


def _unit(s: OrgUnitState) -> dict[str, Any]:
    return {"org_unit_id": s.unit_id, "division_code": s.division_code, "level": s.level.value}


_UNIT_MAPPING: dict[type[DomainEvent], Mapper] = {
    uev.OrgUnitEstablished: lambda e, s: pub.OrgUnitEstablished(
        **_unit(s),
        name=e.name,
        parent_unit_id=e.parent_id,
        parent_division_code=e.parent_division_code,
        established_on=e.established_on,
        term_years=e.term_years,
        term_started_on=e.term_started_on,
        term_ends_on=e.election_due_on,
        election_due_on=e.election_due_on,
    ),
    uev.ElectionReminderIssued: lambda e, s: pub.ElectionReminderIssued(
        **_unit(s), election_due_on=e.election_due_on, reminded_on=e.issued_on
    ),
    uev.ElectionOverdue: lambda e, s: pub.ElectionOverdue(
        **_unit(s), election_due_on=e.election_due_on, flagged_on=e.flagged_on
    ),
    uev.ElectionHeld: lambda e, s: pub.ElectionHeld(
        **_unit(s),
        held_on=e.held_on,
        term_years=e.term_years,
        term_ends_on=e.election_due_on,
        election_due_on=e.election_due_on,
    ),
    uev.ElectionPostponed: lambda e, s: pub.ElectionPostponed(
        **_unit(s),
        previous_due_on=e.previous_due_on,
        election_due_on=e.election_due_on,
        approved_by_unit_id=e.approved_by_unit_id,
        approved_on=e.approved_on,
    ),
    uev.OrgUnitDissolved: lambda e, s: pub.OrgUnitDissolved(
        **_unit(s), dissolved_on=e.dissolved_on, merged_into_unit_id=e.merged_into_unit_id
    ),
    uev.OrgFormRecorded: lambda e, s: pub.OrgFormRecorded(
        **_unit(s),
        form=e.form.value,
        member_count=e.member_count,
        has_party_groups=e.has_party_groups,
        recorded_on=e.recorded_on,
        meetings_due=[
            pub.MeetingDuty(meeting_type=d.meeting_type.value, every_months=d.every_months)
            for d in e.meetings_due
        ],
    ),
    uev.SecretaryPostFilled: lambda e, s: pub.SecretaryPostFilled(
        **_unit(s),
        cadre_id=e.cadre_id,
        filled_on=e.filled_on,
        one_shoulder=e.also_village_head or s.one_shoulder,
    ),
    uev.SecretaryPostVacated: lambda e, s: pub.SecretaryPostVacated(
        **_unit(s), cadre_id=e.cadre_id, vacated_on=e.vacated_on
    ),
    uev.OneShoulderChanged: lambda e, s: pub.OneShoulderChanged(
        **_unit(s), one_shoulder=e.one_shoulder, changed_on=e.changed_on
    ),
    uev.WeakLaxConfirmed: lambda e, s: pub.WeakLaxConfirmed(
        **_unit(s),
        criteria=[c.value for c in e.criteria],
        confirmed_on=e.confirmed_on,
        target_on=e.target_on,
    ),
    uev.RectificationProgressRecorded: lambda e, s: pub.RectificationProgressRecorded(
        **_unit(s), percent_complete=e.percent_complete, recorded_on=e.recorded_on
    ),
    uev.RectificationSignedOff: lambda e, s: pub.RectificationSignedOff(
        **_unit(s),
        signed_off_on=e.signed_off_on,
        confirmed_on=s.rectification.confirmed_on if s.rectification else e.signed_off_on,
    ),
    uev.SecretaryRated: lambda e, s: pub.SecretaryRated(
        **_unit(s), year=e.year, cadre_id=e.cadre_id, rating=e.rating.value
    ),
}


# Team seats other than the secretary are internal; 一肩挑 is published on its own.
ORG_UNIT = Publication.of(_UNIT_MAPPING, private=[uev.TeamMemberAppointed, uev.TeamMemberLeft])


def _meeting(e: MeetingHeld, s: MeetingState) -> PublicEvent:
    return pub.MeetingHeld(
        org_unit_id=e.unit_id,
        division_code=e.division_code,
        meeting_id=e.meeting_id,
        meeting_type=e.meeting_type.value,
        held_on=e.held_on,
        members_due=e.members_due,
        members_present=e.members_present,
    )


MEETING = Publication.of({MeetingHeld: _meeting})


DECISION = Publication.of(publish_decisions.MAPPING)
