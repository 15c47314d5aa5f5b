"""Request intake RPCs: submit, assign, sign for, refuse; one request, a list."""

from __future__ import annotations

from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument
from frontline.service_center.api import checks, messages
from frontline.service_center.domain.vocabulary import Channel, RequestKind, RequestStatus
from frontline.service_center.use_cases import requests
from frontline.service_center.use_cases.ports import Ports, RequestFilter

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers


class RequestRpcs:
    ports: Ports

    async def SubmitRequest(
        self, request: pb.SubmitRequestRequest, context: Ctx
    ) -> pb.SubmitRequestResponse:
        today = self.ports.today()
        submission = requests.Submission(
            centre_id=cv.identifier(request.centre_id, "centre_id"),
            line=checks.line(request.line, self.ports.rules),
            kind=cv.enum_in(pb.RequestKind, request.kind, RequestKind, "kind"),
            channel=cv.enum_in(pb.Channel, request.channel, Channel, "channel"),
            requester_name=cv.text(request.requester_name, "requester_name", required=True),
            requester_phone=checks.phone(request.requester_phone),
            description=cv.text(
                request.description, "description", cv.TEXT, required=True, lines=True
            ),
            submitted_on=cv.day(request.submitted_on, "submitted_on", today),
        )
        taken = await requests.submit_request(self.ports, submission)
        return pb.SubmitRequestResponse(request=messages.request(taken))

    async def AssignRequest(
        self, request: pb.AssignRequestRequest, context: Ctx
    ) -> pb.AssignRequestResponse:
        cadre_id = cv.optional_identifier(request.cadre_id, "cadre_id")
        department = (
            checks.department(request.department, self.ports.rules) if request.department else None
        )
        if (cadre_id is None) == (department is None):
            raise InvalidArgument.field(
                "cadre_id", "give a cadre id or a department, not both", "CADRE_OR_DEPARTMENT"
            )
        assigned = await requests.assign_request(
            self.ports, cv.identifier(request.request_id, "request_id"), cadre_id, department
        )
        return pb.AssignRequestResponse(request=messages.request(assigned))

    async def SignForRequest(
        self, request: pb.SignForRequestRequest, context: Ctx
    ) -> pb.SignForRequestResponse:
        signed = await requests.sign_for_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.optional_identifier(request.cadre_id, "cadre_id"),
        )
        return pb.SignForRequestResponse(request=messages.request(signed))

    async def RefuseRequest(
        self, request: pb.RefuseRequestRequest, context: Ctx
    ) -> pb.RefuseRequestResponse:
        refused = await requests.refuse_request(
            self.ports,
            cv.identifier(request.request_id, "request_id"),
            cv.text(request.reason, "reason", cv.TEXT, required=True, lines=True),
        )
        return pb.RefuseRequestResponse(request=messages.request(refused))

    async def GetRequest(
        self, request: pb.GetRequestRequest, context: Ctx
    ) -> pb.GetRequestResponse:
        found = await requests.get_request(
            self.ports, cv.identifier(request.request_id, "request_id")
        )
        return pb.GetRequestResponse(request=messages.detail(found))

    async def ListRequests(
        self, request: pb.ListRequestsRequest, context: Ctx
    ) -> pb.ListRequestsResponse:
        page = cv.page(request.page_size, request.page_token)
        which = RequestFilter(
            prefix=request.division_code_prefix,
            centre_id=cv.optional_identifier(request.centre_id, "centre_id"),
            status=cv.optional_enum(pb.RequestStatus, request.status, RequestStatus, "status"),
            line=checks.optional_line(request.line, self.ports.rules),
            overdue_only=request.overdue_only,
        )
        found = await requests.list_requests(self.ports, which, page)
        return pb.ListRequestsResponse(
            requests=[messages.request(r) for r in found], next_page_token=page.next_token(found)
        )
