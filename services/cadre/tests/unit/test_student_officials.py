"""University-student village officials: assigned 2–3 years, evaluated, converted or departed."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781101203"
ASSIGN = cmd.AssignStudentOfficial(village_code=VILLAGE, term_years=3, starts_on=date(2024, 2, 29))
ASSIGNED = ev.StudentOfficialAssigned(
    village_code=VILLAGE, term_years=3, starts_on=date(2024, 2, 29), ends_on=date(2027, 2, 28)
)
CONVERT = cmd.ConvertStudentOfficial(converted_on=date(2026, 3, 1))
DEPART = cmd.RecordStudentOfficialDeparture(reason="term_end", departed_on=date(2027, 2, 28))


def evaluated(grade: str, year: int = 2025) -> ev.CadreEvaluated:
    return ev.CadreEvaluated.model_validate(
        {
            "year": year,
            "grade": grade,
            "achievements": ["e-commerce co-op"],
            "evaluated_on": date(year + 1, 1, 15),
        }
    )


def test_assignment_sets_the_term_end(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(ASSIGN).then(ASSIGNED)


@pytest.mark.parametrize("years", [1, 4])
def test_a_term_is_two_or_three_years(
    years: int, decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    command = ASSIGN.model_copy(update={"term_years": years})
    scenario(decider).given(registered).when(command).raises(InvalidArgument)


def test_a_student_official_serves_in_a_village(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    command = ASSIGN.model_copy(update={"village_code": "440781101"})
    scenario(decider).given(registered).when(command).raises(InvalidArgument)


def test_assignment_refusals(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    scenario(decider).when(ASSIGN).raises(NotFound)
    scenario(decider).given(registered, ASSIGNED).when(ASSIGN).raises(PreconditionFailed)


@pytest.mark.parametrize("grade", ["excellent", "competent"])
def test_a_well_evaluated_official_is_converted(
    grade: str, decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    given = scenario(decider).given(registered, ASSIGNED, evaluated(grade))
    given.when(CONVERT).then(ev.StudentOfficialConverted(converted_on=date(2026, 3, 1)))


def test_conversion_needs_a_good_latest_evaluation(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered, ASSIGNED).when(CONVERT).raises(PreconditionFailed)
    latest_weak = [evaluated("excellent", 2024), evaluated("basically_competent", 2025)]
    given = scenario(decider).given(registered, ASSIGNED, *latest_weak)
    given.when(CONVERT).raises(PreconditionFailed)


def test_an_official_departs(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    scenario(decider).given(registered, ASSIGNED).when(DEPART).then(
        ev.StudentOfficialDeparted(reason="term_end", departed_on=date(2027, 2, 28))
    )


def test_after_conversion_or_departure_the_official_is_no_longer_serving(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    converted = ev.StudentOfficialConverted(converted_on=date(2026, 3, 1))
    departed = ev.StudentOfficialDeparted(reason="resignation", departed_on=date(2025, 6, 1))
    for finished in (converted, departed):
        given = scenario(decider).given(registered, ASSIGNED, evaluated("competent"), finished)
        given.when(CONVERT).raises(PreconditionFailed)
        given.when(DEPART).raises(PreconditionFailed)


def test_a_cadre_never_assigned_cannot_convert_or_depart(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(CONVERT).raises(PreconditionFailed)
    scenario(decider).given(registered).when(DEPART).raises(PreconditionFailed)
