"""`frontline admin`: dead letters, parked outbox rows, rebuilds, calendar years, verify."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.cli.admin_outbox import app as outbox
from frontline.cli.client import call, channel_for
from frontline.cli.failures import Failure
from frontline.cli.kafka_access import on_kafka
from frontline.cli.language import say
from frontline.cli.options import FIRST_YEAR, LAST_YEAR, Json, iso_day, sub_app
from frontline.cli.output import emit_json, table
from frontline.cli.stack_env import DEFAULT_PORTS, kafka_client
from frontline.cli.verify import verify as reconcile
from frontline.cli.verify_format import render

app = sub_app()
dlq = sub_app("Dead-lettered messages")
app.add_typer(dlq, name="dlq")
app.add_typer(outbox, name="outbox")


@dlq.command("list")
def dlq_list(
    topic: Annotated[str, typer.Argument(help="Source topic, e.g. cadre.events.v1")],
    as_json: Json = False,
) -> None:
    """List what the consumers of TOPIC dead-lettered, with the error of each."""
    from frontline.cli import deadletters  # aiokafka: only when reading Kafka

    kafka = kafka_client()
    letters = on_kafka(kafka.kafka_bootstrap, deadletters.read(kafka, topic))
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
    from frontline.cli import deadletters

    kafka = kafka_client()
    count = on_kafka(kafka.kafka_bootstrap, deadletters.replay(kafka, topic))
    print(say("replayed {count} message(s) onto {topic}", count=count, topic=topic))


@app.command("rebuild")
def rebuild(
    target: Annotated[str, typer.Argument(help="Read model to rebuild: headquarters")],
) -> None:
    """Rebuild a read model from the start of the topics without downtime."""
    if target != "headquarters":
        raise typer.BadParameter(say("only 'headquarters' has a rebuildable read model"))
    from frontline.cli.rebuild import rebuild_headquarters  # rich's progress bar

    rebuild_headquarters()


calendar = sub_app("Statutory working-day calendar years")
app.add_typer(calendar, name="calendar")
_CALENDAR_SERVICES = ("organization", "cadre", "service-center")


def _service(name: str) -> str:
    if name not in DEFAULT_PORTS:
        raise typer.BadParameter(say("one of: {choices}", choices=", ".join(DEFAULT_PORTS)))
    return name


Service = Annotated[str, typer.Option(parser=_service, help="A service by name")]


def _calendar_year(file: Path) -> admin_pb2.LoadCalendarYearRequest:
    """The file's year, checked here: a readable reason beats a refused call."""
    try:
        data: Any = json.loads(file.read_text())
        year, holidays, workdays = data["year"], data.get("holidays", []), data.get("workdays", [])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        why = f"{type(exc).__name__}: {exc}"
        raise Failure(say("{file}: not a calendar year file ({why})", file=file, why=why)) from None
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        wrong = say(
            "{file}: year must be {first}…{last}, not {year}",
            file=file,
            first=FIRST_YEAR,
            last=LAST_YEAR,
            year=repr(year),
        )
        raise Failure(wrong)
    if not isinstance(holidays, list) or not isinstance(workdays, list):
        raise Failure(say("{file}: holidays and workdays must be lists of dates", file=file))
    for day in [*holidays, *workdays]:
        try:
            iso_day(str(day))
        except typer.BadParameter as exc:
            raise Failure(f"{file}: {exc.message}") from None
        if not str(day).startswith(f"{year}-"):
            raise Failure(say("{file}: {day} is not in {year}", file=file, day=day, year=year))
    return admin_pb2.LoadCalendarYearRequest(year=year, holidays=holidays, workdays=workdays)


@calendar.command("load")
def calendar_load(
    file: Annotated[
        Path,
        typer.Argument(
            help='JSON: {"year": 2027, "holidays": [...], "workdays": [...]}',
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    service: Annotated[
        list[str] | None, typer.Option(parser=_service, help="Only these services")
    ] = None,
) -> None:
    """Load a year's official schedule into every service that counts working days."""
    request = _calendar_year(file)
    for name in service or _CALENDAR_SERVICES:
        stub = admin_pb2_grpc.AdminServiceStub(channel_for(name))  # type: ignore[no-untyped-call]
        reply = call(stub.LoadCalendarYear, request)
        loaded = say(
            "{service}: loaded {year}, {count} provisional deadline(s) recomputed",
            service=name,
            year=reply.year,
            count=reply.timers_rearmed,
        )
        print(loaded)


@calendar.command("list")
def calendar_list(service: Service = "cadre") -> None:
    """Years loaded by operators in one service."""
    stub = admin_pb2_grpc.AdminServiceStub(channel_for(service))  # type: ignore[no-untyped-call]
    reply = call(stub.ListCalendarYears, admin_pb2.ListCalendarYearsRequest())
    table(
        say("calendar years ({service})", service=service),
        ["year", "holidays", "workdays", "loaded"],
        [(y.year, y.holidays, y.workdays, y.loaded_at) for y in reply.years],
    )


@app.command("verify")
def verify(
    as_json: Json = False,
    show: Annotated[int, typer.Option(min=0, help="List at most this many ids of each kind")] = 20,
    wait: Annotated[
        float, typer.Option(min=0, help="Seconds to re-read headquarters while ids are missing")
    ] = 10.0,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds allowed for each listing")
    ] = 600.0,
) -> None:
    """Reconcile each service's published events with the headquarters read model.

    Exits 1 when headquarters misses an event or holds one no service published.
    """

    result = reconcile(timeout, wait)
    render(result, show, as_json)
    if not result.reconciled:
        raise typer.Exit(1)
