"""Appointment RPCs (选拔任用): nominate, inspect, public notice, an objection during it
and its check, withdraw, elected posts, leaving a post; a unit's posts and the
procedures in progress."""

from __future__ import annotations

from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.api import messages
from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.use_cases import appointments, registry
from frontline.cadre.use_cases.ports import Ports
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
# The commands' own limit on a withdrawal's reason.
_REASON = 500


class AppointmentRpcs:
    ports: Ports

    async def NominateCadre(
        self, request: pb.NominateCadreRequest, context: Ctx
    ) -> pb.NominateCadreResponse:
        nomination = appointments.Nomination(
            cadre_id=cv.identifier(request.cadre_id, "cadre_id"),
            org_unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            post=messages.word(pb.Post, request.post, "post"),
            term_end=cv.optional_day(request.term_end, "term_end"),
            also_village_head=request.also_village_head,
            nominated_on=cv.day(request.nominated_on, "nominated_on", self.ports.today()),
        )
        procedure_id = await appointments.nominate(self.ports, nomination)
        return pb.NominateCadreResponse(procedure_id=procedure_id)

    async def RecordInspection(
        self, request: pb.RecordInspectionRequest, context: Ctx
    ) -> pb.RecordInspectionResponse:
        procedure_id = cv.identifier(request.procedure_id, "procedure_id")
        if request.integrity_opinion != pb.INTEGRITY_OPINION_UNSPECIFIED:
            # Refused, not ignored: a caller must not believe the opinion it sent counts.
            raise InvalidArgument.field(
                "integrity_opinion",
                "the integrity opinion (廉洁意见) comes from the discipline service; leave it unset",
                "OPINION_FROM_DISCIPLINE",
            )
        command = cmd.RecordInspection(
            procedure_id=procedure_id,
            inspected_on=cv.day(request.inspected_on, "inspected_on", self.ports.today()),
            summary=cv.text(request.summary, "summary", cv.TEXT, lines=True),
        )
        await appointments.act_on_procedure(self.ports, procedure_id, command)
        return pb.RecordInspectionResponse()

    async def StartPublicNotice(
        self, request: pb.StartPublicNoticeRequest, context: Ctx
    ) -> pb.StartPublicNoticeResponse:
        ends_on, provisional = await appointments.start_public_notice(
            self.ports,
            cv.identifier(request.procedure_id, "procedure_id"),
            cv.day(request.starts_on, "starts_on", self.ports.today()),
        )
        return pb.StartPublicNoticeResponse(ends_on=cv.iso(ends_on), provisional=provisional)

    async def ReportNoticeObjection(
        self, request: pb.ReportNoticeObjectionRequest, context: Ctx
    ) -> pb.ReportNoticeObjectionResponse:
        await appointments.report_objection(
            self.ports,
            cv.identifier(request.procedure_id, "procedure_id"),
            cv.day(request.reported_on, "reported_on", self.ports.today()),
        )
        return pb.ReportNoticeObjectionResponse()

    async def CheckNoticeObjection(
        self, request: pb.CheckNoticeObjectionRequest, context: Ctx
    ) -> pb.CheckNoticeObjectionResponse:
        stage = await appointments.check_objection(
            self.ports,
            cv.identifier(request.procedure_id, "procedure_id"),
            messages.word(pb.ObjectionOutcome, request.outcome, "outcome"),
            cv.day(request.checked_on, "checked_on", self.ports.today()),
        )
        return pb.CheckNoticeObjectionResponse(stage=stage)

    async def WithdrawAppointment(
        self, request: pb.WithdrawAppointmentRequest, context: Ctx
    ) -> pb.WithdrawAppointmentResponse:
        procedure_id = cv.identifier(request.procedure_id, "procedure_id")
        command = cmd.WithdrawAppointment(
            procedure_id=procedure_id,
            withdrawn_on=cv.day(request.withdrawn_on, "withdrawn_on", self.ports.today()),
            reason=cv.text(request.reason, "reason", _REASON, lines=True),
        )
        await appointments.act_on_procedure(self.ports, procedure_id, command)
        return pb.WithdrawAppointmentResponse()

    async def AppointFromElection(
        self, request: pb.AppointFromElectionRequest, context: Ctx
    ) -> pb.AppointFromElectionResponse:
        election = appointments.Election(
            cadre_id=cv.identifier(request.cadre_id, "cadre_id"),
            org_unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            post=messages.word(pb.Post, request.post, "post"),
            election_ref=cv.text(request.election_ref, "election_ref", cv.TITLE, required=True),
            term_end=cv.optional_day(request.term_end, "term_end"),
            also_village_head=request.also_village_head,
            appointed_on=cv.day(request.appointed_on, "appointed_on", self.ports.today()),
        )
        await appointments.appoint_from_election(self.ports, election)
        return pb.AppointFromElectionResponse()

    async def LeavePost(self, request: pb.LeavePostRequest, context: Ctx) -> pb.LeavePostResponse:
        # Leaving needs no live unit: a dissolved unit's cadres must still be able to leave.
        command = cmd.LeavePost(
            org_unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            post=messages.word(pb.Post, request.post, "post"),
            reason=messages.word(pb.LeaveReason, request.reason, "reason"),
            left_on=cv.day(request.left_on, "left_on", self.ports.today()),
        )
        cadre_id = cv.identifier(request.cadre_id, "cadre_id")
        await registry.act_on_cadre(self.ports, cadre_id, command)
        return pb.LeavePostResponse()

    async def ListUnitPosts(
        self, request: pb.ListUnitPostsRequest, context: Ctx
    ) -> pb.ListUnitPostsResponse:
        org_unit_id = cv.identifier(request.org_unit_id, "org_unit_id")
        found = await appointments.list_unit_posts(self.ports, org_unit_id)
        return pb.ListUnitPostsResponse(posts=[messages.holding(h) for h in found])

    async def ListAppointmentProcedures(
        self, request: pb.ListAppointmentProceduresRequest, context: Ctx
    ) -> pb.ListAppointmentProceduresResponse:
        found = await appointments.list_procedures(
            self.ports, request.division_code, request.include_finished
        )
        return pb.ListAppointmentProceduresResponse(
            procedures=[messages.procedure(v) for v in found]
        )
