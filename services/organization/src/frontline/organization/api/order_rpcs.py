"""Supervision order RPCs (督办单): issue, the receiving unit's and the issuer's steps."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.api import command_messages as messages
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain.order_records import OrderStatus
from frontline.organization.domain.order_state import OrderState
from frontline.organization.use_cases import orders
from frontline.organization.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
_MOST_DAYS = 250  # a year of working days: bounds any deadline a client can ask for


class OrderRpcs:
    ports: Ports

    def _out(self, state: OrderState) -> pb.SupervisionOrder:
        return messages.order(state, self.ports.today())

    def _id(self, request: Any) -> str:
        return cv.identifier(request.order_id, "order_id")

    def _day(self, value: str, field: str) -> Any:
        return cv.day(value, field, self.ports.today())

    async def IssueSupervisionOrder(
        self, request: pb.IssueSupervisionOrderRequest, context: Ctx
    ) -> pb.IssueSupervisionOrderResponse:
        issue = orders.Issue(
            receiver_unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            title=cv.text(request.title, "title", cv.TITLE, required=True),
            content=cv.text(request.content, "content", cv.TEXT, lines=True),
            working_days=cv.whole(request.working_days, "working_days", 1, _MOST_DAYS),
            alert_kind=messages.alert_kind(request.alert_kind),
            concerning_division_code=messages.division_code(
                request.concerning_division_code, "concerning_division_code"
            ),
            issued_on=self._day(request.issued_on, "issued_on"),
        )
        order = await orders.issue_order(self.ports, issue)
        return pb.IssueSupervisionOrderResponse(order=self._out(order))

    async def AcknowledgeSupervisionOrder(
        self, request: pb.AcknowledgeSupervisionOrderRequest, context: Ctx
    ) -> pb.AcknowledgeSupervisionOrderResponse:
        command = cmd.AcknowledgeOrder(
            acknowledged_on=self._day(request.acknowledged_on, "acknowledged_on"),
            today=self.ports.today(),
        )
        order = await orders.as_receiver(self.ports, self._id(request), command)
        return pb.AcknowledgeSupervisionOrderResponse(order=self._out(order))

    async def ReportSupervisionOrder(
        self, request: pb.ReportSupervisionOrderRequest, context: Ctx
    ) -> pb.ReportSupervisionOrderResponse:
        command = cmd.ReportOrder(
            reported_on=self._day(request.reported_on, "reported_on"),
            summary=cv.text(request.summary, "summary", cv.TEXT, required=True, lines=True),
            today=self.ports.today(),
        )
        order = await orders.as_receiver(self.ports, self._id(request), command)
        return pb.ReportSupervisionOrderResponse(order=self._out(order))

    async def RequestOrderExtension(
        self, request: pb.RequestOrderExtensionRequest, context: Ctx
    ) -> pb.RequestOrderExtensionResponse:
        order = await orders.request_extension(
            self.ports,
            self._id(request),
            cv.whole(request.working_days, "working_days", 1, _MOST_DAYS),
            cv.text(request.reason, "reason", cv.TEXT, required=True, lines=True),
            self._day(request.requested_on, "requested_on"),
        )
        return pb.RequestOrderExtensionResponse(order=self._out(order))

    async def GrantOrderExtension(
        self, request: pb.GrantOrderExtensionRequest, context: Ctx
    ) -> pb.GrantOrderExtensionResponse:
        command = cmd.GrantOrderExtension(
            granted_on=self._day(request.granted_on, "granted_on"), today=self.ports.today()
        )
        order = await orders.as_issuer(self.ports, self._id(request), command)
        return pb.GrantOrderExtensionResponse(order=self._out(order))

    async def DeclineOrderExtension(
        self, request: pb.DeclineOrderExtensionRequest, context: Ctx
    ) -> pb.DeclineOrderExtensionResponse:
        command = cmd.DeclineOrderExtension(
            reason=cv.text(request.reason, "reason", cv.TEXT, required=True, lines=True),
            declined_on=self._day(request.declined_on, "declined_on"),
            today=self.ports.today(),
        )
        order = await orders.as_issuer(self.ports, self._id(request), command)
        return pb.DeclineOrderExtensionResponse(order=self._out(order))

    async def AcceptSupervisionOrder(
        self, request: pb.AcceptSupervisionOrderRequest, context: Ctx
    ) -> pb.AcceptSupervisionOrderResponse:
        command = cmd.AcceptOrder(
            accepted_on=self._day(request.accepted_on, "accepted_on"),
            note=cv.text(request.note, "note", cv.TEXT, lines=True),
            today=self.ports.today(),
        )
        order = await orders.as_issuer(self.ports, self._id(request), command)
        return pb.AcceptSupervisionOrderResponse(order=self._out(order))

    async def ReturnSupervisionOrder(
        self, request: pb.ReturnSupervisionOrderRequest, context: Ctx
    ) -> pb.ReturnSupervisionOrderResponse:
        command = cmd.ReturnOrder(
            reason=cv.text(request.reason, "reason", cv.TEXT, required=True, lines=True),
            returned_on=self._day(request.returned_on, "returned_on"),
            today=self.ports.today(),
        )
        order = await orders.as_issuer(self.ports, self._id(request), command)
        return pb.ReturnSupervisionOrderResponse(order=self._out(order))

    async def GetSupervisionOrder(
        self, request: pb.GetSupervisionOrderRequest, context: Ctx
    ) -> pb.GetSupervisionOrderResponse:
        order = await orders.get_order(self.ports, self._id(request))
        return pb.GetSupervisionOrderResponse(order=self._out(order))

    async def ListSupervisionOrders(
        self, request: pb.ListSupervisionOrdersRequest, context: Ctx
    ) -> pb.ListSupervisionOrdersResponse:
        page = cv.page(request.page_size, request.page_token)
        listing = orders.Listing(
            prefix=request.division_code_prefix,
            receiver_unit_id=cv.optional_identifier(request.org_unit_id, "org_unit_id"),
            issuer_unit_id=cv.optional_identifier(request.issuer_unit_id, "issuer_unit_id"),
            status=cv.optional_enum(pb.SupervisionOrderState, request.state, OrderStatus, "state"),
            open_only=request.open_only,
            overdue_only=request.overdue_only,
        )
        found = await orders.list_orders(self.ports, listing, page)
        return pb.ListSupervisionOrdersResponse(
            orders=[self._out(o) for o in found], next_page_token=page.next_token(found)
        )
