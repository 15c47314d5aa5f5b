"""Ledger use cases: entries with quantities, collective-asset deals, look-ups.

A collective-asset deal is checked against the small record of organization's
decisions the service keeps (reactions.py): a deal not backed by a 四议两公开
decision of that village on collective assets, through its procedure by the deal's
date, raises a clue — by a timer armed with the deal's own event, so the deal and
the promise of its clue are written together (deadlines.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from frontline.discipline.domain import ledger as lg
from frontline.discipline.domain.clue_vocabulary import Category, ClueSource
from frontline.discipline.domain.ledger_events import DealKind
from frontline.discipline.domain.ledger_state import LedgerState
from frontline.discipline.use_cases.clues import Intake, raise_clue
from frontline.discipline.use_cases.ports import DecisionFact, Ports
from frontline.discipline.views import LedgerView
from frontline.kernel.authz import require_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound


async def _answer(p: Ports, state: object, division_code: str) -> LedgerView:
    if isinstance(state, LedgerState):
        return state
    return await get_ledger(p, division_code)


async def record_entry(p: Ports, command: Any) -> LedgerView:
    """Any ledger entry: every command names its division."""
    division_code: str = command.division_code
    require_scope(division_code)
    result = await p.commands.execute(lg.ledger_decider, lg.ledger_stream(division_code), command)
    return await _answer(p, result.state, division_code)


@dataclass(frozen=True)
class Deal:
    division_code: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: date
    decision_id: str | None
    description: str


async def record_asset_deal(p: Ports, d: Deal) -> LedgerView:
    require_scope(d.division_code)
    backed = d.decision_id is not None and await p.decisions.backs_asset_deal(
        d.decision_id, d.division_code, d.deal_on
    )
    command = lg.RecordAssetDeal(
        division_code=d.division_code,
        deal_id=p.new_id(),
        deal_kind=d.deal_kind,
        amount_yuan=d.amount_yuan,
        deal_on=d.deal_on,
        decision_id=d.decision_id,
        decision_backed=backed,
        description=d.description,
    )
    return await record_entry(p, command)


async def raise_asset_deal_clue(p: Ports, division_code: str, deal_id: str) -> str | None:
    """Fired by the timer an unbacked deal arms: the clue it raises (once)."""
    summary = (
        f"Collective-asset deal {deal_id} was recorded without a 四议两公开 decision of "
        "the village on collective assets behind it."
    )
    intake = Intake(
        division_code=division_code,
        source=ClueSource.THREE_CAPITALS_ANOMALY,
        category=Category.THREE_CAPITALS_MISUSE,
        summary=summary,
        received_on=p.today(),
    )
    return await raise_clue(p, f"asset-deal:{deal_id}", intake)


async def note_decision(p: Ports, fact: DecisionFact) -> None:
    """Reaction: where one of organization's decisions stands."""
    await p.decisions.note(fact)


async def get_ledger(p: Ports, division_code: str) -> LedgerView:
    require_scope(division_code)
    ledger = await p.read.ledger(division_code)
    if ledger is None:
        raise NotFound("ledger", division_code)
    return ledger


async def list_ledgers(p: Ports, prefix: str, page: Page) -> list[LedgerView]:
    return await p.read.ledgers(scoped_prefix(prefix), page)
