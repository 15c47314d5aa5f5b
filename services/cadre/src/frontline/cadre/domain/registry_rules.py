"""Cadre registry: register once per person, update and erase personal data."""

from __future__ import annotations

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_personal_data, require_registered
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, PreconditionFailed


def register(command: cmd.RegisterCadre, state: CadreState) -> list[DomainEvent]:
    if state.registered:
        raise AlreadyExists(
            "cadre {cadre_id} is already registered", "CADRE_EXISTS", cadre_id=state.cadre_id
        )
    # The hashed ID number stops the same person being registered twice (DOMAIN.md).
    if command.duplicate_of is not None:
        raise AlreadyExists(
            "this person is already registered as cadre {cadre_id}",
            "PERSON_REGISTERED",
            cadre_id=command.duplicate_of,
        )
    return [
        ev.CadreRegistered(
            cadre_id=command.cadre_id,
            sealed_personal=command.sealed_personal,
            gender=command.gender,
            age_band=command.age_band,
            education_level=command.education_level,
            party_member=command.party_member,
            division_code=command.division_code,
            registered_on=command.registered_on,
        )
    ]


def update_personal(command: cmd.UpdatePersonalData, state: CadreState) -> list[DomainEvent]:
    require_personal_data(state, "update personal data")
    return [
        ev.PersonalDataUpdated(
            sealed_personal=command.sealed_personal, updated_on=command.updated_on
        )
    ]


def erase_personal(command: cmd.ErasePersonalData, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if state.erased:
        raise PreconditionFailed(
            "ALREADY_ERASED", f"cadre/{state.cadre_id}", "personal data is already erased"
        )
    return [ev.PersonalDataErased(erased_on=command.erased_on)]
