"""Dispute RPCs: register, escalate, resolve, confirm, follow up, close, divert, look-ups."""

from __future__ import annotations

from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.api import register_messages as messages
from frontline.discipline.api.base import RpcBase
from frontline.discipline.domain import dispute_commands as cmd
from frontline.discipline.domain.dispute_vocabulary import (
    DisputeStatus,
    DisputeType,
    DiversionRoute,
    RiskLevel,
)
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.use_cases import disputes
from frontline.discipline.use_cases.ports import DisputeFilter
from frontline.kernel import convert as cv

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers

# Money in yuan: a county's disputes stay well below ten billion.
MOST_YUAN = 10_000_000_000
MOST_PARTIES = 100_000


class DisputeRpcs(RpcBase):
    async def _dispute_on(self, request: Any, command: Any) -> pb.Dispute:
        dispute_id = cv.identifier(request.dispute_id, "dispute_id")
        return messages.dispute(await disputes.act_on_dispute(self.ports, dispute_id, command))

    async def RegisterDispute(
        self, request: pb.RegisterDisputeRequest, context: Ctx
    ) -> pb.RegisterDisputeResponse:
        registration = disputes.Registration(
            division_code=cv.text(request.division_code, "division_code", 12, required=True),
            dispute_type=cv.enum_in(
                pb.DisputeType, request.dispute_type, DisputeType, "dispute_type"
            ),
            risk_level=cv.enum_in(pb.RiskLevel, request.risk_level, RiskLevel, "risk_level"),
            amount_yuan=cv.optional_whole(request.amount_yuan, "amount_yuan", 1, MOST_YUAN),
            parties=cv.whole(request.parties, "parties", 1, MOST_PARTIES),
            summary=cv.text(request.summary, "summary", cv.TEXT, required=True, lines=True),
            registered_on=self._day(request.registered_on, "registered_on"),
        )
        dispute = await disputes.register_dispute(self.ports, registration)
        return pb.RegisterDisputeResponse(dispute=messages.dispute(dispute))

    async def EscalateDispute(
        self, request: pb.EscalateDisputeRequest, context: Ctx
    ) -> pb.EscalateDisputeResponse:
        command = cmd.EscalateDispute(
            escalated_on=self._day(request.escalated_on, "escalated_on"),
            reason=cv.text(request.reason, "reason", cv.TEXT, lines=True),
        )
        return pb.EscalateDisputeResponse(dispute=await self._dispute_on(request, command))

    async def ResolveDispute(
        self, request: pb.ResolveDisputeRequest, context: Ctx
    ) -> pb.ResolveDisputeResponse:
        dispute = await disputes.resolve_dispute(
            self.ports,
            cv.identifier(request.dispute_id, "dispute_id"),
            self._day(request.resolved_on, "resolved_on"),
            request.seek_judicial_confirmation,
            cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        return pb.ResolveDisputeResponse(dispute=messages.dispute(dispute))

    async def ApplyJudicialConfirmation(
        self, request: pb.ApplyJudicialConfirmationRequest, context: Ctx
    ) -> pb.ApplyJudicialConfirmationResponse:
        command = cmd.ApplyJudicialConfirmation(
            applied_on=self._day(request.applied_on, "applied_on")
        )
        return pb.ApplyJudicialConfirmationResponse(
            dispute=await self._dispute_on(request, command)
        )

    async def FollowUpDispute(
        self, request: pb.FollowUpDisputeRequest, context: Ctx
    ) -> pb.FollowUpDisputeResponse:
        command = cmd.FollowUpDispute(
            followed_up_on=self._day(request.followed_up_on, "followed_up_on"),
            note=cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        return pb.FollowUpDisputeResponse(dispute=await self._dispute_on(request, command))

    async def CloseDispute(
        self, request: pb.CloseDisputeRequest, context: Ctx
    ) -> pb.CloseDisputeResponse:
        command = cmd.CloseDispute(closed_on=self._day(request.closed_on, "closed_on"))
        return pb.CloseDisputeResponse(dispute=await self._dispute_on(request, command))

    async def DivertDispute(
        self, request: pb.DivertDisputeRequest, context: Ctx
    ) -> pb.DivertDisputeResponse:
        command = cmd.DivertDispute(
            route=cv.enum_in(pb.DiversionRoute, request.route, DiversionRoute, "route"),
            diverted_on=self._day(request.diverted_on, "diverted_on"),
            reason=cv.text(request.reason, "reason", cv.TEXT, lines=True),
        )
        return pb.DivertDisputeResponse(dispute=await self._dispute_on(request, command))

    async def GetDispute(
        self, request: pb.GetDisputeRequest, context: Ctx
    ) -> pb.GetDisputeResponse:
        dispute_id = cv.identifier(request.dispute_id, "dispute_id")
        dispute = await disputes.get_dispute(self.ports, dispute_id)
        return pb.GetDisputeResponse(dispute=messages.dispute(dispute))

    async def ListDisputes(
        self, request: pb.ListDisputesRequest, context: Ctx
    ) -> pb.ListDisputesResponse:
        page = cv.page(request.page_size, request.page_token)
        where = DisputeFilter(
            prefix=request.division_code_prefix,
            status=cv.optional_enum(pb.DisputeStatus, request.status, DisputeStatus, "status"),
            dispute_type=cv.optional_enum(
                pb.DisputeType, request.dispute_type, DisputeType, "dispute_type"
            ),
            level=cv.optional_enum(pb.DivisionLevel, request.level, DivisionLevel, "level"),
        )
        found = await disputes.list_disputes(self.ports, where, page)
        return pb.ListDisputesResponse(
            disputes=[messages.dispute(d) for d in found], next_page_token=page.next_token(found)
        )
