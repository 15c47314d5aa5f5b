"""`frontline discipline case …`: file, investigate, review, decide, execute, archive."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli.client import call
from frontline.cli.discipline_format import (
    Day,
    Json,
    Prefix,
    choices,
    done,
    enum_value,
    list_cases,
    show_case,
    stub,
)
from frontline.cli.options import sub_app

app = sub_app()
CaseId = Annotated[str, typer.Argument(help="Case id")]
Reason = Annotated[str, typer.Option(help="Why")]


def _case(method: Any, request: Any, as_json: bool) -> None:
    done(method, request, "case", as_json, show_case)


@app.command("file")
def file(
    clue_id: Annotated[str, typer.Argument(help="Clue under preliminary verification")],
    category: Annotated[str, typer.Option(help=choices(pb.Category))] = "",
    cadre: Annotated[str, typer.Option(help="Cadre id concerned")] = "",
    filed_on: Day = "",
    as_json: Json = False,
) -> None:
    """Open a case (立案) on a clue under preliminary verification."""
    request = pb.FileCaseRequest(
        clue_id=clue_id,
        category=enum_value(pb.Category, category, "--category"),
        cadre_id=cadre,
        filed_on=filed_on,
    )
    _case(stub().FileCase, request, as_json)


@app.command("evidence")
def evidence(
    case_id: CaseId,
    description: Annotated[str, typer.Option()],
    added_on: Day = "",
    as_json: Json = False,
) -> None:
    """Add an item of evidence (while investigating)."""
    request = pb.AddEvidenceRequest(case_id=case_id, description=description, added_on=added_on)
    _case(stub().AddEvidence, request, as_json)


@app.command("retract")
def retract(
    case_id: CaseId,
    evidence_id: Annotated[str, typer.Argument(help="Evidence id")],
    reason: Reason,
    as_json: Json = False,
) -> None:
    """Retract an item of evidence (while investigating)."""
    request = pb.RetractEvidenceRequest(case_id=case_id, evidence_id=evidence_id, reason=reason)
    _case(stub().RetractEvidence, request, as_json)


@app.command("extend")
def extend(case_id: CaseId, reason: Reason, as_json: Json = False) -> None:
    """Extend the investigation (once)."""
    request = pb.ExtendInvestigationRequest(case_id=case_id, reason=reason)
    _case(stub().ExtendInvestigation, request, as_json)


@app.command("submit")
def submit(case_id: CaseId, as_json: Json = False) -> None:
    """Send the case to review (审理); the evidence is frozen."""
    _case(stub().SubmitForReview, pb.SubmitForReviewRequest(case_id=case_id), as_json)


@app.command("return")
def return_(case_id: CaseId, reason: Reason, as_json: Json = False) -> None:
    """Send the case back for supplementary investigation (reviewers)."""
    request = pb.ReturnForInvestigationRequest(case_id=case_id, reason=reason)
    _case(stub().ReturnForInvestigation, request, as_json)


def _measure(text: str) -> pb.MeasureChoice:
    kind_type, _, kind = text.partition(":")
    if not kind:
        raise typer.BadParameter(
            "TYPE:KIND, e.g. party_sanction:party_warning", param_hint="--measure"
        )
    return pb.MeasureChoice(
        measure_type=enum_value(pb.MeasureType, kind_type, "--measure"),
        kind=enum_value(pb.MeasureKind, kind, "--measure"),
    )


@app.command("decide")
def decide(
    case_id: CaseId,
    level: Annotated[int, typer.Option(help="The four forms (四种形态): 1 to 4")],
    measure: Annotated[
        list[str] | None, typer.Option(help=f"TYPE:KIND; types {choices(pb.MeasureType)}")
    ] = None,
    summary: Annotated[str, typer.Option()] = "",
    decided_on: Day = "",
    as_json: Json = False,
) -> None:
    """Decide the case (reviewers): its measures and the four-forms level."""
    request = pb.DecideCaseRequest(
        case_id=case_id,
        four_forms_level=level,
        measures=[_measure(m) for m in measure or []],
        summary=summary,
        decided_on=decided_on,
    )
    _case(stub().DecideCase, request, as_json)


@app.command("execute")
def execute(case_id: CaseId, executed_on: Day = "", as_json: Json = False) -> None:
    """Record that the decision was carried out."""
    request = pb.RecordExecutionRequest(case_id=case_id, executed_on=executed_on)
    _case(stub().RecordExecution, request, as_json)


@app.command("archive")
def archive(case_id: CaseId, archived_on: Day = "", as_json: Json = False) -> None:
    """Archive an executed case."""
    _case(
        stub().ArchiveCase, pb.ArchiveCaseRequest(case_id=case_id, archived_on=archived_on), as_json
    )


@app.command("appeal")
def appeal(case_id: CaseId, grounds: str = "", as_json: Json = False) -> None:
    """Record an appeal (申诉); the sanction stays in force."""
    _case(stub().RecordAppeal, pb.RecordAppealRequest(case_id=case_id, grounds=grounds), as_json)


@app.command("conclude-appeal")
def conclude_appeal(
    case_id: CaseId,
    outcome: Annotated[str, typer.Option(help="upheld or revoked")],
    as_json: Json = False,
) -> None:
    """Conclude the appeal: upheld or revoked."""
    request = pb.ConcludeAppealRequest(
        case_id=case_id, outcome=enum_value(pb.AppealOutcome, outcome, "--outcome")
    )
    _case(stub().ConcludeAppeal, request, as_json)


@app.command("show")
def show(case_id: CaseId, as_json: Json = False) -> None:
    """One case (the look is audited)."""
    _case(stub().GetCase, pb.GetCaseRequest(case_id=case_id), as_json)


@app.command("list")
def list_(
    division: Prefix = "",
    status: Annotated[str, typer.Option(help=choices(pb.CaseStatus))] = "",
    category: Annotated[str, typer.Option(help=choices(pb.Category))] = "",
    as_json: Json = False,
) -> None:
    """Cases under a division-code prefix (each look is audited)."""
    request = pb.ListCasesRequest(
        division_code_prefix=division,
        status=enum_value(pb.CaseStatus, status, "--status"),
        category=enum_value(pb.Category, category, "--category"),
        page_size=500,
    )
    list_cases(call(stub().ListCases, request).cases, as_json)
