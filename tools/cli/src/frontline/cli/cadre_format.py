"""Shared pieces of the `frontline cadre` commands: stub, enum names, options."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.cli.client import channel_for
from frontline.cli.output import emit_json

Json = Annotated[bool, typer.Option("--json", help="Print JSON")]
CadreId = Annotated[str, typer.Argument(help="Cadre id")]
ProcedureId = Annotated[str, typer.Argument(help="Appointment procedure id")]
Day = Annotated[str, typer.Option(help="YYYY-MM-DD; default today")]


def stub() -> CadreServiceStub:
    return CadreServiceStub(channel_for("cadre"))  # type: ignore[no-untyped-call]


def _prefix(enum: Any) -> str:
    return str(enum.Name(0)).removesuffix("UNSPECIFIED")


def enum_option(enum: Any, value: str, option: str) -> str:
    """The proto enum name of a lower-case CLI value (e.g. "secretary" -> POST_SECRETARY)."""
    name = _prefix(enum) + value.upper().replace("-", "_")
    try:
        return str(enum.Name(enum.Value(name)))
    except ValueError:
        names = [n.removeprefix(_prefix(enum)).lower() for n in enum.keys()[1:]]
        raise typer.BadParameter(f"one of {', '.join(names)}", param_hint=option) from None


def label(enum: Any, number: int) -> str:
    return "" if number == 0 else str(enum.Name(number)).removeprefix(_prefix(enum)).lower()


def done(reply: Any, as_json: bool, text: str) -> None:
    if as_json:
        emit_json(reply)
    else:
        typer.echo(text)
