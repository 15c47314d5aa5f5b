"""Cadre registry: one registration per person; personal data updated or erased."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import AlreadyExists, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit


def register_command(**changes: object) -> cmd.RegisterCadre:
    values: dict[str, object] = {
        "cadre_id": "c-1",
        "sealed_personal": "sealed-blob",
        "gender": "female",
        "age_band": "30_39",
        "education_level": "senior_secondary",
        "party_member": True,
        "division_code": "440781101203",
        "registered_on": date(2025, 3, 1),
    }
    return cmd.RegisterCadre.model_validate({**values, **changes})


def test_registering_records_the_sealed_personal_data(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).when(register_command()).then(registered)


def test_a_cadre_is_registered_once(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    scenario(decider).given(registered).when(register_command()).raises(AlreadyExists)


def test_the_same_id_number_cannot_register_a_second_cadre(decider: CadreDecider) -> None:
    error = scenario(decider).when(register_command(duplicate_of="c-0")).raises(AlreadyExists)
    assert "c-0" in str(error)


def test_a_division_code_must_be_a_county_township_or_village_code() -> None:
    with pytest.raises(ValueError):
        register_command(division_code="4407811")


def test_personal_data_can_be_updated(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    update = cmd.UpdatePersonalData(sealed_personal="new-blob", updated_on=date(2025, 4, 1))
    scenario(decider).given(registered).when(update).then(
        ev.PersonalDataUpdated(sealed_personal="new-blob", updated_on=date(2025, 4, 1))
    )


def test_an_unknown_cadre_cannot_be_updated(decider: CadreDecider) -> None:
    update = cmd.UpdatePersonalData(sealed_personal="new-blob", updated_on=date(2025, 4, 1))
    scenario(decider).when(update).raises(NotFound)


def test_erasing_records_the_erasure(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    erase = cmd.ErasePersonalData(erased_on=date(2025, 5, 1))
    scenario(decider).given(registered).when(erase).then(
        ev.PersonalDataErased(erased_on=date(2025, 5, 1))
    )


def test_erased_data_cannot_be_erased_again_or_updated(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    erased = ev.PersonalDataErased(erased_on=date(2025, 5, 1))
    given = scenario(decider).given(registered, erased)
    given.when(cmd.ErasePersonalData(erased_on=date(2025, 5, 2))).raises(PreconditionFailed)
    update = cmd.UpdatePersonalData(sealed_personal="x", updated_on=date(2025, 5, 2))
    given.when(update).raises(PreconditionFailed)


def test_an_unknown_cadre_cannot_be_erased(decider: CadreDecider) -> None:
    scenario(decider).when(cmd.ErasePersonalData(erased_on=date(2025, 5, 1))).raises(NotFound)


def test_erasure_keeps_the_cadres_statistics(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    state = decider.fold([registered, ev.PersonalDataErased(erased_on=date(2025, 5, 1))])
    assert state.erased
    assert (state.gender, state.age_band, state.education_level) == (
        "female",
        "30_39",
        "senior_secondary",
    )
