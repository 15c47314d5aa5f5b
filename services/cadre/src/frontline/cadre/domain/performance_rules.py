"""Annual evaluation (实绩考核) and the income growth plan's pay records (DOMAIN.md)."""

from __future__ import annotations

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_personal_data, require_registered
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument


def evaluate(command: cmd.EvaluateCadre, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if command.year in state.evaluations:
        raise AlreadyExists(
            "the cadre was already evaluated for {year}", "ALREADY_EVALUATED", year=command.year
        )
    if command.evaluated_on.year < command.year:
        raise InvalidArgument.field(
            "year", "a year is evaluated once it has started", "YEAR_NOT_STARTED"
        )
    # "Speak with achievements": an excellent grade names what was achieved.
    if command.grade == "excellent" and not command.achievements:
        raise InvalidArgument.field(
            "achievements", "an excellent grade lists achievements", "ACHIEVEMENTS_REQUIRED"
        )
    return [ev.CadreEvaluated(**command.model_dump())]


def record_remuneration(command: cmd.RecordRemuneration, state: CadreState) -> list[DomainEvent]:
    """Recording a year again corrects it: the latest record counts. Pay is personal
    data, sealed under the person's key: none is recorded once that key is erased."""
    require_personal_data(state, "record pay")
    return [ev.RemunerationRecorded(**command.model_dump())]
