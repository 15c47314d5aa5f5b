"""Cases from filing to review: the deadline and its one extension, frozen evidence."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain import case_events as ev
from frontline.discipline.domain.clue_vocabulary import Category
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

from .clue_fixtures import DECIDER, EVIDENCE, FILED, RECEIVED, SUBMITTED, VERIFYING, upto

pytestmark = pytest.mark.unit


def file_case(**changes: object) -> cmd.FileCase:
    values: dict[str, object] = {"case_id": "case-1", "filed_on": date(2026, 4, 1)}
    return cmd.FileCase.model_validate({**values, **changes})


def test_a_case_is_opened_on_a_clue_under_verification_for_ninety_days() -> None:
    scenario(DECIDER).given(RECEIVED, VERIFYING).when(file_case(cadre_id="cadre-1")).then(FILED)
    scenario(DECIDER).given(RECEIVED).when(file_case()).raises(PreconditionFailed)
    scenario(DECIDER).given(*upto(FILED)).when(file_case()).raises(AlreadyExists)


def test_the_case_takes_the_clues_category_and_cadre_unless_given() -> None:
    about = RECEIVED.model_copy(update={"cadre_id": "cadre-9"})
    (made,) = (
        scenario(DECIDER)
        .given(about, VERIFYING)
        .when(file_case(category=Category.AGRICULTURE_DUTY_CRIME, investigation_days=60))
        .outcome()
    )
    assert isinstance(made, ev.CaseFiled)
    assert (made.category, made.cadre_id, made.investigation_due_on) == (
        Category.AGRICULTURE_DUTY_CRIME,
        "cadre-9",
        date(2026, 5, 31),
    )


def extend(day: int = 10) -> cmd.ExtendInvestigation:
    return cmd.ExtendInvestigation(extended_on=date(2026, 6, day), reason="Witness abroad.")


def test_the_investigation_is_extended_once() -> None:
    extended = ev.InvestigationExtended(
        extended_on=date(2026, 6, 10),
        days=90,
        investigation_due_on=date(2026, 9, 28),
        reason="Witness abroad.",
    )
    scenario(DECIDER).given(*upto(FILED)).when(extend()).then(extended)
    error = (
        scenario(DECIDER).given(*upto(FILED), extended).when(extend(12)).raises(PreconditionFailed)
    )
    assert error.violations[0].type == "EXTENSION_USED"  # type: ignore[attr-defined]
    reasonless = cmd.ExtendInvestigation(extended_on=date(2026, 6, 10), reason=" ")
    scenario(DECIDER).given(*upto(FILED)).when(reasonless).raises(InvalidArgument)


def test_the_deadline_timer_flags_only_an_investigation_still_running() -> None:
    late = cmd.FlagInvestigationOverdue(today=date(2026, 7, 1))
    scenario(DECIDER).given(*upto(FILED)).when(late).then(
        ev.InvestigationOverdue(investigation_due_on=date(2026, 6, 30), flagged_on=date(2026, 7, 1))
    )
    scenario(DECIDER).given(*upto(FILED)).when(
        cmd.FlagInvestigationOverdue(today=date(2026, 6, 30))
    ).then()
    scenario(DECIDER).given(*upto(SUBMITTED)).when(late).then()


def test_evidence_changes_only_while_investigating() -> None:
    add = cmd.AddEvidence(evidence_id="ev-2", description="Ledger page.", added_on=date(2026, 5, 5))
    scenario(DECIDER).given(*upto(EVIDENCE)).when(add).then(
        ev.EvidenceAdded(evidence_id="ev-2", description="Ledger page.", added_on=date(2026, 5, 5))
    )
    for change in (
        add,
        cmd.RetractEvidence(evidence_id="ev-1", retracted_on=date(2026, 5, 5), reason="Void."),
    ):
        error = scenario(DECIDER).given(*upto(SUBMITTED)).when(change).raises(PreconditionFailed)
        assert error.violations[0].type == "EVIDENCE_FROZEN"  # type: ignore[attr-defined]


def test_evidence_is_retracted_with_a_reason_and_only_once() -> None:
    retract = cmd.RetractEvidence(evidence_id="ev-1", retracted_on=date(2026, 4, 3), reason="Void.")
    retracted = ev.EvidenceRetracted(
        evidence_id="ev-1", retracted_on=date(2026, 4, 3), reason="Void."
    )
    scenario(DECIDER).given(*upto(EVIDENCE)).when(retract).then(retracted)
    scenario(DECIDER).given(*upto(EVIDENCE), retracted).when(retract).raises(NotFound)
    unknown = retract.model_copy(update={"evidence_id": "ev-9"})
    scenario(DECIDER).given(*upto(EVIDENCE)).when(unknown).raises(NotFound)


def test_review_needs_evidence_and_may_send_the_case_back() -> None:
    submit = cmd.SubmitForReview(submitted_on=date(2026, 5, 4))
    error = scenario(DECIDER).given(*upto(FILED)).when(submit).raises(PreconditionFailed)
    assert error.violations[0].type == "NO_EVIDENCE"  # type: ignore[attr-defined]
    scenario(DECIDER).given(*upto(EVIDENCE)).when(submit).then(SUBMITTED)
    back = cmd.ReturnForInvestigation(returned_on=date(2026, 5, 6), reason="Ask the bank.")
    returned = ev.CaseReturnedForInvestigation(returned_on=date(2026, 5, 6), reason="Ask the bank.")
    scenario(DECIDER).given(*upto(SUBMITTED)).when(back).then(returned)
    more = cmd.AddEvidence(
        evidence_id="ev-3", description="Bank letter.", added_on=date(2026, 5, 8)
    )
    scenario(DECIDER).given(*upto(SUBMITTED), returned).when(more).then(
        ev.EvidenceAdded(evidence_id="ev-3", description="Bank letter.", added_on=date(2026, 5, 8))
    )


def test_case_commands_need_a_case() -> None:
    error = scenario(DECIDER).given(RECEIVED, VERIFYING).when(extend()).raises(PreconditionFailed)
    assert error.violations[0].type == "NO_CASE"  # type: ignore[attr-defined]
