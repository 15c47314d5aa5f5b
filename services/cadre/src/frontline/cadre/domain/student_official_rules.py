"""University-student village officials (大学生村官): assigned for a 2–3 year term,
evaluated, then converted into a village cadre (转任) or departed (DOMAIN.md)."""

from __future__ import annotations

from datetime import date

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_records import StudentOfficial
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_personal_data, require_registered
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed

TERM_YEARS = (2, 3)
VILLAGE_CODE_LENGTH = 12
# Conversion needs an evaluation that says the official did the job.
CONVERTIBLE_GRADES = frozenset({"excellent", "competent"})


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the term ends on 28 February
        return day.replace(year=day.year + years, day=28)


def assign(command: cmd.AssignStudentOfficial, state: CadreState) -> list[DomainEvent]:
    require_personal_data(state, "assign a student official")
    if command.term_years not in TERM_YEARS:
        raise InvalidArgument.field(
            "term_years", "a service term is {years} years", "SERVICE_TERM", years=TERM_YEARS
        )
    if len(command.village_code) != VILLAGE_CODE_LENGTH:
        raise InvalidArgument.field(
            "village_code", "a village code has 12 digits", "NOT_A_VILLAGE_CODE"
        )
    if state.student_official is not None:
        raise PreconditionFailed(
            "ALREADY_ASSIGNED", f"cadre/{state.cadre_id}", "the cadre was already assigned"
        )
    ends_on = _add_years(command.starts_on, command.term_years)
    return [ev.StudentOfficialAssigned(**command.model_dump(), ends_on=ends_on)]


def _serving(state: CadreState) -> StudentOfficial:
    require_registered(state)
    official = state.student_official
    if official is None or official.status != "serving":
        status = "not a student official" if official is None else official.status
        raise PreconditionFailed(
            "NOT_SERVING",
            f"cadre/{state.cadre_id}",
            "the student official is {status}",
            status=status,
        )
    return official


def convert(command: cmd.ConvertStudentOfficial, state: CadreState) -> list[DomainEvent]:
    _serving(state)
    latest = max(state.evaluations) if state.evaluations else None
    if latest is None or state.evaluations[latest].grade not in CONVERTIBLE_GRADES:
        raise PreconditionFailed(
            "EVALUATION_REQUIRED",
            f"cadre/{state.cadre_id}",
            "conversion needs a latest evaluation of competent or excellent",
        )
    return [ev.StudentOfficialConverted(converted_on=command.converted_on)]


def depart(command: cmd.RecordStudentOfficialDeparture, state: CadreState) -> list[DomainEvent]:
    _serving(state)
    return [ev.StudentOfficialDeparted(**command.model_dump())]
