"""The read model's writes for disputes, sweeps and ledgers, as data (one stream's
state to its rows)."""

from __future__ import annotations

from collections.abc import Sequence

from frontline.discipline.domain import sweep_events as sev
from frontline.discipline.domain.dispute_state import DisputeState
from frontline.discipline.domain.ledger_events import AssetDealRecorded
from frontline.discipline.domain.ledger_state import LedgerState
from frontline.discipline.domain.sweep import SweepState
from frontline.discipline.read_model import as_json
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op

_UPSERT_DISPUTE = """
INSERT INTO disputes (dispute_id, division_code, dispute_type, risk_level, amount_yuan,
    parties, summary, registered_on, registered_level, level, status, resolved_on,
    resolution_note, confirmation_due_on, confirmation_applied_on, confirmation_lapsed,
    follow_ups, followed_up_on, closed_on, route, diverted_on, last_on)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
    $19, $20, $21, $22)
ON CONFLICT (dispute_id) DO UPDATE SET level = EXCLUDED.level, status = EXCLUDED.status,
    resolved_on = EXCLUDED.resolved_on, resolution_note = EXCLUDED.resolution_note,
    confirmation_due_on = EXCLUDED.confirmation_due_on,
    confirmation_applied_on = EXCLUDED.confirmation_applied_on,
    confirmation_lapsed = EXCLUDED.confirmation_lapsed, follow_ups = EXCLUDED.follow_ups,
    followed_up_on = EXCLUDED.followed_up_on, closed_on = EXCLUDED.closed_on,
    route = EXCLUDED.route, diverted_on = EXCLUDED.diverted_on, last_on = EXCLUDED.last_on
"""


def dispute_ops(stored: Sequence[StoredEvent], s: DisputeState) -> list[Op]:
    return [
        Op(
            _UPSERT_DISPUTE,
            (
                s.dispute_id,
                s.division_code,
                s.dispute_type.value,
                s.risk_level.value,
                s.amount_yuan,
                s.parties,
                s.summary,
                s.registered_on,
                s.registered_level.value,
                s.level.value,
                s.status.value,
                s.resolved_on,
                s.resolution_note,
                s.confirmation_due_on,
                s.confirmation_applied_on,
                s.confirmation_lapsed,
                s.follow_ups,
                s.followed_up_on,
                s.closed_on,
                s.route.value if s.route else None,
                s.diverted_on,
                s.last_on,
            ),
        )
    ]


_UPSERT_DUTY = (
    "INSERT INTO sweep_duties (division_code, level, active, next_period, next_period_ends_on)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (division_code) DO UPDATE SET"
    " active = EXCLUDED.active, next_period = EXCLUDED.next_period,"
    " next_period_ends_on = EXCLUDED.next_period_ends_on"
)
_REPORTED = (
    "INSERT INTO sweep_periods (division_code, period, level, period_starts_on, period_ends_on,"
    " reported, swept_on, disputes_found, on_time) VALUES ($1, $2, $3, $4, $5, true, $6, $7, $8)"
    " ON CONFLICT (division_code, period) DO UPDATE SET reported = true,"
    " swept_on = EXCLUDED.swept_on, disputes_found = EXCLUDED.disputes_found,"
    " on_time = EXCLUDED.on_time"
)
# A period closed as missed keeps that mark even if a late report follows.
_MISSED = (
    "INSERT INTO sweep_periods (division_code, period, level, period_starts_on, period_ends_on,"
    " missed) VALUES ($1, $2, $3, $4, $5, true)"
    " ON CONFLICT (division_code, period) DO UPDATE SET missed = true"
)


def _reported(e: sev.SweepReported) -> Op:
    period = (e.period, e.level.value, e.period_starts_on, e.period_ends_on)
    return Op(_REPORTED, (e.division_code, *period, e.swept_on, e.disputes_found, e.on_time))


def _missed(e: sev.SweepPeriodClosed, s: SweepState) -> Op:
    period = (e.period, s.level.value, e.period_starts_on, e.period_ends_on)
    return Op(_MISSED, (s.division_code, *period))


def _duty(s: SweepState) -> Op:
    check = s.next_check
    next_period = (check.key, check.ends_on) if check else (None, None)
    return Op(_UPSERT_DUTY, (s.division_code, s.level.value, s.active, *next_period))


def sweep_ops(stored: Sequence[StoredEvent], s: SweepState) -> list[Op]:
    ops: list[Op] = []
    for item in stored:
        e = item.event
        if isinstance(e, sev.SweepReported):
            ops.append(_reported(e))
        elif isinstance(e, sev.SweepPeriodClosed) and e.missed:
            ops.append(_missed(e, s))
    if any(isinstance(i.event, _DUTY_EVENTS) for i in stored):
        ops.append(_duty(s))
    return ops


_DUTY_EVENTS = (sev.SweepDutyStarted, sev.SweepDutyEnded, sev.SweepPeriodClosed)

_UPSERT_LEDGER = """
INSERT INTO ledgers (division_code, arrears_owed_yuan, arrears_paid_yuan,
    arrears_recovered_yuan, reserved_owed_mu, reserved_fulfilled_mu, pension_entitled,
    pension_enrolled, items_inventoried, contracts_found, contracts_corrected,
    funds_recovered_yuan, last_on)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13)
ON CONFLICT (division_code) DO UPDATE SET arrears_owed_yuan = EXCLUDED.arrears_owed_yuan,
    arrears_paid_yuan = EXCLUDED.arrears_paid_yuan,
    arrears_recovered_yuan = EXCLUDED.arrears_recovered_yuan,
    reserved_owed_mu = EXCLUDED.reserved_owed_mu,
    reserved_fulfilled_mu = EXCLUDED.reserved_fulfilled_mu,
    pension_entitled = EXCLUDED.pension_entitled, pension_enrolled = EXCLUDED.pension_enrolled,
    items_inventoried = EXCLUDED.items_inventoried, contracts_found = EXCLUDED.contracts_found,
    contracts_corrected = EXCLUDED.contracts_corrected,
    funds_recovered_yuan = EXCLUDED.funds_recovered_yuan, last_on = EXCLUDED.last_on
"""
_INSERT_DEAL = (
    "INSERT INTO asset_deals (deal_id, division_code, deal_kind, amount_yuan, deal_on,"
    " decision_id, decision_backed, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    " ON CONFLICT (deal_id) DO NOTHING"
)


def _deal(e: AssetDealRecorded) -> Op:
    values = (e.deal_id, e.division_code, e.deal_kind.value, e.amount_yuan, e.deal_on)
    return Op(_INSERT_DEAL, (*values, e.decision_id, e.decision_backed, e.description))


def ledger_ops(stored: Sequence[StoredEvent], s: LedgerState) -> list[Op]:
    fulfilled = {form.value: mu for form, mu in (s.reserved_fulfilled_mu or {}).items()}
    arrears = (s.arrears_owed_yuan, s.arrears_paid_yuan, s.arrears_recovered_yuan)
    land = (s.reserved_owed_mu, as_json(fulfilled))
    pension = (s.pension_entitled, s.pension_enrolled)
    capitals = (
        s.items_inventoried,
        s.contracts_found,
        s.contracts_corrected,
        s.funds_recovered_yuan,
    )
    row = (s.division_code, *arrears, *land, *pension, *capitals, s.last_on)
    deals = [_deal(i.event) for i in stored if isinstance(i.event, AssetDealRecorded)]
    return [Op(_UPSERT_LEDGER, row), *deals]
