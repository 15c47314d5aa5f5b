"""The CadreService servicer, assembled from its command and query parts."""

from __future__ import annotations

from frontline.api.cadre.v1 import cadre_pb2_grpc
from frontline.cadre.api.command_rpcs import AppointmentRpcs, DevelopmentRpcs, RegistryRpcs
from frontline.cadre.api.query_rpcs import QueryRpcs, SummaryRpcs


class CadreServicer(
    RegistryRpcs,
    AppointmentRpcs,
    DevelopmentRpcs,
    QueryRpcs,
    SummaryRpcs,
    cadre_pb2_grpc.CadreServiceServicer,
):
    """Every RPC of frontline.api.cadre.v1.CadreService."""
