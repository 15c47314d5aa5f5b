"""The organization service's stub, shared by the `frontline org` commands."""

from __future__ import annotations

from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.cli.client import channel_for


def stub() -> pb_grpc.OrganizationServiceStub:
    return pb_grpc.OrganizationServiceStub(channel_for("organization"))  # type: ignore[no-untyped-call]
