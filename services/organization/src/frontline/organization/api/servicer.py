"""The gRPC servicer of ``frontline.api.organization.v1.OrganizationService``.

Thin mappers: each RPC turns its request into checked values (frontline.kernel.convert),
calls one use case, and turns the view it returns into the reply.
"""

from __future__ import annotations

from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.organization.api.decision_rpcs import DecisionRpcs
from frontline.organization.api.duty_rpcs import DutyRpcs
from frontline.organization.api.meeting_rpcs import MeetingRpcs
from frontline.organization.api.order_rpcs import OrderRpcs
from frontline.organization.api.unit_rpcs import UnitRpcs
from frontline.organization.use_cases.ports import Ports


class OrganizationServicer(
    UnitRpcs,
    DecisionRpcs,
    MeetingRpcs,
    DutyRpcs,
    OrderRpcs,
    pb_grpc.OrganizationServiceServicer,
):
    def __init__(self, ports: Ports) -> None:
        self.ports = ports
