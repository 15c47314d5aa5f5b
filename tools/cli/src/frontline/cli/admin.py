"""`frontline admin`: dead letters, rebuilds, calendar years, verify."""

from __future__ import annotations

import asyncio
import importlib
import json
from pathlib import Path
from typing import Annotated

import typer

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.cli import deadletters
from frontline.cli.client import call, channel_for, stack_env
from frontline.cli.output import emit_json, table
from frontline.cli.verify import verify as reconcile
from frontline.cli.verify_format import render

app = typer.Typer(no_args_is_help=True)
dlq = typer.Typer(no_args_is_help=True, help="Dead-lettered messages")
app.add_typer(dlq, name="dlq")


def _bootstrap() -> str:
    return stack_env().get("FRONTLINE_KAFKA_BOOTSTRAP", "127.0.0.1:9092")


@dlq.command("list")
def dlq_list(
    topic: Annotated[str, typer.Argument(help="Source topic, e.g. cadre.events.v1")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List what the consumers of TOPIC dead-lettered, with the error of each."""
    letters = asyncio.run(deadletters.read(_bootstrap(), topic))
    if as_json:
        emit_json([letter.summary() for letter in letters])
        return
    table(
        f"{topic}.dlq",
        ["offset", "consumer", "type", "error", "original"],
        [
            (
                letter.offset,
                letter.header("x-consumer"),
                letter.header("ce_type"),
                letter.header("x-error"),
                f"{letter.header('x-original-partition')}@{letter.header('x-original-offset')}",
            )
            for letter in letters
        ],
    )


@dlq.command("replay")
def dlq_replay(
    topic: Annotated[str, typer.Argument(help="Source topic whose dead letters to replay")],
) -> None:
    """Publish dead letters back onto TOPIC (after the cause was fixed); inboxes dedupe."""
    count = asyncio.run(deadletters.replay(_bootstrap(), topic))
    print(f"replayed {count} message(s) onto {topic}")


@app.command("rebuild")
def rebuild(
    target: Annotated[str, typer.Argument(help="Read model to rebuild: headquarters")],
) -> None:
    """Rebuild a read model from the start of the topics without downtime."""
    if target != "headquarters":
        raise typer.BadParameter("only 'headquarters' has a rebuildable read model")
    module = importlib.import_module("frontline.cli.rebuild")
    module.rebuild_headquarters()


calendar = typer.Typer(no_args_is_help=True, help="Statutory working-day calendar years")
app.add_typer(calendar, name="calendar")
_CALENDAR_SERVICES = ("organization", "cadre", "service-center")


@calendar.command("load")
def calendar_load(
    file: Annotated[
        Path, typer.Argument(help='JSON: {"year": 2027, "holidays": [...], "workdays": [...]}')
    ],
    service: Annotated[list[str] | None, typer.Option(help="Only these services")] = None,
) -> None:
    """Load a year's official schedule into every service that counts working days."""
    data = json.loads(file.read_text())
    request = admin_pb2.LoadCalendarYearRequest(
        year=int(data["year"]), holidays=data.get("holidays", []), workdays=data.get("workdays", [])
    )
    for name in service or _CALENDAR_SERVICES:
        stub = admin_pb2_grpc.AdminServiceStub(channel_for(name))
        reply = call(stub.LoadCalendarYear, request)
        print(
            f"{name}: loaded {reply.year}, {reply.timers_rearmed} provisional deadline(s) recomputed"
        )


@calendar.command("list")
def calendar_list(service: Annotated[str, typer.Option()] = "cadre") -> None:
    """Years loaded by operators in one service."""
    stub = admin_pb2_grpc.AdminServiceStub(channel_for(service))
    reply = call(stub.ListCalendarYears, admin_pb2.ListCalendarYearsRequest())
    table(
        f"calendar years ({service})",
        ["year", "holidays", "workdays", "loaded"],
        [(y.year, y.holidays, y.workdays, y.loaded_at) for y in reply.years],
    )


@app.command("verify")
def verify(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    show: Annotated[int, typer.Option(help="List at most this many ids of each kind")] = 20,
    wait: Annotated[
        float, typer.Option(help="Seconds to re-read headquarters while ids are missing")
    ] = 10.0,
    timeout: Annotated[float, typer.Option(help="Seconds allowed for each listing")] = 600.0,
) -> None:
    """Reconcile each service's published events with the headquarters read model.

    Exits 1 when headquarters misses an event or holds one no service published.
    """
    result = reconcile(timeout, wait)
    render(result, show, as_json)
    if not result.reconciled:
        raise typer.Exit(1)
