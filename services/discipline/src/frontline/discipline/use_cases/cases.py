"""Case use cases: file, investigate, review, decide, execute, archive, appeal; look-ups;
and the integrity opinion cadre's appointments ask for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.clue_vocabulary import Category
from frontline.discipline.domain.integrity import (
    GiveIntegrityOpinion,
    integrity_decider,
    integrity_stream,
)
from frontline.discipline.domain.sanctions import Measure
from frontline.discipline.use_cases.access import audited, case_for, clue_for, shown_case
from frontline.discipline.use_cases.ports import CaseFilter, Ports
from frontline.discipline.views import CaseView
from frontline.kernel.authz import current_principal, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound


async def _answer(p: Ports, state: object, clue_id: str) -> CaseView:
    """The case as the command left it; read back only for a replayed request."""
    if isinstance(state, ClueState) and state.case is not None:
        return CaseView.of_state(state, state.case)
    clue = await p.read.clue(clue_id)
    case = await p.read.case(clue.case_id) if clue and clue.case_id else None
    if case is None:
        raise NotFound("case on clue", clue_id)
    return case


async def file_case(
    p: Ports, clue_id: str, filed_on: date, category: Category | None, cadre_id: str | None
) -> CaseView:
    """立案 on a clue under preliminary verification: the "case opened" event."""
    await clue_for(p, clue_id)
    command = cmd.FileCase(
        case_id=p.new_id(),
        filed_on=filed_on,
        category=category,
        cadre_id=cadre_id,
        investigation_days=p.rules.investigation_days,
    )
    result = await p.commands.execute(p.clue_decider, clue_id, command)
    return shown_case(p, await _answer(p, result.state, clue_id), "changed")


async def act_on_case(p: Ports, case_id: str, command: Any) -> CaseView:
    case = await case_for(p, case_id)
    result = await p.commands.execute(p.clue_decider, case.clue_id, command)
    return shown_case(p, await _answer(p, result.state, case.clue_id), "changed")


async def extend_investigation(p: Ports, case_id: str, on: date, reason: str) -> CaseView:
    command = cmd.ExtendInvestigation(
        extended_on=on,
        reason=reason,
        days=p.rules.extension_days,
        max_extensions=p.rules.max_extensions,
    )
    return await act_on_case(p, case_id, command)


@dataclass(frozen=True)
class Decision:
    decided_on: date
    four_forms_level: int
    measures: tuple[Measure, ...]
    summary: str


async def decide_case(p: Ports, case_id: str, d: Decision) -> CaseView:
    command = cmd.DecideCase(
        decided_on=d.decided_on,
        four_forms_level=d.four_forms_level,
        measures=d.measures,
        summary=d.summary,
        influence_months=p.rules.influence_months,
    )
    return await act_on_case(p, case_id, command)


async def flag_investigation_overdue(p: Ports, clue_id: str) -> None:
    """Fired by the investigation timer."""
    command = cmd.FlagInvestigationOverdue(today=p.today())
    await p.commands.execute(p.clue_decider, clue_id, command)


async def get_case(p: Ports, case_id: str) -> CaseView:
    return shown_case(p, await case_for(p, case_id))


async def list_cases(p: Ports, where: CaseFilter, page: Page) -> list[CaseView]:
    """Cases under a prefix of the caller's scope, but none the caller is recused from;
    each one listed is a look, audited."""
    scoped = CaseFilter(scoped_prefix(where.prefix), where.status, where.category)
    reader = current_principal().sub
    listed = [c for c in await p.read.cases(scoped, page) if reader not in c.recused]
    for case in listed:
        audited(p, case.clue_id, case.case_id, "listed")
    return listed


@dataclass(frozen=True)
class OpinionRequest:
    procedure_id: str
    cadre_id: str
    requested_on: date
    request_event_id: str


async def give_integrity_opinion(p: Ports, request: OpinionRequest) -> None:
    """Answers an appointment's request from the service's own records (DOMAIN.md)."""
    record = await p.read.integrity_record(request.cadre_id, request.requested_on)
    command = GiveIntegrityOpinion(
        procedure_id=request.procedure_id,
        cadre_id=request.cadre_id,
        request_event_id=request.request_event_id,
        requested_on=request.requested_on,
        open_case=record.open_case,
        sanction_in_force=record.sanction_in_force,
        issued_on=p.today(),
    )
    await p.commands.execute(integrity_decider, integrity_stream(request.procedure_id), command)
