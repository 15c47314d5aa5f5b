"""Return visits (回访), closing, reopening (重办), complaints to discipline."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.vocabulary import RequestKind, VisitOutcome

from .request_fixtures import DECIDER, in_progress, resolved, submitted, visited

pytestmark = pytest.mark.unit

VISIT_DAY = date(2025, 10, 10)


def visit(outcome: VisitOutcome, on: date = VISIT_DAY) -> cmd.RecordReturnVisit:
    return cmd.RecordReturnVisit(outcome=outcome, visited_on=on, today=VISIT_DAY)


def test_no_answer_may_be_tried_again_an_answer_only_once() -> None:
    given = [*in_progress(), resolved(), visited(VisitOutcome.NO_ANSWER)]
    scenario(DECIDER).given(*given).when(visit(VisitOutcome.SATISFIED)).then(
        visited(VisitOutcome.SATISFIED)
    )
    answered = [*given, visited(VisitOutcome.SATISFIED)]
    error = (
        scenario(DECIDER)
        .given(*answered)
        .when(visit(VisitOutcome.SATISFIED))
        .raises(PreconditionFailed)
    )
    assert error.violations[0].type == "ALREADY_VISITED"  # type: ignore[attr-defined]


def test_a_visit_before_the_resolution_or_in_the_future_is_refused() -> None:
    given = [*in_progress(), resolved()]
    for day in (date(2025, 10, 8), date(2025, 10, 11)):
        error = (
            scenario(DECIDER)
            .given(*given)
            .when(visit(VisitOutcome.SATISFIED, day))
            .raises(InvalidArgument)
        )
        assert error.violations[0].field == "visited_on"  # type: ignore[attr-defined]


def test_a_request_closes_after_a_visit_even_one_nobody_answered() -> None:
    close = cmd.CloseRequest(closed_on=VISIT_DAY, today=VISIT_DAY)
    scenario(DECIDER).given(*in_progress(), resolved()).when(close).raises(PreconditionFailed)
    given = [*in_progress(), resolved(), visited(VisitOutcome.NO_ANSWER)]
    scenario(DECIDER).given(*given).when(close).then(ev.RequestClosed(closed_on=VISIT_DAY))


def test_only_an_unsatisfied_requester_reopens_with_a_new_time_limit() -> None:
    reopen = cmd.ReopenRequest(reason="still no pension", reopened_on=VISIT_DAY, today=VISIT_DAY)
    for outcome in (VisitOutcome.SATISFIED, VisitOutcome.NO_ANSWER):
        given = [*in_progress(), resolved(), visited(outcome)]
        scenario(DECIDER).given(*given).when(reopen).raises(PreconditionFailed)
    given = [*in_progress(), resolved(), visited(VisitOutcome.UNSATISFIED)]
    # Ten working days from Friday 10 October: 11 October (a Saturday) is worked.
    scenario(DECIDER).given(*given).when(reopen).then(
        ev.RequestReopened(
            reason="still no pension",
            reopened_on=VISIT_DAY,
            due_on=date(2025, 10, 23),
            due_provisional=False,
        )
    )


def test_a_reopened_request_never_counts_as_resolved() -> None:
    satisfied = DECIDER.fold([*in_progress(), resolved(), visited(VisitOutcome.SATISFIED)])
    assert satisfied.counts_as_resolved
    unanswered = DECIDER.fold([*in_progress(), resolved(), visited(VisitOutcome.NO_ANSWER)])
    assert unanswered.counts_as_resolved
    unsatisfied = DECIDER.fold([*in_progress(), resolved(), visited(VisitOutcome.UNSATISFIED)])
    assert not unsatisfied.counts_as_resolved
    reopened = ev.RequestReopened(
        reason="x", reopened_on=VISIT_DAY, due_on=date(2025, 10, 24), due_provisional=False
    )
    again = DECIDER.fold(
        [
            *in_progress(),
            resolved(),
            visited(VisitOutcome.UNSATISFIED),
            reopened,
            resolved(date(2025, 10, 20)),
            visited(VisitOutcome.SATISFIED, date(2025, 10, 21)),
        ]
    )
    assert (again.resolutions, again.reopened, again.counts_as_resolved) == (2, 1, False)


def test_a_complaint_goes_to_discipline_only_with_consent() -> None:
    transfer = cmd.TransferComplaint(
        consented=False, consent_recorded_on=VISIT_DAY, today=VISIT_DAY
    )
    error = scenario(DECIDER).given(*in_progress()).when(transfer).raises(PreconditionFailed)
    assert error.violations[0].type == "CONSENT_REQUIRED"  # type: ignore[attr-defined]
    consented = transfer.model_copy(update={"consented": True})
    scenario(DECIDER).given(*in_progress()).when(consented).then(
        ev.ComplaintTransferred(transferred_on=VISIT_DAY, consent_recorded_on=VISIT_DAY)
    )
    help_request = submitted(kind=RequestKind.HELP)
    error = scenario(DECIDER).given(help_request).when(consented).raises(PreconditionFailed)
    assert error.violations[0].type == "NOT_A_COMPLAINT"  # type: ignore[attr-defined]
