"""`frontline discipline dispute …`: the dispute register (矛盾纠纷排查化解)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli.client import call
from frontline.cli.discipline_format import (
    Day,
    Division,
    Json,
    Prefix,
    choices,
    enum_value,
    stub,
)
from frontline.cli.enums import label
from frontline.cli.options import sub_app
from frontline.cli.output import as_dict, emit_json, record, table

app = sub_app()
DisputeId = Annotated[str, typer.Argument(help="Dispute id")]
Note = Annotated[str, typer.Option()]


def show_dispute(d: pb.Dispute, as_json: bool) -> None:
    if as_json:
        emit_json(d)
        return
    confirmation = d.confirmation_due_on and (
        f"by {d.confirmation_due_on}"
        + (f", applied {d.confirmation_applied_on}" if d.confirmation_applied_on else "")
        + (" LAPSED" if d.confirmation_lapsed else "")
    )
    record(
        f"dispute {d.dispute_id}",
        [
            ("division", d.division_code),
            ("type", label(pb.DisputeType, d.dispute_type)),
            ("risk", label(pb.RiskLevel, d.risk_level)),
            ("amount (yuan)", d.amount_yuan or ""),
            ("parties", d.parties),
            ("summary", d.summary),
            ("registered", d.registered_on),
            ("level", label(pb.DivisionLevel, d.level)),
            ("status", label(pb.DisputeStatus, d.status)),
            ("agreement reached", d.resolved_on),
            ("judicial confirmation", confirmation or ""),
            ("followed up", d.followed_up_on),
            ("signed off", d.closed_on),
            ("diverted", f"{label(pb.DiversionRoute, d.route)} {d.diverted_on}".strip()),
        ],
    )


def _dispute(method: Any, request: Any, as_json: bool) -> None:
    show_dispute(call(method, request).dispute, as_json)


@app.command("register")
def register(
    division: Division,
    dispute_type: Annotated[str, typer.Option("--type", help=choices(pb.DisputeType))],
    risk: Annotated[str, typer.Option(help="low, medium, high")],
    parties: Annotated[int, typer.Option(help="People involved")],
    summary: Annotated[str, typer.Option()],
    amount: Annotated[int, typer.Option(help="Yuan involved (0: none)")] = 0,
    registered_on: Day = "",
    as_json: Json = False,
) -> None:
    """Register a dispute for mediation at its division's level."""
    _dispute(
        stub().RegisterDispute,
        pb.RegisterDisputeRequest(
            division_code=division,
            dispute_type=enum_value(pb.DisputeType, dispute_type, "--type"),
            risk_level=enum_value(pb.RiskLevel, risk, "--risk"),
            parties=parties,
            summary=summary,
            amount_yuan=amount,
            registered_on=registered_on,
        ),
        as_json,
    )


@app.command("escalate")
def escalate(dispute_id: DisputeId, reason: Note = "", as_json: Json = False) -> None:
    """Escalate the mediation one level (village → township → county)."""
    _dispute(
        stub().EscalateDispute,
        pb.EscalateDisputeRequest(dispute_id=dispute_id, reason=reason),
        as_json,
    )


@app.command("resolve")
def resolve(
    dispute_id: DisputeId,
    confirm: Annotated[bool, typer.Option(help="Judicial confirmation wanted (30 days)")] = False,
    note: Note = "",
    resolved_on: Day = "",
    as_json: Json = False,
) -> None:
    """Record the agreement that resolves the dispute."""
    _dispute(
        stub().ResolveDispute,
        pb.ResolveDisputeRequest(
            dispute_id=dispute_id,
            seek_judicial_confirmation=confirm,
            note=note,
            resolved_on=resolved_on,
        ),
        as_json,
    )


@app.command("confirmation")
def confirmation(dispute_id: DisputeId, applied_on: Day = "", as_json: Json = False) -> None:
    """Record the application for judicial confirmation."""
    _dispute(
        stub().ApplyJudicialConfirmation,
        pb.ApplyJudicialConfirmationRequest(dispute_id=dispute_id, applied_on=applied_on),
        as_json,
    )


@app.command("follow-up")
def follow_up(dispute_id: DisputeId, note: Note = "", as_json: Json = False) -> None:
    """Record a follow-up (回访) of a resolved dispute."""
    _dispute(
        stub().FollowUpDispute, pb.FollowUpDisputeRequest(dispute_id=dispute_id, note=note), as_json
    )


@app.command("close")
def close(dispute_id: DisputeId, as_json: Json = False) -> None:
    """Close (销号) a followed-up dispute."""
    _dispute(stub().CloseDispute, pb.CloseDisputeRequest(dispute_id=dispute_id), as_json)


@app.command("divert")
def divert(
    dispute_id: DisputeId,
    route: Annotated[str, typer.Option(help=choices(pb.DiversionRoute))],
    reason: Note = "",
    as_json: Json = False,
) -> None:
    """Divert the dispute to litigation, arbitration or administrative review."""
    _dispute(
        stub().DivertDispute,
        pb.DivertDisputeRequest(
            dispute_id=dispute_id,
            route=enum_value(pb.DiversionRoute, route, "--route"),
            reason=reason,
        ),
        as_json,
    )


@app.command("show")
def show(dispute_id: DisputeId, as_json: Json = False) -> None:
    """One dispute."""
    _dispute(stub().GetDispute, pb.GetDisputeRequest(dispute_id=dispute_id), as_json)


@app.command("list")
def list_disputes(
    division: Prefix = "",
    status: Annotated[str, typer.Option(help=choices(pb.DisputeStatus))] = "",
    dispute_type: Annotated[str, typer.Option("--type", help=choices(pb.DisputeType))] = "",
    as_json: Json = False,
) -> None:
    """Disputes under a division-code prefix."""
    found = call(
        stub().ListDisputes,
        pb.ListDisputesRequest(
            division_code_prefix=division,
            status=enum_value(pb.DisputeStatus, status, "--status"),
            dispute_type=enum_value(pb.DisputeType, dispute_type, "--type"),
            page_size=500,
        ),
    ).disputes
    if as_json:
        emit_json([as_dict(d) for d in found])
        return
    table(
        "disputes",
        ["id", "division", "type", "risk", "level", "status", "registered"],
        [
            (
                d.dispute_id,
                d.division_code,
                label(pb.DisputeType, d.dispute_type),
                label(pb.RiskLevel, d.risk_level),
                label(pb.DivisionLevel, d.level),
                label(pb.DisputeStatus, d.status),
                d.registered_on,
            )
            for d in found
        ],
    )
