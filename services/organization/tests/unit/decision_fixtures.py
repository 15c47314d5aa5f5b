"""A decision walked step by step, for the decision decider tests."""

from __future__ import annotations

from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.domain.divisions import OrgLevel

# The county's today in the decider tests: after every step of the walk below.
TODAY = date(2024, 12, 31)


def record(
    day: int,
    due: int,
    present: int,
    votes_for: int,
    against: int = 0,
    abstain: int = 0,
    attendee: str | None = None,
) -> StepRecord:
    return StepRecord(
        held_on=date(2024, 5, day),
        members_due=due,
        members_present=present,
        votes_for=votes_for,
        votes_against=against,
        votes_abstain=abstain,
        township_attendee=attendee,
        supervision_opinion="no objection",
    )


DRAFTED = ev.DecisionDrafted(
    decision_id="d-1",
    unit_id="u-village",
    unit_level=OrgLevel.VILLAGE,
    division_code="440781100201",
    title="Lease the old school building",
    matter=DecisionMatter.COLLECTIVE_ASSETS,
    source=DecisionSource.VILLAGERS_SUGGESTION,
    drafted_on=date(2024, 5, 1),
)
PROPOSED = ev.DecisionProposed(record=record(2, 5, 5, 4, 1))
DELIBERATED = ev.DecisionDeliberated(record=record(3, 9, 8, 7, 1))
REVIEWED = ev.DecisionReviewed(record=record(6, 30, 24, 20, 2, 2, attendee="township liaison"))
RESOLVED = ev.DecisionResolved(
    record=record(8, 45, 40, 30, 5, 5, attendee="township liaison"),
    body=ResolvingBody.REPRESENTATIVES_MEETING,
)
PUBLISHED = ev.ResolutionPublished(
    published_on=date(2024, 5, 9),
    notice_days=7,
    notice_starts_on=date(2024, 5, 9),
    notice_ends_on=date(2024, 5, 16),
)
NOTICE_DONE = ev.PublicNoticeCompleted(completed_on=date(2024, 5, 16))
STARTED = ev.ImplementationStarted(started_on=date(2024, 5, 20))
RESULT = ev.ResultPublished(published_on=date(2024, 9, 1), summary="leased for 5 years")

WALK: list[DomainEvent] = [
    DRAFTED,
    PROPOSED,
    DELIBERATED,
    REVIEWED,
    RESOLVED,
    PUBLISHED,
    NOTICE_DONE,
    STARTED,
    RESULT,
]


def upto(event: DomainEvent) -> list[DomainEvent]:
    """The walk up to and including ``event``."""
    return WALK[: WALK.index(event) + 1]
