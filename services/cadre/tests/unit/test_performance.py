"""Annual evaluation (实绩考核) and private pay records for the income growth plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.domain.cadre_records import PayRecord
from frontline.cadre.upcasters import UPCASTERS
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
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
    scenario(decider).when(PAY).raises(NotFound)


PAY = cmd.RecordRemuneration(year=2025, sealed_amount="v1:sealed-pay", recorded_on=date(2026, 1, 5))


def test_pay_is_recorded_sealed_and_can_be_corrected(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    recorded = (
        scenario(decider)
        .given(registered)
        .when(PAY)
        .then(
            ev.RemunerationRecorded(
                year=2025, sealed_amount="v1:sealed-pay", recorded_on=date(2026, 1, 5)
            )
        )
    )
    corrected = PAY.model_copy(update={"sealed_amount": "v1:other"})
    correction = (
        scenario(decider)
        .given(registered, *recorded)
        .when(corrected)
        .then(
            ev.RemunerationRecorded(
                year=2025, sealed_amount="v1:other", recorded_on=date(2026, 1, 5)
            )
        )
    )
    # The latest record of the year is the one that counts.
    state = decider.fold([registered, *recorded, *correction])
    assert state.remunerations[2025] == PayRecord("v1:other")


def test_no_pay_is_recorded_once_the_persons_key_is_erased(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    erased = ev.PersonalDataErased(erased_on=date(2026, 1, 2))
    error = scenario(decider).given(registered, erased).when(PAY).raises(PreconditionFailed)
    assert error.violations[0].type == "PERSONAL_DATA_ERASED"  # type: ignore[attr-defined]


def test_pay_stored_plain_before_sealing_is_lifted_and_goes_with_erasure(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    stored = {"year": 2024, "amount_yuan": "52000.00", "recorded_on": "2025-01-05"}
    lifted = UPCASTERS.upcast("RemunerationRecorded", 1, 2, stored)
    legacy = ev.RemunerationRecorded.model_validate(lifted)
    assert (legacy.sealed_amount, legacy.legacy_amount_yuan) == (None, Decimal("52000.00"))
    state = decider.fold([registered, legacy])
    assert state.remunerations[2024].legacy_amount_yuan == Decimal("52000.00")
    erased = decider.fold([registered, legacy, ev.PersonalDataErased(erased_on=date(2026, 1, 2))])
    assert erased.remunerations[2024] == PayRecord(None)
    # Once erasure removed the amount from the stored event, nothing is left to lift.
    scrubbed = UPCASTERS.upcast("RemunerationRecorded", 1, 2, {**stored, "amount_yuan": None})
    assert ev.RemunerationRecorded.model_validate(scrubbed).legacy_amount_yuan is None
