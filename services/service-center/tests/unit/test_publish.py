"""The public mapping: what leaves the service, and that the requester and narratives do not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.contracts import service_center as pub
from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.vocabulary import Escalation, VisitOutcome
from frontline.service_center.publish import REQUEST

from .request_fixtures import DECIDER, assigned, overdue, resolved, signed, submitted, visited

pytestmark = pytest.mark.unit

SECRETS = ("v1:sealed-contact", "v1:sealed-words", "p-1", "pension enrolment fixed", "too hard")


def stored(event: DomainEvent) -> StoredEvent:
    return StoredEvent(
        "r-1", "service_request", 1, "e-1", event, datetime(2025, 10, 1, tzinfo=UTC), {}
    )


def published(history: list[DomainEvent]) -> list[PublicEvent]:
    state = DECIDER.fold(history)
    return [p for e in history for p in REQUEST(stored(e), state)]


def test_a_whole_life_is_public_without_the_requester_or_any_narrative() -> None:
    history: list[DomainEvent] = [
        submitted(),
        assigned(),
        ev.RequestRefused(
            assignment=1, reason="too hard", refused_at=datetime(2025, 9, 26, 2, tzinfo=UTC)
        ),
        assigned(2),
        signed(2),
        ev.ExtensionRequested(
            requested_due_on=date(2025, 10, 20), reason="too hard", requested_on=date(2025, 10, 9)
        ),
        overdue(Escalation.OVERDUE),
        resolved(),
        visited(VisitOutcome.SATISFIED),
        ev.RequestClosed(closed_on=date(2025, 10, 10)),
    ]
    events = published(history)
    assert [type(p).__name__ for p in events] == [
        "RequestSubmitted",
        "RequestAssigned",
        "RequestRefused",
        "RequestAssigned",
        "RequestSignedFor",
        "RequestOverdue",
        "RequestResolved",
        "ReturnVisitRecorded",
        "ServiceRequestClosed",
    ]
    wire = " ".join(p.model_dump_json() for p in events)
    assert not [s for s in SECRETS if s in wire]
    assert all(p.township_code == "440781100" for p in events)  # type: ignore[attr-defined]


def test_the_closing_event_says_whether_the_request_counts_as_resolved() -> None:
    base: list[DomainEvent] = [submitted(), assigned(), signed(), resolved()]
    closed = ev.RequestClosed(closed_on=date(2025, 10, 10))
    for outcome, counted in [
        (VisitOutcome.SATISFIED, True),
        (VisitOutcome.NO_ANSWER, True),
        (VisitOutcome.UNSATISFIED, False),
    ]:
        last = published([*base, visited(outcome), closed])[-1]
        assert isinstance(last, pub.ServiceRequestClosed)
        assert (last.last_outcome, last.resolved) == (outcome.value, counted)


def test_a_no_answer_visit_is_neither_answered_nor_satisfied() -> None:
    visit = published(
        [submitted(), assigned(), signed(), resolved(), visited(VisitOutcome.NO_ANSWER)]
    )[-1]
    assert isinstance(visit, pub.ReturnVisitRecorded)
    assert (visit.answered, visit.satisfied, visit.attempt) == (False, False, 1)


def test_cards_name_who_they_escalate_to() -> None:
    yellow = published([submitted(), overdue(Escalation.YELLOW_CARD)])[-1]
    red = published([submitted(), overdue(Escalation.RED_CARD)])[-1]
    assert isinstance(yellow, pub.RequestOverdue) and isinstance(red, pub.RequestOverdue)
    assert (yellow.escalated_to, red.escalated_to) == ("township", "county")
