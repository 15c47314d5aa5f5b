"""Dispute use cases: register, escalate, resolve, confirm, follow up, close, divert."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from frontline.discipline.domain import dispute_commands as cmd
from frontline.discipline.domain.dispute import dispute_decider
from frontline.discipline.domain.dispute_state import DisputeState
from frontline.discipline.domain.dispute_vocabulary import DisputeType, RiskLevel
from frontline.discipline.use_cases.ports import DisputeFilter, Ports
from frontline.discipline.views import DisputeView
from frontline.kernel.authz import found_in_scope, require_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound


async def dispute_in_scope(p: Ports, dispute_id: str) -> DisputeView:
    return found_in_scope(await p.read.dispute(dispute_id), "dispute", dispute_id)


async def _answer(p: Ports, state: object, dispute_id: str) -> DisputeView:
    if isinstance(state, DisputeState):
        return state
    view = await p.read.dispute(dispute_id)
    if view is None:
        raise NotFound("dispute", dispute_id)
    return view


@dataclass(frozen=True)
class Registration:
    division_code: str
    dispute_type: DisputeType
    risk_level: RiskLevel
    amount_yuan: int | None
    parties: int
    summary: str
    registered_on: date


async def register_dispute(p: Ports, r: Registration) -> DisputeView:
    require_scope(r.division_code)
    command = cmd.RegisterDispute(
        dispute_id=p.new_id(),
        division_code=r.division_code,
        dispute_type=r.dispute_type,
        risk_level=r.risk_level,
        amount_yuan=r.amount_yuan,
        parties=r.parties,
        summary=r.summary,
        registered_on=r.registered_on,
    )
    result = await p.commands.execute(dispute_decider, command.dispute_id, command)
    return await _answer(p, result.state, result.stream_id)


async def act_on_dispute(p: Ports, dispute_id: str, command: Any) -> DisputeView:
    await dispute_in_scope(p, dispute_id)
    result = await p.commands.execute(dispute_decider, dispute_id, command)
    return await _answer(p, result.state, dispute_id)


async def resolve_dispute(
    p: Ports, dispute_id: str, resolved_on: date, seek_confirmation: bool, note: str
) -> DisputeView:
    command = cmd.ResolveDispute(
        resolved_on=resolved_on,
        seek_judicial_confirmation=seek_confirmation,
        note=note,
        confirmation_days=p.rules.confirmation_days,
    )
    return await act_on_dispute(p, dispute_id, command)


async def check_judicial_confirmation(p: Ports, dispute_id: str) -> None:
    """Fired by the confirmation timer."""
    command = cmd.CheckJudicialConfirmation(today=p.today())
    await p.commands.execute(dispute_decider, dispute_id, command)


async def get_dispute(p: Ports, dispute_id: str) -> DisputeView:
    return await dispute_in_scope(p, dispute_id)


async def list_disputes(p: Ports, where: DisputeFilter, page: Page) -> list[DisputeView]:
    scoped = DisputeFilter(
        scoped_prefix(where.prefix), where.status, where.dispute_type, where.level
    )
    return await p.read.disputes(scoped, page)
