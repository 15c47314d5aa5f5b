"""Shared pieces of the `frontline org` commands: the stub, enum names, options."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.cli.client import channel_for

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]
Day = Annotated[str, typer.Option(help="YYYY-MM-DD (default: today)")]


def stub() -> pb_grpc.OrganizationServiceStub:
    return pb_grpc.OrganizationServiceStub(channel_for("organization"))  # type: ignore[no-untyped-call]


def enum_value(enum: EnumTypeWrapper, value: str, option: str) -> Any:
    """'village' → ORG_LEVEL_VILLAGE; empty → UNSPECIFIED."""
    if not value:
        return 0
    prefix = enum.Name(0).removesuffix("UNSPECIFIED")
    name = prefix + value.upper().replace("-", "_")
    names = list(enum.keys())
    if name not in names:
        choices = ", ".join(k.removeprefix(prefix).lower() for k in names[1:])
        raise typer.BadParameter(f"one of: {choices}", param_hint=option)
    return enum.Value(name)


def label(enum: EnumTypeWrapper, value: int) -> str:
    prefix = enum.Name(0).removesuffix("UNSPECIFIED")
    return "" if value == 0 else enum.Name(value).removeprefix(prefix).lower()
