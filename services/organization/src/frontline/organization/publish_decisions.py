"""Stored decision events → public decision events, v1 and v2 side by side.

Every decision event is published twice for now: v2 (the current contract) and
v1 (superseded, for consumers that still read it — headquarters among them). The
v1 event is first, so it keeps the ce_id it always had; v2's is derived from it
(frontline.kernel.outbox.public_event_id). Free text (titles, summaries, opinions,
attendees' names) never leaves the service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontline.contracts import organization as pub
from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper
from frontline.organization.domain import decision_events as dev
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionStatus,
    StepRecord,
)
from frontline.organization.domain.decision_state import DecisionState

# A matter v1 does not know is published in v1 as the broader matter it belongs to.
V1_MATTER: dict[DecisionMatter, DecisionMatter] = {
    DecisionMatter.LAND_CONTRACTING_TO_OUTSIDERS: DecisionMatter.LAND_CONTRACTING,
    DecisionMatter.LAND_CONTRACT_ADJUSTMENT: DecisionMatter.LAND_CONTRACTING,
    DecisionMatter.LAND_COMPENSATION_DISTRIBUTION: DecisionMatter.COLLECTIVE_ASSETS,
    DecisionMatter.RESERVED_LAND_USE: DecisionMatter.COLLECTIVE_ASSETS,
}

Fields = dict[str, Any]


def _decision(s: DecisionState, status: DecisionStatus, v1: bool) -> Fields:
    matter = V1_MATTER.get(s.matter, s.matter) if v1 else s.matter
    return {
        "org_unit_id": s.unit_id,
        "division_code": s.division_code,
        "decision_id": s.decision_id,
        "matter": matter.value,
        "state": status.value,
        "round": s.round,
    }


def _vote(record: StepRecord, v1: bool) -> Fields:
    counts: Fields = {
        "held_on": record.held_on,
        "members_due": record.members_due,
        "members_present": record.members_present,
        "votes_for": record.votes_for,
        "votes_against": record.votes_against,
        "votes_abstain": record.votes_abstain,
        "township_attended": bool(record.township_attendee),
        "supervision_opinion_recorded": bool(record.supervision_opinion),
    }
    if not v1:
        counts["households_due"] = record.households_due
        counts["households_present"] = record.households_present
    return counts


def _voted(
    status: DecisionStatus, step: str | None = None
) -> Callable[[Any, DecisionState, bool], Fields]:
    """Fields of a voting step's event: the decision, the step, its meeting's counts."""

    def fields(e: Any, s: DecisionState, v1: bool) -> Fields:
        return {**_decision(s, status, v1), "step": step or e.step.value, **_vote(e.record, v1)}

    return fields


def _deliberated(e: dev.DecisionDeliberated, s: DecisionState, v1: bool) -> Fields:
    fields = _voted(DecisionStatus.DELIBERATED, "deliberation")(e, s, v1)
    fields["merged_with_proposal"] = e.merged_with_proposal
    if not v1:
        fields["counts_copied_from_proposal"] = e.record_copied_from_proposal
    return fields


def _resolved(e: dev.DecisionResolved, s: DecisionState, v1: bool) -> Fields:
    return {**_voted(DecisionStatus.RESOLVED, "resolution")(e, s, v1), "body": e.body.value}


def _rejected(e: dev.DecisionRejected, s: DecisionState, v1: bool) -> Fields:
    body = e.body.value if e.body else None
    return {**_voted(DecisionStatus.REJECTED)(e, s, v1), "body": body}


def _published(e: dev.ResolutionPublished, s: DecisionState, v1: bool) -> Fields:
    fields: Fields = {
        **_decision(s, DecisionStatus.RESOLUTION_PUBLIC, v1),
        "published_on": e.published_on,
        "notice_days": e.notice_days,
        "notice_ends_on": e.notice_ends_on,
    }
    if not v1:
        fields |= {"notice_starts_on": e.notice_starts_on, "backfilled": e.backfilled}
    return fields


def _dated(
    status: DecisionStatus, name: str, attr: str
) -> Callable[[Any, DecisionState, bool], Fields]:
    """Fields of an event that moves the decision on a date: the decision and that date."""

    def fields(e: Any, s: DecisionState, v1: bool) -> Fields:
        return {**_decision(s, status, v1), name: getattr(e, attr)}

    return fields


def _both(
    v1: type[PublicEvent],
    v2: type[PublicEvent],
    fields: Callable[[Any, DecisionState, bool], Fields],
) -> Mapper:
    def publish(e: Any, s: DecisionState) -> list[PublicEvent]:
        return [v1(**fields(e, s, True)), v2(**fields(e, s, False))]

    return publish


MAPPING: dict[type[DomainEvent], Mapper] = {
    dev.DecisionDrafted: _both(
        pub.DecisionDrafted,
        pub.DecisionDraftedV2,
        _dated(DecisionStatus.DRAFT, "drafted_on", "drafted_on"),
    ),
    dev.DecisionProposed: _both(
        pub.DecisionProposed,
        pub.DecisionProposedV2,
        _voted(DecisionStatus.PROPOSED, "proposal"),
    ),
    dev.DecisionDeliberated: _both(
        pub.DecisionDeliberated, pub.DecisionDeliberatedV2, _deliberated
    ),
    dev.DecisionReviewed: _both(
        pub.DecisionReviewed, pub.DecisionReviewedV2, _voted(DecisionStatus.REVIEWED, "review")
    ),
    dev.DecisionResolved: _both(pub.DecisionResolved, pub.DecisionResolvedV2, _resolved),
    dev.DecisionRejected: _both(pub.DecisionRejected, pub.DecisionRejectedV2, _rejected),
    dev.ResolutionPublished: _both(pub.DecisionPublished, pub.DecisionPublishedV2, _published),
    dev.PublicNoticeCompleted: _both(
        pub.DecisionNoticeCompleted,
        pub.DecisionNoticeCompletedV2,
        _dated(DecisionStatus.RESOLUTION_PUBLIC, "completed_on", "completed_on"),
    ),
    dev.ImplementationStarted: _both(
        pub.DecisionImplementationStarted,
        pub.DecisionImplementationStartedV2,
        _dated(DecisionStatus.IMPLEMENTING, "started_on", "started_on"),
    ),
    dev.ResultPublished: _both(
        pub.DecisionImplemented,
        pub.DecisionImplementedV2,
        _dated(DecisionStatus.RESULT_PUBLIC, "result_published_on", "published_on"),
    ),
    dev.DecisionClosed: _both(
        pub.DecisionClosed,
        pub.DecisionClosedV2,
        _dated(DecisionStatus.CLOSED, "closed_on", "closed_on"),
    ),
    dev.DecisionRedrafted: _both(
        pub.DecisionRedrafted,
        pub.DecisionRedraftedV2,
        _dated(DecisionStatus.DRAFT, "drafted_on", "drafted_on"),
    ),
}
