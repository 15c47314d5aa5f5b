"""Dispute, sweep and ledger views to proto messages."""

from __future__ import annotations

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.domain.ledger_events import ReservedLandForm
from frontline.discipline.views import DisputeView, LedgerView, SweepDuty, SweepRecord
from frontline.kernel import convert as cv


def dispute(v: DisputeView) -> pb.Dispute:
    return pb.Dispute(
        dispute_id=v.dispute_id,
        division_code=v.division_code,
        dispute_type=cv.enum_out(pb.DisputeType, v.dispute_type),
        risk_level=cv.enum_out(pb.RiskLevel, v.risk_level),
        amount_yuan=v.amount_yuan or 0,
        parties=v.parties,
        summary=v.summary,
        registered_on=cv.iso(v.registered_on),
        registered_level=cv.enum_out(pb.DivisionLevel, v.registered_level),
        level=cv.enum_out(pb.DivisionLevel, v.level),
        status=cv.enum_out(pb.DisputeStatus, v.status),
        resolved_on=cv.iso(v.resolved_on),
        resolution_note=v.resolution_note,
        confirmation_due_on=cv.iso(v.confirmation_due_on),
        confirmation_applied_on=cv.iso(v.confirmation_applied_on),
        confirmation_lapsed=v.confirmation_lapsed,
        follow_ups=v.follow_ups,
        followed_up_on=cv.iso(v.followed_up_on),
        closed_on=cv.iso(v.closed_on),
        route=cv.enum_out(pb.DiversionRoute, v.route),
        diverted_on=cv.iso(v.diverted_on),
    )


def sweep(r: SweepRecord) -> pb.SweepRecord:
    return pb.SweepRecord(
        division_code=r.division_code,
        level=cv.enum_out(pb.DivisionLevel, r.level),
        period=r.period,
        period_starts_on=cv.iso(r.period_starts_on),
        period_ends_on=cv.iso(r.period_ends_on),
        reported=r.reported,
        swept_on=cv.iso(r.swept_on),
        disputes_found=r.disputes_found,
        nil_report=r.reported and r.disputes_found == 0,
        on_time=r.on_time,
        missed=r.missed,
    )


def duty(d: SweepDuty) -> pb.SweepDuty:
    return pb.SweepDuty(
        division_code=d.division_code,
        level=cv.enum_out(pb.DivisionLevel, d.level),
        active=d.active,
        next_period=d.next_period or "",
        next_period_ends_on=cv.iso(d.next_period_ends_on),
    )


def ledger(v: LedgerView) -> pb.Ledger:
    message = pb.Ledger(
        division_code=v.division_code,
        arrears=pb.ArrearsTotals(
            owed_yuan=v.arrears_owed_yuan,
            paid_yuan=v.arrears_paid_yuan,
            recovered_yuan=v.arrears_recovered_yuan,
            outstanding_yuan=v.arrears_owed_yuan - v.arrears_paid_yuan,
        ),
        reserved_land=pb.ReservedLandTotals(
            owed_mu=v.reserved_owed_mu,
            land_mu=v.fulfilled_mu(ReservedLandForm.LAND),
            property_mu=v.fulfilled_mu(ReservedLandForm.PROPERTY),
            cash_mu=v.fulfilled_mu(ReservedLandForm.CASH),
        ),
        pension=pb.PensionTotals(entitled=v.pension_entitled, enrolled=v.pension_enrolled),
        three_capitals=pb.ThreeCapitalsTotals(
            items_inventoried=v.items_inventoried,
            contracts_found=v.contracts_found,
            contracts_corrected=v.contracts_corrected,
            funds_recovered_yuan=v.funds_recovered_yuan,
        ),
        last_on=cv.iso(v.last_on),
    )
    for d in v.deals:
        message.deals.add(
            deal_id=d.deal_id,
            deal_kind=cv.enum_out(pb.DealKind, d.deal_kind),
            amount_yuan=d.amount_yuan,
            deal_on=cv.iso(d.deal_on),
            decision_id=d.decision_id or "",
            decision_backed=d.decision_backed,
        )
    return message
