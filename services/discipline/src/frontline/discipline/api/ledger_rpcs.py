"""Sweep and ledger RPCs: reports and duties; entries with quantities, deals, look-ups."""

from __future__ import annotations

import math
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.api import register_messages as messages
from frontline.discipline.api.base import RpcBase
from frontline.discipline.domain import ledger as lg
from frontline.discipline.domain.ledger_events import DealKind, ReservedLandForm
from frontline.discipline.use_cases import ledgers, sweeps
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers

MOST_YUAN = 10_000_000_000
MOST_PEOPLE = 1_000_000
MOST_MU = 1_000_000.0


def _mu(value: float, field: str) -> float:
    """An area in mu, to the hundredth."""
    if not math.isfinite(value) or not 0 <= value <= MOST_MU:
        raise InvalidArgument.field(
            field, "must be between {low} and {high} mu", "OUT_OF_RANGE", low=0, high=int(MOST_MU)
        )
    return round(value, 2)


def _division(request: Any) -> str:
    return cv.text(request.division_code, "division_code", 12, required=True)


class LedgerRpcs(RpcBase):
    def _yuan(self, value: int, field: str) -> int:
        return cv.whole(value, field, 0, MOST_YUAN)

    def _count(self, value: int, field: str) -> int:
        return cv.whole(value, field, 0, MOST_PEOPLE)

    def _note(self, value: str) -> str:
        return cv.text(value, "note", cv.TEXT, lines=True)

    async def FileSweepReport(
        self, request: pb.FileSweepReportRequest, context: Ctx
    ) -> pb.FileSweepReportResponse:
        swept_on = self._day(request.swept_on, "swept_on")
        record = await sweeps.file_sweep_report(
            self.ports,
            _division(request),
            cv.day(request.period_day, "period_day", swept_on, latest=self.ports.today()),
            swept_on,
            self._count(request.disputes_found, "disputes_found"),
            self._note(request.note),
        )
        return pb.FileSweepReportResponse(sweep=messages.sweep(record))

    async def GetSweepDuty(
        self, request: pb.GetSweepDutyRequest, context: Ctx
    ) -> pb.GetSweepDutyResponse:
        duty = await sweeps.get_sweep_duty(self.ports, _division(request))
        return pb.GetSweepDutyResponse(duty=messages.duty(duty))

    async def ListSweeps(
        self, request: pb.ListSweepsRequest, context: Ctx
    ) -> pb.ListSweepsResponse:
        page = cv.page(request.page_size, request.page_token)
        period = (
            cv.optional_day(request.from_day, "from_day"),
            cv.optional_day(request.to_day, "to_day"),
        )
        found = await sweeps.list_sweeps(self.ports, request.division_code_prefix, period, page)
        return pb.ListSweepsResponse(
            sweeps=[messages.sweep(r) for r in found], next_page_token=page.next_token(found)
        )

    async def _entry(self, command: Any) -> pb.Ledger:
        return messages.ledger(await ledgers.record_entry(self.ports, command))

    async def RecordCompensationArrears(
        self, request: pb.RecordCompensationArrearsRequest, context: Ctx
    ) -> pb.RecordCompensationArrearsResponse:
        command = lg.RecordCompensationArrears(
            division_code=_division(request),
            owed_yuan=self._yuan(request.owed_yuan, "owed_yuan"),
            paid_yuan=self._yuan(request.paid_yuan, "paid_yuan"),
            recovered_yuan=self._yuan(request.recovered_yuan, "recovered_yuan"),
            recorded_on=self._day(request.recorded_on, "recorded_on"),
            note=self._note(request.note),
        )
        return pb.RecordCompensationArrearsResponse(ledger=await self._entry(command))

    async def RecordReservedLand(
        self, request: pb.RecordReservedLandRequest, context: Ctx
    ) -> pb.RecordReservedLandResponse:
        command = lg.RecordReservedLand(
            division_code=_division(request),
            owed_mu=_mu(request.owed_mu, "owed_mu"),
            fulfilled_mu=_mu(request.fulfilled_mu, "fulfilled_mu"),
            form=cv.optional_enum(pb.ReservedLandForm, request.form, ReservedLandForm, "form"),
            recorded_on=self._day(request.recorded_on, "recorded_on"),
            note=self._note(request.note),
        )
        return pb.RecordReservedLandResponse(ledger=await self._entry(command))

    async def RecordPensionCohort(
        self, request: pb.RecordPensionCohortRequest, context: Ctx
    ) -> pb.RecordPensionCohortResponse:
        command = lg.RecordPensionCohort(
            division_code=_division(request),
            entitled=self._count(request.entitled, "entitled"),
            enrolled=self._count(request.enrolled, "enrolled"),
            recorded_on=self._day(request.recorded_on, "recorded_on"),
        )
        return pb.RecordPensionCohortResponse(ledger=await self._entry(command))

    async def RecordThreeCapitals(
        self, request: pb.RecordThreeCapitalsRequest, context: Ctx
    ) -> pb.RecordThreeCapitalsResponse:
        command = lg.RecordThreeCapitals(
            division_code=_division(request),
            items_inventoried=self._count(request.items_inventoried, "items_inventoried"),
            contracts_found=self._count(request.contracts_found, "contracts_found"),
            contracts_corrected=self._count(request.contracts_corrected, "contracts_corrected"),
            funds_recovered_yuan=self._yuan(request.funds_recovered_yuan, "funds_recovered_yuan"),
            recorded_on=self._day(request.recorded_on, "recorded_on"),
            note=self._note(request.note),
        )
        return pb.RecordThreeCapitalsResponse(ledger=await self._entry(command))

    async def RecordAssetDeal(
        self, request: pb.RecordAssetDealRequest, context: Ctx
    ) -> pb.RecordAssetDealResponse:
        deal = ledgers.Deal(
            division_code=_division(request),
            deal_kind=cv.enum_in(pb.DealKind, request.deal_kind, DealKind, "deal_kind"),
            amount_yuan=self._yuan(request.amount_yuan, "amount_yuan"),
            deal_on=self._day(request.deal_on, "deal_on"),
            decision_id=cv.optional_identifier(request.decision_id, "decision_id"),
            description=cv.text(request.description, "description", cv.TEXT, lines=True),
        )
        ledger = await ledgers.record_asset_deal(self.ports, deal)
        return pb.RecordAssetDealResponse(ledger=messages.ledger(ledger))

    async def GetLedger(self, request: pb.GetLedgerRequest, context: Ctx) -> pb.GetLedgerResponse:
        ledger = await ledgers.get_ledger(self.ports, _division(request))
        return pb.GetLedgerResponse(ledger=messages.ledger(ledger))

    async def ListLedgers(
        self, request: pb.ListLedgersRequest, context: Ctx
    ) -> pb.ListLedgersResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await ledgers.list_ledgers(self.ports, request.division_code_prefix, page)
        return pb.ListLedgersResponse(
            ledgers=[messages.ledger(v) for v in found], next_page_token=page.next_token(found)
        )
