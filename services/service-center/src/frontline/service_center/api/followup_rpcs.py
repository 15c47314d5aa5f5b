"""RPCs that work a request: extensions, reminders, resolution, return visits, closing,
reopening, transferring a complaint."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.service_center.api import messages
from frontline.service_center.domain.vocabulary import VisitOutcome
from frontline.service_center.use_cases import request_followup as followup
from frontline.service_center.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers


class FollowupRpcs:
    ports: Ports

    def _day(self, value: str, field: str) -> date:
        """A day that has come (empty: today)."""
        today = self.ports.today()
        return cv.day(value, field, today, latest=today)

    def _reason(self, value: str) -> str:
        return cv.text(value, "reason", cv.TEXT, required=True, lines=True)

    async def ApplyForExtension(
        self, request: pb.ApplyForExtensionRequest, context: Ctx
    ) -> pb.ApplyForExtensionResponse:
        extended = await followup.apply_for_extension(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.day(request.requested_due_on, "requested_due_on"),
            self._reason(request.reason),
        )
        return pb.ApplyForExtensionResponse(request=messages.request(extended))

    async def GrantExtension(
        self, request: pb.GrantExtensionRequest, context: Ctx
    ) -> pb.GrantExtensionResponse:
        granted = await followup.grant_extension(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.optional_day(request.due_on, "due_on"),
        )
        return pb.GrantExtensionResponse(request=messages.request(granted))

    async def DeclineExtension(
        self, request: pb.DeclineExtensionRequest, context: Ctx
    ) -> pb.DeclineExtensionResponse:
        declined = await followup.decline_extension(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            self._reason(request.reason),
        )
        return pb.DeclineExtensionResponse(request=messages.request(declined))

    async def RemindRequest(
        self, request: pb.RemindRequestRequest, context: Ctx
    ) -> pb.RemindRequestResponse:
        reminded = await followup.remind_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        return pb.RemindRequestResponse(request=messages.request(reminded))

    async def ResolveRequest(
        self, request: pb.ResolveRequestRequest, context: Ctx
    ) -> pb.ResolveRequestResponse:
        resolved = await followup.resolve_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.text(request.summary, "summary", cv.TEXT, required=True, lines=True),
            self._day(request.resolved_on, "resolved_on"),
        )
        return pb.ResolveRequestResponse(request=messages.request(resolved))

    async def RecordReturnVisit(
        self, request: pb.RecordReturnVisitRequest, context: Ctx
    ) -> pb.RecordReturnVisitResponse:
        visited = await followup.record_return_visit(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.enum_in(pb.VisitOutcome, request.outcome, VisitOutcome, "outcome"),
            self._day(request.visited_on, "visited_on"),
            cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        return pb.RecordReturnVisitResponse(request=messages.request(visited))

    async def CloseRequest(
        self, request: pb.CloseRequestRequest, context: Ctx
    ) -> pb.CloseRequestResponse:
        closed = await followup.close_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            self._day(request.closed_on, "closed_on"),
        )
        return pb.CloseRequestResponse(request=messages.request(closed))

    async def ReopenRequest(
        self, request: pb.ReopenRequestRequest, context: Ctx
    ) -> pb.ReopenRequestResponse:
        reopened = await followup.reopen_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            self._reason(request.reason),
            self._day(request.reopened_on, "reopened_on"),
        )
        return pb.ReopenRequestResponse(request=messages.request(reopened))

    async def TransferComplaint(
        self, request: pb.TransferComplaintRequest, context: Ctx
    ) -> pb.TransferComplaintResponse:
        transferred = await followup.transfer_complaint(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            request.requester_consented,
            self._day(request.consent_recorded_on, "consent_recorded_on"),
            cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        return pb.TransferComplaintResponse(request=messages.request(transferred))
