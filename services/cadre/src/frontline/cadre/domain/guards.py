"""Refusals several cadre rules share."""

from __future__ import annotations

from frontline.cadre.domain.cadre_records import Procedure
from frontline.cadre.domain.cadre_state import CadreState
from frontline.kernel.errors import NotFound, PreconditionFailed


def require_registered(state: CadreState) -> None:
    if not state.registered:
        raise NotFound("cadre", "requested")


def require_personal_data(state: CadreState, action: str) -> None:
    """An erased person is kept only as statistics: no new appointments or assignments."""
    require_registered(state)
    if state.erased:
        raise PreconditionFailed(
            "PERSONAL_DATA_ERASED",
            f"cadre/{state.cadre_id}",
            "cannot {action}: this cadre's personal data was erased",
            action=action,
        )


def require_procedure(state: CadreState, procedure_id: str) -> Procedure:
    require_registered(state)
    procedure = state.procedures.get(procedure_id)
    if procedure is None:
        raise NotFound("appointment procedure", procedure_id)
    return procedure
