"""Case use cases over in-memory ports: the whole walk, the county's rules, recusal,
the integrity opinion."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain import clue_commands as ccmd
from frontline.discipline.domain.clue_vocabulary import (
    AppealOutcome,
    CaseStatus,
    Category,
    ClueSource,
    Disposal,
)
from frontline.discipline.domain.sanctions import Measure, MeasureKind, MeasureType
from frontline.discipline.use_cases import cases, clues
from frontline.discipline.use_cases.ports import CaseFilter
from frontline.discipline.views import CaseView
from frontline.kernel.convert import Page
from frontline.kernel.errors import PermissionDenied, PreconditionFailed

from .memory import World

pytestmark = pytest.mark.unit

VILLAGE = "440781100201"
DAY = date(2026, 3, 2)
INVESTIGATOR = ("discipline_investigator",)


async def filed(world: World, cadre: str = "cadre-1") -> CaseView:
    intake = clues.Intake(
        division_code=VILLAGE,
        source=ClueSource.LETTERS_VISITS,
        category=Category.AGRICULTURE_DUTY_CRIME,
        summary="Subsidies kept back.",
        received_on=DAY,
    )
    clue = (await clues.receive_clue(world.ports, intake)).clue
    dispose = ccmd.DisposeClue(disposal=Disposal.PRELIMINARY_VERIFICATION, disposed_on=DAY)
    await clues.act_on_clue(world.ports, clue.clue_id, dispose)
    world.acting_as(*INVESTIGATOR, sub="investigator-li")
    return await cases.file_case(world.ports, clue.clue_id, DAY, None, cadre)


async def in_review(world: World) -> CaseView:
    case = await filed(world)
    add = cmd.AddEvidence(evidence_id="ev-1", description="Payroll.", added_on=DAY)
    await cases.act_on_case(world.ports, case.case_id, add)
    await cases.act_on_case(world.ports, case.case_id, cmd.SubmitForReview(submitted_on=DAY))
    world.acting_as("discipline_reviewer", sub="reviewer-zhao")
    return case


REMOVAL = Measure(type=MeasureType.PARTY_SANCTION, kind=MeasureKind.REMOVAL_FROM_PARTY_POST)


async def test_a_case_from_filing_to_archive(world: World) -> None:
    case = await in_review(world)
    p = world.ports
    decided = await cases.decide_case(p, case.case_id, cases.Decision(DAY, 3, (REMOVAL,), "x"))
    assert decided.status is CaseStatus.DECIDED
    world.acting_as("discipline_reviewer", sub="reviewer-zhao")
    await cases.act_on_case(p, case.case_id, cmd.RecordAppeal(appealed_on=DAY, grounds="No."))
    await cases.act_on_case(
        p, case.case_id, cmd.ConcludeAppeal(concluded_on=DAY, outcome=AppealOutcome.UPHELD)
    )
    world.acting_as(*INVESTIGATOR, sub="investigator-li")
    await cases.act_on_case(p, case.case_id, cmd.RecordExecution(executed_on=DAY))
    archived = await cases.act_on_case(p, case.case_id, cmd.ArchiveCase(archived_on=DAY))
    assert archived.status is CaseStatus.ARCHIVED
    assert [c.case_id for c in await cases.list_cases(p, CaseFilter(""), Page(5, 0))] == [
        case.case_id
    ]


async def test_the_county_sets_the_investigation_period_and_its_extension(world: World) -> None:
    world.rules = world.rules.model_copy(
        update={"investigation_days": 60, "extension_days": 30, "max_extensions": 1}
    )
    case = await filed(world)
    assert case.investigation_due_on == date(2026, 5, 1)
    extended = await cases.extend_investigation(world.ports, case.case_id, DAY, "Witness abroad.")
    assert extended.investigation_due_on == date(2026, 5, 31)
    with pytest.raises(PreconditionFailed):
        await cases.extend_investigation(world.ports, case.case_id, DAY, "Again.")


async def test_the_deadline_timer_flags_an_overdue_investigation(world: World) -> None:
    case = await filed(world)
    world.today.day = date(2026, 6, 1)
    await cases.flag_investigation_overdue(world.ports, case.clue_id)
    assert (await cases.get_case(world.ports, case.case_id)).overdue


async def test_the_county_sets_influence_periods(world: World) -> None:
    world.rules = world.rules.model_copy(
        update={"influence_months": {"removal_from_party_post": 36}}
    )
    case = await in_review(world)
    decided = await cases.decide_case(
        world.ports, case.case_id, cases.Decision(DAY, 3, (REMOVAL,), "")
    )
    assert decided.measures[0].influence_ends_on == date(2029, 3, 2)


async def test_evidence_retracted_while_investigating_and_a_case_sent_back(world: World) -> None:
    case = await filed(world)
    p = world.ports
    await cases.act_on_case(
        p, case.case_id, cmd.AddEvidence(evidence_id="ev-1", description="Payroll.", added_on=DAY)
    )
    retracted = await cases.act_on_case(
        p,
        case.case_id,
        cmd.RetractEvidence(evidence_id="ev-1", retracted_on=DAY, reason="Wrong month."),
    )
    assert retracted.evidence[0].retracted_on == DAY
    with pytest.raises(PreconditionFailed):
        await cases.act_on_case(p, case.case_id, cmd.SubmitForReview(submitted_on=DAY))
    await cases.act_on_case(
        p,
        case.case_id,
        cmd.AddEvidence(evidence_id="ev-2", description="Payroll, March.", added_on=DAY),
    )
    await cases.act_on_case(p, case.case_id, cmd.SubmitForReview(submitted_on=DAY))
    back = await cases.act_on_case(
        p, case.case_id, cmd.ReturnForInvestigation(returned_on=DAY, reason="Ask the bank.")
    )
    assert back.status is CaseStatus.INVESTIGATING and back.returns == 1


async def test_recusal_covers_the_case_too(world: World) -> None:
    case = await filed(world)
    await clues.act_on_clue(
        world.ports,
        case.clue_id,
        ccmd.RecordRecusal(staff="reviewer-zhao", recorded_on=DAY, reason="Former colleague."),
    )
    world.acting_as("discipline_reviewer", sub="reviewer-zhao")
    with pytest.raises(PermissionDenied):
        await cases.get_case(world.ports, case.case_id)
    assert await cases.list_cases(world.ports, CaseFilter(""), Page(5, 0)) == []
    assert world.audit.lines[-1] == ("reviewer-zhao", case.clue_id, case.case_id, "denied: recused")


async def opinion(world: World, cadre: str, on: date, event: str) -> str:
    request = cases.OpinionRequest("proc-1", cadre, on, event)
    await cases.give_integrity_opinion(world.ports, request)
    return str(world.commands.published[-1].opinion)  # type: ignore[attr-defined]


async def test_the_integrity_opinion_objects_to_an_open_case_or_a_sanction_in_force(
    world: World,
) -> None:
    case = await in_review(world)
    assert await opinion(world, "cadre-1", DAY, "e-1") == "objection"
    assert await opinion(world, "cadre-2", DAY, "e-2") == "no_objection"
    await cases.decide_case(world.ports, case.case_id, cases.Decision(DAY, 3, (REMOVAL,), ""))
    assert await opinion(world, "cadre-1", date(2028, 3, 1), "e-3") == "objection"
    assert await opinion(world, "cadre-1", date(2028, 3, 2), "e-4") == "no_objection"
