"""The dashboard's supervision orders: issued from an alert, acknowledged and reported.

Headquarters holds no authority of its own here. Each request is forwarded to the
organization service's gRPC API with the signed-in operator's own token (the session
cookie), so the organization service decides and audits it as any call of that
operator — exactly what the CLI would send. Headquarters never calls another service
for itself (DESIGN.md §2): it is the operator's client, a same-origin gateway for the
browser, which cannot speak gRPC. Its own figures still come only from public events.

Routes: ``GET /api/orders`` (orders to the operator's unit, and those it issued, still
open), ``POST /api/orders`` (issue from an alert), ``POST /api/orders/{id}/acknowledge``
and ``POST /api/orders/{id}/report``. Writes pass ``dashboard_writes`` first.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, cast

import grpc
from aiohttp import web
from google.protobuf.json_format import MessageToDict

from frontline.api.organization.v1 import organization_pb2 as org
from frontline.api.organization.v1 import organization_pb2_grpc as org_grpc
from frontline.headquarters.dashboard_session import SESSION, Session
from frontline.headquarters.dashboard_writes import refusal

ISSUERS = frozenset({"county_admin", "township_operator"})
RECEIVERS = frozenset({"township_operator", "village_operator"})
# A county issues to its townships (9 digits), a township to its villages (12).
BELOW = {6: 9, 9: 12}
STATUS = {
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.UNAUTHENTICATED: 401,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.FAILED_PRECONDITION: 409,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DEADLINE_EXCEEDED: 503,
}


def _json(data: object, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _order(message: org.SupervisionOrder) -> dict[str, Any]:
    data = MessageToDict(message, preserving_proto_field_name=True)
    data["state"] = (
        org.SupervisionOrderState.Name(message.state)
        .removeprefix("SUPERVISION_ORDER_STATE_")
        .lower()
    )
    return data


def may_issue(session: Session) -> bool:
    p = session.principal
    return bool(p.roles & ISSUERS) and len(p.scope) in BELOW


def may_receive(session: Session) -> bool:
    return bool(session.principal.roles & RECEIVERS)


class OrderDesk:
    def __init__(self, organization_address: str) -> None:
        self.address = organization_address
        self._channel: grpc.aio.Channel | None = None

    def stub(self) -> org_grpc.OrganizationServiceStub:
        if self._channel is None:
            self._channel = grpc.aio.insecure_channel(self.address)
        return org_grpc.OrganizationServiceStub(self._channel)  # type: ignore[no-untyped-call]

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close(None)

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/api/orders", self.listed)
        app.router.add_post("/api/orders", self.issue)
        app.router.add_post("/api/orders/{order_id}/acknowledge", self.acknowledge)
        app.router.add_post("/api/orders/{order_id}/report", self.report)

    async def _call(self, session: Session, method: str, request: Any) -> Any:
        """The operator's own call: their token, their authority."""
        metadata = (("authorization", f"Bearer {session.token}"),)
        return await getattr(self.stub(), method)(request, metadata=metadata, timeout=15)

    async def _forward(
        self, request: web.Request, build: Callable[[Session, dict[str, Any]], Awaitable[Any]]
    ) -> web.StreamResponse:
        session: Session = request[SESSION]
        why = refusal(request, session.token)
        if why is not None:
            return _json({"error": why}, 403)
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _json({"error": "请求内容不是 JSON 对象。"}, 400)
        try:
            return _json({"order": _order(await build(session, body))})
        except Refused as exc:
            return _json({"error": str(exc)}, exc.status)
        except grpc.aio.AioRpcError as exc:
            status = STATUS.get(exc.code(), 502)
            return _json(
                {"error": exc.details() or exc.code().name, "code": exc.code().name}, status
            )

    async def listed(self, request: web.Request) -> web.Response:
        session: Session = request[SESSION]
        scope = session.principal.scope
        try:
            reply = await self._call(
                session,
                "ListSupervisionOrders",
                org.ListSupervisionOrdersRequest(
                    division_code_prefix=scope, open_only=True, page_size=200
                ),
            )
        except grpc.aio.AioRpcError as exc:
            return _json({"error": exc.details() or exc.code().name}, STATUS.get(exc.code(), 502))
        orders = [_order(o) for o in reply.orders]
        return _json(
            {
                "received": [o for o in orders if o["division_code"] == scope],
                "issued": [o for o in orders if o.get("issuer_division_code") == scope],
            }
        )

    async def issue(self, request: web.Request) -> web.StreamResponse:
        return await self._forward(request, self._issue)

    async def _issue(self, session: Session, body: dict[str, Any]) -> org.SupervisionOrder:
        """From an alert on ``division_code``: to the unit directly below the operator's
        own on the way to it (the township of a village, for the county)."""
        scope, code = session.principal.scope, str(body.get("division_code", ""))
        length = BELOW.get(len(scope))
        if length is None or len(code) < length or not code.startswith(scope) or not code.isdigit():
            raise Refused(400, "该预警单位不在本级的下一级范围内，无法督办。")
        unit = await self._call(
            session, "GetOrgUnit", org.GetOrgUnitRequest(division_code=code[:length])
        )
        reply = await self._call(
            session,
            "IssueSupervisionOrder",
            org.IssueSupervisionOrderRequest(
                org_unit_id=unit.org_unit.org_unit_id,
                title=str(body.get("title", "")),
                content=str(body.get("content", "")),
                working_days=_int(body.get("working_days")),
                alert_kind=str(body.get("alert_kind", "")),
                concerning_division_code=code if len(code) > length else "",
            ),
        )
        return cast(org.SupervisionOrder, reply.order)

    async def acknowledge(self, request: web.Request) -> web.StreamResponse:
        async def build(session: Session, body: dict[str, Any]) -> org.SupervisionOrder:
            message = org.AcknowledgeSupervisionOrderRequest(
                order_id=request.match_info["order_id"]
            )
            reply = await self._call(session, "AcknowledgeSupervisionOrder", message)
            return cast(org.SupervisionOrder, reply.order)

        return await self._forward(request, build)

    async def report(self, request: web.Request) -> web.StreamResponse:
        async def build(session: Session, body: dict[str, Any]) -> org.SupervisionOrder:
            message = org.ReportSupervisionOrderRequest(
                order_id=request.match_info["order_id"], summary=str(body.get("summary", ""))
            )
            reply = await self._call(session, "ReportSupervisionOrder", message)
            return cast(org.SupervisionOrder, reply.order)

        return await self._forward(request, build)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class Refused(Exception):
    """A request the dashboard answers itself, before anything is forwarded."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
