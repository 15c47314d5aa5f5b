"""Shared pieces of the `frontline discipline` commands: the stub, enum names, options,
and the tables people read."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.api.discipline.v1 import discipline_pb2_grpc as pb_grpc
from frontline.cli.client import call, channel_for
from frontline.cli.enums import label
from frontline.cli.output import as_dict, emit_json, record, table

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]
Day = Annotated[str, typer.Option(help="YYYY-MM-DD (default: today)")]
Division = Annotated[str, typer.Option("--division", help="Division code (6, 9 or 12 digits)")]
Prefix = Annotated[str, typer.Option("--division", help="Division-code prefix (default: yours)")]


def stub() -> pb_grpc.DisciplineServiceStub:
    return pb_grpc.DisciplineServiceStub(channel_for("discipline"))  # type: ignore[no-untyped-call]


def choices(enum: EnumTypeWrapper) -> str:
    prefix = enum.Name(0).removesuffix("UNSPECIFIED")
    return ", ".join(k.removeprefix(prefix).lower() for k in list(enum.keys())[1:])


def enum_value(enum: EnumTypeWrapper, value: str, option: str) -> Any:
    """'talk_inquiry' → DISPOSAL_TALK_INQUIRY; empty → UNSPECIFIED."""
    if not value:
        return 0
    prefix = enum.Name(0).removesuffix("UNSPECIFIED")
    name = prefix + value.upper().replace("-", "_")
    if name not in enum.keys():  # noqa: SIM118 (a proto enum wrapper, not a dict)
        raise typer.BadParameter(f"one of: {choices(enum)}", param_hint=option)
    return enum.Value(name)


def done(method: Any, request: Any, field: str, as_json: bool, show: Any) -> None:
    """Call ``method``; print the record the answer holds in ``field``."""
    show(getattr(call(method, request), field), as_json)


def show_clue(c: pb.Clue, as_json: bool) -> None:
    if as_json:
        emit_json(c)
        return
    reporter = c.reporter.name if c.HasField("reporter") else ("sealed" if c.real_name else "")
    reply = f"due {c.reply_due_on}" + (" (provisional)" if c.reply_provisional else "")
    reply += f", told {c.replied_on}" if c.replied_on else (" OVERDUE" if c.reply_overdue else "")
    record(
        f"clue {c.clue_id}",
        [
            ("division", c.division_code),
            ("source", label(pb.ClueSource, c.source)),
            ("category", label(pb.Category, c.category)),
            ("status", label(pb.ClueStatus, c.status)),
            ("received", c.received_on),
            ("disposal", label(pb.Disposal, c.disposal)),
            ("outcome", label(pb.VerificationOutcome, c.outcome)),
            ("summary", c.summary),
            ("reporter", reporter),
            ("reply", reply if c.reply_due_on else ""),
            ("cadre", c.cadre_id),
            ("case", c.case_id),
            ("recused", ", ".join(c.recused_staff)),
        ],
    )


def list_clues(clues: Any, as_json: bool) -> None:
    if as_json:
        emit_json([as_dict(c) for c in clues])
        return
    table(
        "clues",
        ["id", "division", "category", "source", "status", "received", "case"],
        [
            (
                c.clue_id,
                c.division_code,
                label(pb.Category, c.category),
                label(pb.ClueSource, c.source),
                label(pb.ClueStatus, c.status),
                c.received_on,
                c.case_id,
            )
            for c in clues
        ],
    )


def show_case(c: pb.Case, as_json: bool) -> None:
    if as_json:
        emit_json(c)
        return
    deadline = c.investigation_due_on + (" OVERDUE" if c.investigation_overdue else "")
    measures = ", ".join(
        f"{label(pb.MeasureKind, m.kind)}"
        + (" (removes from post)" if m.removes_from_post else "")
        + (f" until {m.influence_ends_on}" if m.influence_ends_on else "")
        + (" permanent" if m.permanent else "")
        for m in c.measures
    )
    appeal = f"{c.appeal.appealed_on} {label(pb.AppealOutcome, c.appeal.outcome) or 'pending'}"
    record(
        f"case {c.case_id}",
        [
            ("clue", c.clue_id),
            ("division", c.division_code),
            ("category", label(pb.Category, c.category)),
            ("status", label(pb.CaseStatus, c.status)),
            ("cadre", c.cadre_id),
            ("filed", c.filed_on),
            ("investigation due", deadline),
            ("extensions", c.extensions),
            ("evidence", len([e for e in c.evidence if not e.retracted_on])),
            ("decided", c.decided_on),
            ("four forms level", c.four_forms_level or ""),
            ("measures", measures),
            ("sanction in force", "yes" if c.sanction_in_force else "no"),
            ("appeal", appeal if c.HasField("appeal") else ""),
            ("executed", c.executed_on),
            ("archived", c.archived_on),
        ],
    )


def list_cases(cases: Any, as_json: bool) -> None:
    if as_json:
        emit_json([as_dict(c) for c in cases])
        return
    table(
        "cases",
        ["id", "division", "category", "status", "filed", "deadline", "decided"],
        [
            (
                c.case_id,
                c.division_code,
                label(pb.Category, c.category),
                label(pb.CaseStatus, c.status),
                c.filed_on,
                c.investigation_due_on,
                c.decided_on,
            )
            for c in cases
        ],
    )
