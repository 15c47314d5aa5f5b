"""Demo seed, the open registers: disputes with their mediation, sweep reports, ledger
entries and a few collective-asset deals with no decision behind them (each raises a
clue by itself). Each dispute, and each division's sweeps and ledger, in date order;
all of them at once."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_registers_plan import DisputePlan, LedgerEntry, RegistersPlan
from frontline.cli.enums import parse

NOTE = "村调委会组织双方调解"
LEDGER_RPCS = {
    "arrears": ("RecordCompensationArrears", pb.RecordCompensationArrearsRequest),
    "reserved_land": ("RecordReservedLand", pb.RecordReservedLandRequest),
    "pension": ("RecordPensionCohort", pb.RecordPensionCohortRequest),
    "three_capitals": ("RecordThreeCapitals", pb.RecordThreeCapitalsRequest),
}


async def seed_registers(call: Caller, stub: Any, plan: RegistersPlan) -> None:
    sweeps: defaultdict[str, list[Any]] = defaultdict(list)
    for code, period_day, swept_on, found in plan.sweeps:
        sweeps[code].append((period_day, swept_on, found))
    ledgers: defaultdict[str, list[LedgerEntry]] = defaultdict(list)
    for entry in sorted(plan.ledgers, key=lambda e: e.recorded_on):
        ledgers[entry.division_code].append(entry)
    await asyncio.gather(
        *(_dispute(call, stub, d) for d in plan.disputes),
        *(_sweeps(call, stub, code, reports) for code, reports in sweeps.items()),
        *(_ledger(call, stub, entries) for entries in ledgers.values()),
        *(_deal(call, stub, n, deal) for n, deal in enumerate(plan.unbacked_deals)),
    )


async def _dispute(call: Caller, stub: Any, d: DisputePlan) -> None:
    key = f"dispute:{d.key}"
    registered = await call(
        stub.RegisterDispute,
        pb.RegisterDisputeRequest(
            division_code=d.division_code,
            dispute_type=parse(pb.DisputeType, d.dispute_type),
            risk_level=parse(pb.RiskLevel, d.risk_level),
            amount_yuan=d.amount_yuan,
            parties=d.parties,
            summary="村民反映的矛盾纠纷",
            registered_on=d.registered_on.isoformat(),
        ),
        f"{key}:register",
    )
    if registered is None:
        return
    dispute_id = registered.dispute.dispute_id
    for n, (step, day, extra) in enumerate(d.steps):
        method, request = _step(stub, dispute_id, step, day.isoformat(), extra)
        if await call(method, request, f"{key}:{n}:{step}") is None:
            return


def _step(stub: Any, dispute_id: str, step: str, on: str, extra: object) -> tuple[Any, Any]:
    if step == "escalate":
        return stub.EscalateDispute, pb.EscalateDisputeRequest(
            dispute_id=dispute_id, reason="村级调解未果", escalated_on=on
        )
    if step == "resolve":
        return stub.ResolveDispute, pb.ResolveDisputeRequest(
            dispute_id=dispute_id, resolved_on=on, seek_judicial_confirmation=bool(extra), note=NOTE
        )
    if step == "apply":
        return stub.ApplyJudicialConfirmation, pb.ApplyJudicialConfirmationRequest(
            dispute_id=dispute_id, applied_on=on
        )
    if step == "follow":
        return stub.FollowUpDispute, pb.FollowUpDisputeRequest(
            dispute_id=dispute_id, followed_up_on=on, note="回访无反复"
        )
    if step == "close":
        return stub.CloseDispute, pb.CloseDisputeRequest(dispute_id=dispute_id, closed_on=on)
    return stub.DivertDispute, pb.DivertDisputeRequest(
        dispute_id=dispute_id,
        route=parse(pb.DiversionRoute, str(extra)),
        diverted_on=on,
        reason="当事人选择其他途径",
    )


async def _sweeps(call: Caller, stub: Any, code: str, reports: list[Any]) -> None:
    for period_day, swept_on, found in reports:
        request = pb.FileSweepReportRequest(
            division_code=code,
            period_day=period_day.isoformat(),
            swept_on=swept_on.isoformat(),
            disputes_found=found,
        )
        await call(stub.FileSweepReport, request, f"sweep:{code}:{period_day}")


async def _ledger(call: Caller, stub: Any, entries: list[LedgerEntry]) -> None:
    for e in entries:
        name, message = LEDGER_RPCS[e.kind]
        fields: dict[str, Any] = {
            "division_code": e.division_code,
            "recorded_on": e.recorded_on.isoformat(),
            **e.amounts,
        }
        if e.form:
            fields["form"] = parse(pb.ReservedLandForm, e.form)
        await call(getattr(stub, name), message(**fields), f"ledger:{e.key}")


async def _deal(call: Caller, stub: Any, n: int, deal: tuple[str, str, int, Any]) -> None:
    code, kind, amount, on = deal
    request = pb.RecordAssetDealRequest(
        division_code=code,
        deal_kind=parse(pb.DealKind, kind),
        amount_yuan=amount,
        deal_on=on.isoformat(),
        description="集体厂房出租",
    )
    await call(stub.RecordAssetDeal, request, f"deal:{code}:{n}")
