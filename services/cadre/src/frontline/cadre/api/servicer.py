"""The gRPC servicer of ``frontline.api.cadre.v1.CadreService``.

Thin mappers: each RPC turns its request into checked values (frontline.kernel.convert),
calls one use case, and turns what it returns into the reply.
"""

from __future__ import annotations

from frontline.api.cadre.v1 import cadre_pb2_grpc as pb_grpc
from frontline.cadre.api.appointment_rpcs import AppointmentRpcs
from frontline.cadre.api.development_rpcs import DevelopmentRpcs
from frontline.cadre.api.registry_rpcs import RegistryRpcs
from frontline.cadre.use_cases.ports import Ports


class CadreServicer(RegistryRpcs, AppointmentRpcs, DevelopmentRpcs, pb_grpc.CadreServiceServicer):
    def __init__(self, ports: Ports) -> None:
        self.ports = ports
