"""The gRPC servicer of ``frontline.api.service_center.v1.ServiceCenterService``.

Thin mappers: each RPC turns its request into checked values (frontline.kernel.convert,
api/checks.py), calls one use case, and turns the view it returns into the reply.
"""

from __future__ import annotations

from frontline.api.service_center.v1 import service_center_pb2_grpc as pb_grpc
from frontline.service_center.api.centre_rpcs import CentreRpcs
from frontline.service_center.api.followup_rpcs import FollowupRpcs
from frontline.service_center.api.import_rpcs import ImportRpcs
from frontline.service_center.api.report_rpcs import ReportRpcs
from frontline.service_center.api.request_rpcs import RequestRpcs
from frontline.service_center.use_cases.ports import Ports


class ServiceCenterServicer(
    CentreRpcs,
    RequestRpcs,
    FollowupRpcs,
    ReportRpcs,
    ImportRpcs,
    pb_grpc.ServiceCenterServiceServicer,
):
    def __init__(self, ports: Ports) -> None:
        self.ports = ports
