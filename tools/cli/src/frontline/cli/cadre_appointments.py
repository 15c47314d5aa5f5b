"""`frontline cadre appoint …`: nominate → inspect → public notice → appointed (an
objection during the notice holds it until checked); elect; leave."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cli.cadre_format import CadreId, ProcedureId, done, stub
from frontline.cli.client import call
from frontline.cli.enums import label, parse, word
from frontline.cli.language import say
from frontline.cli.options import Day, Division, Json, day_option, sub_app
from frontline.cli.output import as_dict, emit_json, table

app = sub_app("Appointments: 推荐 → 考察 → 公示 → 任职")
TermEnd = Annotated[str, day_option(help="Last day of the term")]


@app.command("nominate")
def nominate(
    cadre_id: CadreId,
    unit: Annotated[str, typer.Option(help="Org unit id")],
    post: Annotated[str, typer.Option(help="secretary, deputy_secretary, committee_member, …")],
    term_end: TermEnd = "",
    also_village_head: Annotated[bool, typer.Option(help="一肩挑")] = False,
    as_json: Json = False,
) -> None:
    """Open an appointment procedure (民主推荐)."""
    request = pb.NominateCadreRequest(
        cadre_id=cadre_id, org_unit_id=unit, post=parse(pb.Post, post, "--post"),
        term_end=term_end, also_village_head=also_village_head,
    )  # fmt: skip
    reply = call(stub().NominateCadre, request)
    done(reply, as_json, reply.procedure_id)


@app.command("inspect")
def inspect(
    procedure_id: ProcedureId,
    summary: Annotated[str, typer.Option()] = "",
) -> None:
    """Record the inspection (考察); the discipline service answers with the integrity
    opinion (廉洁意见), which the public notice waits for."""
    request = pb.RecordInspectionRequest(procedure_id=procedure_id, summary=summary)
    call(stub().RecordInspection, request)
    typer.echo(say("inspected; waiting for the discipline service's integrity opinion"))


@app.command("notice")
def notice(procedure_id: ProcedureId, starts_on: Day = "", as_json: Json = False) -> None:
    """Publish the pre-appointment notice (任前公示, ≥ 5 working days)."""
    request = pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on=starts_on)
    reply = call(stub().StartPublicNotice, request)
    note = say(" (provisional: calendar year not loaded)") if reply.provisional else ""
    text = say(
        "notice until {day}{note}; appointed automatically after", day=reply.ends_on, note=note
    )
    done(reply, as_json, text)


@app.command("objection")
def objection(procedure_id: ProcedureId, reported_on: Day = "") -> None:
    """Record an objection reported during the notice (任前公示期间反映问题): the
    appointment is held until the objection is checked."""
    request = pb.ReportNoticeObjectionRequest(procedure_id=procedure_id, reported_on=reported_on)
    call(stub().ReportNoticeObjection, request)
    typer.echo(say("held until the objection is checked"))


@app.command("check")
def check(
    procedure_id: ProcedureId,
    outcome: Annotated[str, typer.Option(help="cleared (appoint) or upheld (withdraw)")],
    checked_on: Day = "",
) -> None:
    """Record the check of the open objection: cleared → appointed, upheld → withdrawn."""
    request = pb.CheckNoticeObjectionRequest(
        procedure_id=procedure_id,
        outcome=parse(pb.ObjectionOutcome, outcome, "--outcome"),
        checked_on=checked_on,
    )
    stage = call(stub().CheckNoticeObjection, request).stage
    ends = stage == "in_notice"
    typer.echo(say("appointed when the notice ends") if ends else word(pb.ProcedureStage, stage))


@app.command("withdraw")
def withdraw(procedure_id: ProcedureId, reason: Annotated[str, typer.Option()] = "") -> None:
    """Withdraw an appointment at any open step."""
    request = pb.WithdrawAppointmentRequest(procedure_id=procedure_id, reason=reason)
    call(stub().WithdrawAppointment, request)
    typer.echo(say("withdrawn"))


@app.command("elect")
def elect(
    cadre_id: CadreId,
    unit: Annotated[str, typer.Option(help="Org unit id")],
    post: Annotated[str, typer.Option()],
    election: Annotated[str, typer.Option(help="Election reference")],
    term_end: TermEnd = "",
    also_village_head: Annotated[bool, typer.Option(help="一肩挑")] = False,
    appointed_on: Day = "",
) -> None:
    """Appoint to an elected post from an election result."""
    request = pb.AppointFromElectionRequest(
        cadre_id=cadre_id, org_unit_id=unit, post=parse(pb.Post, post, "--post"),
        election_ref=election, term_end=term_end, also_village_head=also_village_head,
        appointed_on=appointed_on,
    )  # fmt: skip
    call(stub().AppointFromElection, request)
    typer.echo(say("appointed"))


@app.command("leave")
def leave(
    cadre_id: CadreId,
    unit: Annotated[str, typer.Option(help="Org unit id")],
    post: Annotated[str, typer.Option()],
    reason: Annotated[str, typer.Option(help="term_end, resignation, transfer, dismissal")],
    left_on: Day = "",
) -> None:
    """Record a cadre leaving a post."""
    request = pb.LeavePostRequest(
        cadre_id=cadre_id, org_unit_id=unit, post=parse(pb.Post, post, "--post"),
        reason=parse(pb.LeaveReason, reason, "--reason"), left_on=left_on,
    )  # fmt: skip
    call(stub().LeavePost, request)
    typer.echo(say("left"))


@app.command("list")
def procedures(
    division: Division = "",
    all_: Annotated[bool, typer.Option("--all", help="Also finished ones")] = False,
    as_json: Json = False,
) -> None:
    """Appointment procedures in progress."""
    request = pb.ListAppointmentProceduresRequest(division_code=division, include_finished=all_)
    reply = call(stub().ListAppointmentProcedures, request)
    if as_json:
        emit_json([as_dict(p) for p in reply.procedures])
        return
    provisional = say(" (provisional)")
    table(say("appointment procedures"),
          ["id", "cadre", "unit", "post", "stage", "notice until"], [
        (p.procedure_id, p.cadre_id, p.org_unit_id, label(pb.Post, p.post),
         _stage(p),
         p.notice_ends_on + (provisional if p.notice_provisional else "")) for p in reply.procedures
    ])  # fmt: skip


def _stage(p: pb.AppointmentProcedure) -> str:
    stage = word(pb.ProcedureStage, p.stage)
    return (
        say("{stage} (objection {objection})", stage=stage, objection=p.objection)
        if p.objection
        else stage
    )


@app.command("posts")
def posts(unit: Annotated[str, typer.Argument(help="Org unit id")], as_json: Json = False) -> None:
    """Posts held now in an org unit."""
    reply = call(stub().ListUnitPosts, pb.ListUnitPostsRequest(org_unit_id=unit))
    if as_json:
        emit_json([as_dict(p) for p in reply.posts])
        return
    table(say("posts in {unit}", unit=unit),
          ["post", "cadre", "since", "term end", "via", "一肩挑"], [
        (label(pb.Post, p.post), p.cadre_id, p.since, p.term_end, word(pb.AppointmentVia, p.via),
         say("yes") if p.also_village_head else "") for p in reply.posts
    ])  # fmt: skip
