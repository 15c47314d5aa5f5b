"""Shared pieces of the `frontline cadre` commands: the stub, ids, a short answer."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.cli.client import channel_for
from frontline.cli.output import emit_json

CadreId = Annotated[str, typer.Argument(help="Cadre id")]
ProcedureId = Annotated[str, typer.Argument(help="Appointment procedure id")]


def stub() -> CadreServiceStub:
    return CadreServiceStub(channel_for("cadre"))  # type: ignore[no-untyped-call]


def done(reply: Any, as_json: bool, text: str) -> None:
    if as_json:
        emit_json(reply)
    else:
        typer.echo(text)
