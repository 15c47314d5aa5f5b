"""Annual evaluation (实绩考核) and private pay records for the income growth plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

EVALUATE = cmd.EvaluateCadre(
    year=2025,
    grade="excellent",
    achievements=("collective income doubled",),
    evaluated_on=date(2026, 1, 20),
)


@pytest.mark.parametrize("grade", ["competent", "basically_competent", "incompetent"])
def test_a_cadre_is_graded_once_a_year(
    grade: str, decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    command = EVALUATE.model_copy(update={"grade": grade, "achievements": ()})
    evaluated = (
        scenario(decider)
        .given(registered)
        .when(command)
        .then(ev.CadreEvaluated(**command.model_dump()))
    )
    scenario(decider).given(registered, *evaluated).when(command).raises(AlreadyExists)


def test_excellent_speaks_with_achievements(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(EVALUATE).then(
        ev.CadreEvaluated(**EVALUATE.model_dump())
    )
    bare = EVALUATE.model_copy(update={"achievements": ()})
    scenario(decider).given(registered).when(bare).raises(InvalidArgument)


def test_a_year_is_not_evaluated_before_it_starts(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    early = EVALUATE.model_copy(update={"evaluated_on": date(2024, 12, 31)})
    scenario(decider).given(registered).when(early).raises(InvalidArgument)


def test_an_unknown_cadre_is_not_evaluated_or_paid(decider: CadreDecider) -> None:
    scenario(decider).when(EVALUATE).raises(NotFound)
    pay = cmd.RecordRemuneration(
        year=2025, amount_yuan=Decimal("52000"), recorded_on=date(2026, 1, 5)
    )
    scenario(decider).when(pay).raises(NotFound)


def test_pay_is_recorded_and_can_be_corrected(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    pay = cmd.RecordRemuneration(
        year=2025, amount_yuan=Decimal("52000.00"), recorded_on=date(2026, 1, 5)
    )
    recorded = (
        scenario(decider)
        .given(registered)
        .when(pay)
        .then(ev.RemunerationRecorded(**pay.model_dump()))
    )
    corrected = pay.model_copy(update={"amount_yuan": Decimal("53000.00")})
    correction = (
        scenario(decider)
        .given(registered, *recorded)
        .when(corrected)
        .then(ev.RemunerationRecorded(**corrected.model_dump()))
    )
    # The latest record of the year is the one that counts.
    assert decider.fold([registered, *recorded, *correction]).remunerations == {
        2025: Decimal("53000.00")
    }


def test_pay_is_never_negative() -> None:
    with pytest.raises(ValueError):
        cmd.RecordRemuneration(year=2025, amount_yuan=Decimal(-1), recorded_on=date(2026, 1, 5))
