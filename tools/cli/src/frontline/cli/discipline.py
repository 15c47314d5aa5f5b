"""`frontline discipline …`: clues, cases, disputes, sweeps and ledgers (discipline service).

Clue and case commands need a discipline role's token (intake, investigator, reviewer);
a reporter's identity shows only to intake. Disputes, sweeps and ledgers: mediators.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli import discipline_cases, discipline_disputes, discipline_ledgers
from frontline.cli.client import call
from frontline.cli.discipline_format import (
    Day,
    Division,
    Json,
    Prefix,
    choices,
    done,
    enum_value,
    list_clues,
    show_clue,
    stub,
)
from frontline.cli.options import sub_app

app = sub_app()
clue_app = sub_app("Problem clues (问题线索): confidential")
app.add_typer(clue_app, name="clue")
app.add_typer(discipline_cases.app, name="case", help="Cases (案件): confidential")
app.add_typer(discipline_disputes.app, name="dispute", help="Disputes (矛盾纠纷)")
app.add_typer(discipline_ledgers.sweep_app, name="sweep", help="Sweeps (排查)")
app.add_typer(discipline_ledgers.ledger_app, name="ledger", help="Ledgers (台账)")
ClueId = Annotated[str, typer.Argument(help="Clue id")]


@clue_app.command("receive")
def receive(
    division: Division,
    source: Annotated[str, typer.Option(help=choices(pb.ClueSource))],
    category: Annotated[str, typer.Option(help=choices(pb.Category))],
    summary: Annotated[str, typer.Option()],
    reporter_name: Annotated[str, typer.Option(help="A real-name reporter (sealed)")] = "",
    reporter_phone: Annotated[str, typer.Option()] = "",
    reporter_id: Annotated[str, typer.Option(help="Resident ID number")] = "",
    cadre: Annotated[str, typer.Option(help="Cadre id the clue is about")] = "",
    received_on: Day = "",
    as_json: Json = False,
) -> None:
    """Receive a clue; a real-name reporter is told within 15 working days."""
    reporter = (
        pb.Reporter(name=reporter_name, phone=reporter_phone, id_number=reporter_id)
        if reporter_name or reporter_phone or reporter_id
        else None
    )
    request = pb.ReceiveClueRequest(
        division_code=division,
        source=enum_value(pb.ClueSource, source, "--source"),
        category=enum_value(pb.Category, category, "--category"),
        summary=summary,
        received_on=received_on,
        reporter=reporter,
        cadre_id=cadre,
    )
    done(stub().ReceiveClue, request, "clue", as_json, show_clue)


@clue_app.command("dispose")
def dispose(
    clue_id: ClueId,
    way: Annotated[str, typer.Option(help=choices(pb.Disposal))],
    category: Annotated[str, typer.Option(help="A new category")] = "",
    disposed_on: Day = "",
    as_json: Json = False,
) -> None:
    """Dispose of a clue one of the four ways."""
    request = pb.DisposeClueRequest(
        clue_id=clue_id,
        disposal=enum_value(pb.Disposal, way, "--way"),
        category=enum_value(pb.Category, category, "--category"),
        disposed_on=disposed_on,
    )
    done(stub().DisposeClue, request, "clue", as_json, show_clue)


@clue_app.command("conclude")
def conclude(
    clue_id: ClueId,
    outcome: Annotated[str, typer.Option(help="close, reminder_talk, shelve")],
    concluded_on: Day = "",
    as_json: Json = False,
) -> None:
    """End a preliminary verification without a case (a case: `case file`)."""
    request = pb.ConcludeVerificationRequest(
        clue_id=clue_id,
        outcome=enum_value(pb.VerificationOutcome, outcome, "--outcome"),
        concluded_on=concluded_on,
    )
    done(stub().ConcludeVerification, request, "clue", as_json, show_clue)


@clue_app.command("reply")
def reply(
    clue_id: ClueId,
    accepted: Annotated[bool, typer.Option("--accepted/--not-accepted")],
    replied_on: Day = "",
    as_json: Json = False,
) -> None:
    """Record that the real-name reporter was told whether the clue was accepted."""
    request = pb.ReplyToReporterRequest(clue_id=clue_id, accepted=accepted, replied_on=replied_on)
    done(stub().ReplyToReporter, request, "clue", as_json, show_clue)


@clue_app.command("recuse")
def recuse(
    clue_id: ClueId,
    staff: Annotated[str, typer.Option(help="The staff member's account")],
    reason: Annotated[str, typer.Option()] = "",
    as_json: Json = False,
) -> None:
    """Record that a staff member stands aside (回避) from a clue and its case."""
    request = pb.RecordRecusalRequest(clue_id=clue_id, staff=staff, reason=reason)
    done(stub().RecordRecusal, request, "clue", as_json, show_clue)


@clue_app.command("show")
def show(clue_id: ClueId, as_json: Json = False) -> None:
    """One clue (the look is audited)."""
    done(stub().GetClue, pb.GetClueRequest(clue_id=clue_id), "clue", as_json, show_clue)


@clue_app.command("list")
def list_(
    division: Prefix = "",
    status: Annotated[str, typer.Option(help=choices(pb.ClueStatus))] = "",
    source: Annotated[str, typer.Option(help=choices(pb.ClueSource))] = "",
    as_json: Json = False,
) -> None:
    """Clues under a division-code prefix (each look is audited)."""
    request = pb.ListCluesRequest(
        division_code_prefix=division,
        status=enum_value(pb.ClueStatus, status, "--status"),
        source=enum_value(pb.ClueSource, source, "--source"),
        page_size=500,
    )
    list_clues(call(stub().ListClues, request).clues, as_json)
