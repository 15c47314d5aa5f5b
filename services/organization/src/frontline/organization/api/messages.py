"""Views to proto messages, and proto records to domain values."""

from __future__ import annotations

from datetime import date

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.domain.decision_records import StepRecord
from frontline.organization.domain.org_unit_state import Rectification
from frontline.organization.views import DecisionView, MeetingView, UnitView

# Step records carry counts of people: a county has fewer than a million in any meeting.
_PEOPLE = 1_000_000


def step_record(message: pb.StepRecord, today: date, field: str = "record") -> StepRecord:
    households_due = cv.whole(message.households_due, f"{field}.households_due", 0, _PEOPLE)
    households_present = cv.whole(
        message.households_present, f"{field}.households_present", 0, _PEOPLE
    )
    # Zero households due: the meeting did not sit by households (proto3 has no null).
    households = households_due > 0 or households_present > 0
    return StepRecord(
        held_on=cv.day(message.held_on, f"{field}.held_on", today),
        members_due=cv.whole(message.members_due, f"{field}.members_due", 0, _PEOPLE),
        members_present=cv.whole(message.members_present, f"{field}.members_present", 0, _PEOPLE),
        votes_for=cv.whole(message.votes_for, f"{field}.votes_for", 0, _PEOPLE),
        votes_against=cv.whole(message.votes_against, f"{field}.votes_against", 0, _PEOPLE),
        votes_abstain=cv.whole(message.votes_abstain, f"{field}.votes_abstain", 0, _PEOPLE),
        township_attendee=cv.optional_text(message.township_attendee, f"{field}.township_attendee"),
        supervision_opinion=cv.optional_text(
            message.supervision_opinion, f"{field}.supervision_opinion", cv.TEXT, lines=True
        ),
        households_due=households_due if households else None,
        households_present=households_present if households else None,
    )


def org_unit(v: UnitView) -> pb.OrgUnit:
    message = pb.OrgUnit(
        org_unit_id=v.unit_id,
        level=cv.enum_out(pb.OrgLevel, v.level),
        division_code=v.division_code,
        name=v.name,
        parent_unit_id=v.parent_id or "",
        status=cv.enum_out(pb.OrgUnitStatus, "active" if v.active else "dissolved"),
        established_on=cv.iso(v.established_on),
        term_years=v.term_years,
        term_started_on=cv.iso(v.term_started_on),
        election_due_on=cv.iso(v.election_due_on),
        election_reminded=v.election_reminded,
        election_overdue=v.election_overdue,
        secretary_vacant_since=cv.iso(v.secretary_vacant_since),
        one_shoulder=v.one_shoulder,
        dissolved_on=cv.iso(v.dissolved_on),
        merged_into_unit_id=v.merged_into_unit_id or "",
        active_children=v.active_children,
        form=cv.enum_out(pb.OrgForm, v.form),
        member_count=v.member_count,
        has_party_groups=v.has_party_groups,
        form_recorded_on=cv.iso(v.form_recorded_on),
    )
    for duty in v.meetings_due:
        message.meetings_due.add(
            meeting_type=cv.enum_out(pb.MeetingType, duty.meeting_type),
            every_months=duty.every_months,
        )
    if v.secretary is not None:
        message.secretary.CopyFrom(
            pb.TeamSeat(
                cadre_id=v.secretary.cadre_id, post="secretary", since=cv.iso(v.secretary.since)
            )
        )
    for seat in v.team:
        message.team.add(cadre_id=seat.cadre_id, post=seat.post, since=cv.iso(seat.since))
    if v.rectification is not None:
        message.rectification.CopyFrom(_rectification(v.rectification))
    for rating in v.ratings:
        message.ratings.add(
            year=rating.year,
            cadre_id=rating.cadre_id,
            rating=cv.enum_out(pb.SecretaryRating, rating.rating),
        )
    return message


def _rectification(r: Rectification) -> pb.Rectification:
    return pb.Rectification(
        confirmed_on=cv.iso(r.confirmed_on),
        criteria=[cv.enum_out(pb.WeakLaxCriterion, c) for c in r.criteria],
        rectification_plan=r.plan,
        target_on=cv.iso(r.target_on),
        percent_complete=r.percent_complete,
        last_progress_on=cv.iso(r.last_progress_on),
        signed_off_on=cv.iso(r.signed_off_on),
    )


def decision(v: DecisionView) -> pb.Decision:
    message = pb.Decision(
        decision_id=v.decision_id,
        org_unit_id=v.unit_id,
        division_code=v.division_code,
        title=v.title,
        matter=cv.enum_out(pb.DecisionMatter, v.matter),
        source=cv.enum_out(pb.DecisionSource, v.source),
        state=cv.enum_out(pb.DecisionState, v.status),
        round=v.round,
        drafted_on=cv.iso(v.drafted_on),
        notice_days=v.notice_days,
        notice_ends_on=cv.iso(v.notice_ends_on),
        notice_completed=v.notice_completed,
        result_summary=v.result_summary,
        last_step_on=cv.iso(v.last_step_on),
        notice_starts_on=cv.iso(v.notice_starts_on),
        notice_backfilled=v.notice_backfilled,
    )
    for outcome in v.steps:
        record = outcome.record.model_dump(mode="json", exclude_none=True)
        message.steps.add(
            step=cv.enum_out(pb.DecisionStep, outcome.step),
            passed=outcome.passed,
            body=cv.enum_out(pb.ResolvingBody, outcome.body),
            record=pb.StepRecord(**record),
            merged_with_proposal=outcome.merged_with_proposal,
            counts_copied_from_proposal=outcome.record_copied_from_proposal,
        )
    return message


def meeting(v: MeetingView) -> pb.Meeting:
    return pb.Meeting(
        meeting_id=v.meeting_id,
        org_unit_id=v.unit_id,
        division_code=v.division_code,
        meeting_type=cv.enum_out(pb.MeetingType, v.meeting_type),
        held_on=cv.iso(v.held_on),
        members_due=v.members_due,
        members_present=v.members_present,
        topic=v.topic,
    )
