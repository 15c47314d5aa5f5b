"""Disputes: mediated up the levels, resolved, confirmed within 30 days, closed or diverted."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import dispute_commands as cmd
from frontline.discipline.domain import dispute_events as ev
from frontline.discipline.domain.dispute import dispute_decider
from frontline.discipline.domain.dispute_vocabulary import DisputeType, DiversionRoute, RiskLevel
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

REGISTERED = ev.DisputeRegistered(
    dispute_id="d-1",
    division_code="440781100201",
    dispute_type=DisputeType.LAND_COMPENSATION_ARREARS,
    risk_level=RiskLevel.HIGH,
    amount_yuan=380_000,
    parties=12,
    summary="Twelve households unpaid for the road land.",
    registered_on=date(2026, 3, 2),
    level=DivisionLevel.VILLAGE,
)
TO_TOWNSHIP = ev.DisputeEscalated(
    level=DivisionLevel.TOWNSHIP, escalated_on=date(2026, 3, 9), reason="Village failed."
)
RESOLVED = ev.DisputeResolved(
    resolved_on=date(2026, 3, 20),
    level=DivisionLevel.TOWNSHIP,
    note="Paid in two instalments.",
    confirmation_due_on=date(2026, 4, 19),
)
FOLLOWED = ev.DisputeFollowedUp(followed_up_on=date(2026, 4, 20), note="First instalment paid.")


def register(**changes: object) -> cmd.RegisterDispute:
    values = {**REGISTERED.model_dump(exclude={"level"}), **changes}
    return cmd.RegisterDispute.model_validate(values)


def test_a_dispute_is_mediated_first_at_its_own_level() -> None:
    scenario(dispute_decider).when(register()).then(REGISTERED)
    (made,) = scenario(dispute_decider).when(register(division_code="440781100")).outcome()
    assert isinstance(made, ev.DisputeRegistered) and made.level is DivisionLevel.TOWNSHIP


def test_a_registration_needs_parties_a_summary_and_a_division() -> None:
    for bad, field in (
        (register(parties=0), "parties"),
        (register(summary=""), "summary"),
        (register(division_code="4407"), "division_code"),
        (register(amount_yuan=-1), "amount_yuan"),
    ):
        error = scenario(dispute_decider).when(bad).raises(InvalidArgument)
        assert error.violations[0].field == field  # type: ignore[attr-defined]


def test_escalation_goes_one_level_at_a_time_up_to_the_county() -> None:
    escalate = cmd.EscalateDispute(escalated_on=date(2026, 3, 9), reason="Village failed.")
    scenario(dispute_decider).given(REGISTERED).when(escalate).then(TO_TOWNSHIP)
    to_county = ev.DisputeEscalated(
        level=DivisionLevel.COUNTY, escalated_on=date(2026, 3, 12), reason=""
    )
    again = cmd.EscalateDispute(escalated_on=date(2026, 3, 12), reason="")
    scenario(dispute_decider).given(REGISTERED, TO_TOWNSHIP).when(again).then(to_county)
    error = (
        scenario(dispute_decider)
        .given(REGISTERED, TO_TOWNSHIP, to_county)
        .when(again)
        .raises(PreconditionFailed)
    )
    assert error.violations[0].type == "AT_COUNTY"  # type: ignore[attr-defined]


def test_an_agreement_at_the_township_keeps_its_level_and_confirmation_deadline() -> None:
    resolve = cmd.ResolveDispute(
        resolved_on=date(2026, 3, 20),
        seek_judicial_confirmation=True,
        note="Paid in two instalments.",
    )
    scenario(dispute_decider).given(REGISTERED, TO_TOWNSHIP).when(resolve).then(RESOLVED)


def test_judicial_confirmation_is_applied_for_within_thirty_days() -> None:
    history = (REGISTERED, TO_TOWNSHIP, RESOLVED)
    in_time = cmd.ApplyJudicialConfirmation(applied_on=date(2026, 4, 19))
    scenario(dispute_decider).given(*history).when(in_time).then(
        ev.JudicialConfirmationApplied(applied_on=date(2026, 4, 19))
    )
    late = cmd.ApplyJudicialConfirmation(applied_on=date(2026, 4, 20))
    error = scenario(dispute_decider).given(*history).when(late).raises(PreconditionFailed)
    assert error.violations[0].type == "CONFIRMATION_WINDOW_CLOSED"  # type: ignore[attr-defined]
    check = cmd.CheckJudicialConfirmation(today=date(2026, 4, 20))
    lapsed = ev.JudicialConfirmationLapsed(
        confirmation_due_on=date(2026, 4, 19), flagged_on=date(2026, 4, 20)
    )
    scenario(dispute_decider).given(*history).when(check).then(lapsed)
    scenario(dispute_decider).given(*history, lapsed).when(check).then()
    applied = ev.JudicialConfirmationApplied(applied_on=date(2026, 4, 1))
    scenario(dispute_decider).given(*history, applied).when(check).then()


def test_closed_only_after_a_follow_up() -> None:
    close = cmd.CloseDispute(closed_on=date(2026, 4, 21))
    error = (
        scenario(dispute_decider).given(REGISTERED, RESOLVED).when(close).raises(PreconditionFailed)
    )
    assert error.violations[0].type == "NOT_FOLLOWED_UP"  # type: ignore[attr-defined]
    follow = cmd.FollowUpDispute(followed_up_on=date(2026, 4, 20), note="First instalment paid.")
    scenario(dispute_decider).given(REGISTERED, RESOLVED).when(follow).then(FOLLOWED)
    scenario(dispute_decider).given(REGISTERED, RESOLVED, FOLLOWED).when(close).then(
        ev.DisputeClosed(closed_on=date(2026, 4, 21))
    )


def test_a_dispute_in_mediation_may_be_diverted_and_then_nothing_else() -> None:
    divert = cmd.DivertDispute(
        route=DiversionRoute.ARBITRATION, diverted_on=date(2026, 3, 5), reason="Labour contract."
    )
    diverted = ev.DisputeDiverted(
        route=DiversionRoute.ARBITRATION, diverted_on=date(2026, 3, 5), reason="Labour contract."
    )
    scenario(dispute_decider).given(REGISTERED).when(divert).then(diverted)
    scenario(dispute_decider).given(REGISTERED, RESOLVED).when(divert).raises(PreconditionFailed)
    resolve = cmd.ResolveDispute(resolved_on=date(2026, 3, 6))
    scenario(dispute_decider).given(REGISTERED, diverted).when(resolve).raises(PreconditionFailed)
    early = cmd.ResolveDispute(resolved_on=date(2026, 3, 1))
    scenario(dispute_decider).given(REGISTERED).when(early).raises(InvalidArgument)
