"""四议两公开 decision use cases: draft, the voting steps, the two openness steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import current_principal, found_in_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound, PermissionDenied
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    StepRecord,
)
from frontline.organization.domain.decision_state import DecisionState
from frontline.organization.use_cases.ports import Ports
from frontline.organization.use_cases.units import unit_in_scope
from frontline.organization.views import DecisionView

# The county organization department alone backfills notices (DOMAIN.md step 6).
BACKFILLS = "county_admin"


async def decision_in_scope(p: Ports, decision_id: str) -> DecisionView:
    return found_in_scope(await p.read.decision(decision_id), "decision", decision_id)


async def _answer(p: Ports, state: object, decision_id: str) -> DecisionView:
    """The decision as the read model now holds it: from the command's state (the row is
    written from exactly that), read back only for a replayed request."""
    if isinstance(state, DecisionState):
        return DecisionView.of_state(state)
    view = await p.read.decision(decision_id)
    if view is None:
        raise NotFound("decision", decision_id)
    return view


@dataclass(frozen=True)
class Draft:
    unit_id: str
    title: str
    matter: DecisionMatter
    source: DecisionSource
    drafted_on: date


async def draft_decision(p: Ports, d: Draft) -> DecisionView:
    unit = await unit_in_scope(p, d.unit_id)
    command = cmd.DraftDecision(
        decision_id=p.new_id(),
        unit=unit.facts,
        title=d.title,
        matter=d.matter,
        source=d.source,
        drafted_on=d.drafted_on,
        today=p.today(),
    )
    result = await p.commands.execute(decision_decider, command.decision_id, command)
    # A retried request id answers with the decision the first call drafted.
    return await _answer(p, result.state, result.stream_id)


async def propose_decision(
    p: Ports,
    decision_id: str,
    record: StepRecord,
    merge_deliberation: bool,
    deliberation_record: StepRecord | None = None,
) -> DecisionView:
    """支委会提议; merged with 两委会商议 only where one person holds both posts (一肩挑),
    the joint meeting's own counts in ``deliberation_record``."""
    decision = await decision_in_scope(p, decision_id)
    unit = await p.read.unit_facts(decision.unit_id)
    command = cmd.ProposeDecision(
        record=record,
        today=p.today(),
        merge_deliberation=merge_deliberation,
        deliberation_record=deliberation_record,
        unit_one_shoulder=bool(unit and unit.one_shoulder),
    )
    result = await p.commands.execute(decision_decider, decision_id, command)
    return await _answer(p, result.state, decision_id)


async def act_on_decision(p: Ports, decision_id: str, command: cmd.DecisionCommand) -> DecisionView:
    await decision_in_scope(p, decision_id)
    result = await p.commands.execute(decision_decider, decision_id, command)
    return await _answer(p, result.state, decision_id)


async def publish_resolution(
    p: Ports,
    decision_id: str,
    published_on: date,
    notice_days: int | None,
    backfill: bool = False,
) -> DecisionView:
    # A notice that ran before it was recorded (补录) is the county's to vouch for: a
    # village or township recording its own notice late gets the full period from today.
    if backfill and BACKFILLS not in current_principal().roles:
        raise PermissionDenied(
            "only {role} records a notice that has already run", reason="BACKFILL", role=BACKFILLS
        )
    command = cmd.PublishResolution(
        published_on=published_on,
        today=p.today(),
        notice_days=notice_days,
        min_notice_days=p.rules.public_notice_days,
        backfill=backfill,
    )
    return await act_on_decision(p, decision_id, command)


async def complete_public_notice(p: Ports, decision_id: str) -> None:
    """Fired by the notice timer when the resolution's notice period has run."""
    command = cmd.CompletePublicNotice(today=p.today())
    await p.commands.execute(decision_decider, decision_id, command)


async def get_decision(p: Ports, decision_id: str) -> DecisionView:
    return await decision_in_scope(p, decision_id)


async def list_decisions(
    p: Ports, unit_id: str | None, prefix: str, status: DecisionStatus | None, page: Page
) -> list[DecisionView]:
    # A unit's own records, or everything under a prefix of the caller's scope.
    scope = (await unit_in_scope(p, unit_id)).division_code if unit_id else scoped_prefix(prefix)
    return await p.read.decisions(unit_id, scope, status, page)
