"""The gRPC servicer of ``frontline.api.organization.v1.OrganizationService``."""

from __future__ import annotations

from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.organization.api.decision_rpcs import DecisionRpcs
from frontline.organization.api.meeting_rpcs import MeetingRpcs
from frontline.organization.api.unit_rpcs import UnitRpcs

SERVICE_NAME = "frontline.api.organization.v1.OrganizationService"


class OrganizationServicer(
    UnitRpcs, DecisionRpcs, MeetingRpcs, pb_grpc.OrganizationServiceServicer
):
    """Maps proto requests to commands and queries; the rules live in ``rules``."""
