"""Weak-and-lax confirmation and rectification; yearly secretary rating."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.org_unit_events import SecretaryRating, WeakLaxCriterion

from .org_unit_fixtures import DISSOLVED, village_established

pytestmark = pytest.mark.unit
ON = date(2024, 4, 1)
CRITERIA = (WeakLaxCriterion.SECRETARY_VACANT, WeakLaxCriterion.MEETINGS_NOT_HELD)
CONFIRMED = ev.WeakLaxConfirmed(
    confirmed_on=ON, criteria=CRITERIA, rectification_plan="appoint a secretary", target_on=None
)
SECRETARY = ev.SecretaryPostFilled(cadre_id="c-1", filled_on=ON, also_village_head=False)


def confirm(**changes: object) -> cmd.ConfirmWeakLax:
    base = cmd.ConfirmWeakLax(
        confirmed_on=ON, criteria=CRITERIA, rectification_plan="appoint a secretary"
    )
    return base.model_copy(update=changes)


def test_a_county_operator_confirms_with_criteria_and_a_plan() -> None:
    scenario(org_unit_decider).given(village_established()).when(confirm()).then(CONFIRMED)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"criteria": ()}, "criteria"),
        ({"rectification_plan": "  "}, "rectification_plan"),
        ({"target_on": date(2024, 3, 1)}, "target_on"),
    ],
)
def test_a_confirmation_without_criteria_plan_or_with_a_past_target_is_invalid(
    changes: dict[str, object], field: str
) -> None:
    error = (
        scenario(org_unit_decider)
        .given(village_established())
        .when(confirm(**changes))
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == field  # type: ignore[attr-defined]


def test_a_unit_under_rectification_is_not_confirmed_again() -> None:
    scenario(org_unit_decider).given(village_established(), CONFIRMED).when(confirm()).raises(
        PreconditionFailed
    )


def test_progress_is_recorded_and_the_rectification_signed_off() -> None:
    progress = cmd.RecordRectificationProgress(
        recorded_on=date(2024, 6, 1), percent_complete=60, note="secretary appointed"
    )
    given = scenario(org_unit_decider).given(village_established(), CONFIRMED)
    given.when(progress).then(
        ev.RectificationProgressRecorded(
            recorded_on=date(2024, 6, 1), percent_complete=60, note="secretary appointed"
        )
    )
    given.when(cmd.SignOffRectification(signed_off_on=date(2024, 12, 1), summary="done")).then(
        ev.RectificationSignedOff(signed_off_on=date(2024, 12, 1), summary="done")
    )


def test_after_sign_off_the_unit_may_be_confirmed_again() -> None:
    off = ev.RectificationSignedOff(signed_off_on=date(2024, 12, 1), summary="done")
    again = confirm(confirmed_on=date(2025, 4, 1))
    scenario(org_unit_decider).given(village_established(), CONFIRMED, off).when(again).then(
        CONFIRMED.model_copy(update={"confirmed_on": date(2025, 4, 1)})
    )


def test_progress_or_sign_off_without_a_confirmation_is_refused() -> None:
    given = scenario(org_unit_decider).given(village_established())
    given.when(
        cmd.RecordRectificationProgress(recorded_on=ON, percent_complete=10, note="x")
    ).raises(PreconditionFailed)
    given.when(cmd.SignOffRectification(signed_off_on=ON, summary="x")).raises(PreconditionFailed)


def test_a_sign_off_before_the_confirmation_is_invalid() -> None:
    scenario(org_unit_decider).given(village_established(), CONFIRMED).when(
        cmd.SignOffRectification(signed_off_on=date(2024, 1, 1), summary="x")
    ).raises(InvalidArgument)


def test_the_current_secretary_is_rated_once_a_year() -> None:
    rated = ev.SecretaryRated(
        year=2024, cadre_id="c-1", rating=SecretaryRating.FAIRLY_GOOD, rated_on=date(2025, 1, 20)
    )
    rate = cmd.RateSecretary(
        year=2024, rating=SecretaryRating.FAIRLY_GOOD, rated_on=date(2025, 1, 20)
    )
    scenario(org_unit_decider).given(village_established(), SECRETARY).when(rate).then(rated)
    scenario(org_unit_decider).given(village_established(), SECRETARY, rated).when(rate).raises(
        PreconditionFailed
    )


def test_rating_a_vacant_post_is_refused_unless_the_cadre_is_named() -> None:
    rate = cmd.RateSecretary(year=2024, rating=SecretaryRating.POOR, rated_on=date(2025, 1, 20))
    given = scenario(org_unit_decider).given(village_established())
    given.when(rate).raises(PreconditionFailed)
    given.when(rate.model_copy(update={"cadre_id": "c-0"})).then(
        ev.SecretaryRated(
            year=2024, cadre_id="c-0", rating=SecretaryRating.POOR, rated_on=date(2025, 1, 20)
        )
    )


def test_a_future_year_is_not_rated() -> None:
    scenario(org_unit_decider).given(village_established(), SECRETARY).when(
        cmd.RateSecretary(year=2026, rating=SecretaryRating.GOOD, rated_on=date(2025, 1, 20))
    ).raises(InvalidArgument)


def test_a_dissolved_unit_is_not_confirmed_or_rated() -> None:
    given = scenario(org_unit_decider).given(village_established(), SECRETARY, DISSOLVED)
    given.when(confirm()).raises(PreconditionFailed)
    given.when(
        cmd.RateSecretary(year=2024, rating=SecretaryRating.GOOD, rated_on=date(2025, 1, 20))
    ).raises(PreconditionFailed)
