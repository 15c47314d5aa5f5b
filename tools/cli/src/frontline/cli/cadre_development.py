"""`frontline cadre training|student|pay|evaluation …`: Double Training, student village
officials, income growth plan, the township summaries of pay and grades."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cli.cadre_format import CadreId, done, stub
from frontline.cli.client import call
from frontline.cli.enums import label, parse, word
from frontline.cli.language import say
from frontline.cli.options import Day, Division, Json, Year, division_code, sub_app
from frontline.cli.output import as_dict, emit_json, show, table

training_app = sub_app("Double Training (双培)")
student_app = sub_app("Student village officials")
pay_app = sub_app("Income growth plan: pay, summaries")
evaluation_app = sub_app("Annual evaluation: township counts per grade")
MAX_HOURS = 10_000.0
MAX_YUAN = 100_000_000.0


# --- Double Training --------------------------------------------------------------


@training_app.command("enrol")
def enrol(
    cadre_id: CadreId,
    level: Annotated[str, typer.Option(help="Target education level")],
    institution: Annotated[str, typer.Option()],
    enrolled_on: Day = "",
    as_json: Json = False,
) -> None:
    """Enrol a cadre in an academic upgrade (学历提升)."""
    request = pb.EnrolAcademicUpgradeRequest(
        cadre_id=cadre_id, target_level=parse(pb.EducationLevel, level, "--level"),
        institution=institution, enrolled_on=enrolled_on,
    )  # fmt: skip
    reply = call(stub().EnrolAcademicUpgrade, request)
    done(reply, as_json, reply.upgrade_id)


@training_app.command("graduate")
def graduate(cadre_id: CadreId, upgrade_id: str, graduated_on: Day = "") -> None:
    """Record graduation; the cadre's education level rises."""
    request = pb.GraduateAcademicUpgradeRequest(
        cadre_id=cadre_id, upgrade_id=upgrade_id, graduated_on=graduated_on
    )
    reply = call(stub().GraduateAcademicUpgrade, request)
    typer.echo(say("education now {level}", level=label(pb.EducationLevel, reply.education_level)))


@training_app.command("start")
def start_training(
    cadre_id: CadreId,
    topic: Annotated[str, typer.Option(help="party_building, rural_governance, agriculture, …")],
    title: Annotated[str, typer.Option()],
    hours: Annotated[float, typer.Option(min=0.1, max=MAX_HOURS, help="Planned hours")],
    started_on: Day = "",
    as_json: Json = False,
) -> None:
    """Start a professional training course (专业培训)."""
    request = pb.StartTrainingRequest(
        cadre_id=cadre_id, topic=parse(pb.TrainingTopic, topic, "--topic"), title=title,
        planned_hours=hours, started_on=started_on,
    )  # fmt: skip
    reply = call(stub().StartTraining, request)
    done(reply, as_json, reply.training_id)


@training_app.command("complete")
def complete_training(
    cadre_id: CadreId,
    training_id: str,
    hours: Annotated[float, typer.Option(min=0, max=MAX_HOURS, help="Hours attended")],
    completed_on: Day = "",
) -> None:
    """Record a completed training course."""
    request = pb.CompleteTrainingRequest(
        cadre_id=cadre_id, training_id=training_id, hours=hours, completed_on=completed_on
    )
    call(stub().CompleteTraining, request)
    typer.echo(say("completed"))


@training_app.command("list")
def training_records(cadre_id: CadreId, as_json: Json = False) -> None:
    """A cadre's academic upgrades and training."""
    reply = call(stub().ListTrainingRecords, pb.ListTrainingRecordsRequest(cadre_id=cadre_id))
    if as_json:
        emit_json(reply)
        return
    table(say("academic upgrades"), ["id", "target level", "institution", "enrolled", "graduated"], [
        (u.upgrade_id, label(pb.EducationLevel, u.target_level), u.institution, u.enrolled_on,
         u.graduated_on) for u in reply.academic_upgrades
    ])  # fmt: skip
    table(say("training"), ["id", "topic", "title", "hours", "completed"], [
        (t.training_id, label(pb.TrainingTopic, t.topic), t.title, t.hours or t.planned_hours,
         t.completed_on) for t in reply.trainings
    ])  # fmt: skip


# --- student village officials ------------------------------------------------------


@student_app.command("assign")
def assign(
    cadre_id: CadreId,
    village: Annotated[str, typer.Option(parser=division_code, help="Village code (12 digits)")],
    years: Annotated[int, typer.Option(min=1, max=10, help="Service term: 2 or 3 years")],
    starts_on: Day = "",
) -> None:
    """Assign a university-student village official (大学生村官)."""
    request = pb.AssignStudentOfficialRequest(
        cadre_id=cadre_id, village_code=village, term_years=years, starts_on=starts_on
    )
    ends_on = call(stub().AssignStudentOfficial, request).ends_on
    typer.echo(say("serving until {day}", day=ends_on))


@student_app.command("convert")
def convert(cadre_id: CadreId, converted_on: Day = "") -> None:
    """Convert a well-evaluated student official into a village cadre (转任)."""
    request = pb.ConvertStudentOfficialRequest(cadre_id=cadre_id, converted_on=converted_on)
    call(stub().ConvertStudentOfficial, request)
    typer.echo(say("converted"))


@student_app.command("depart")
def depart(
    cadre_id: CadreId,
    reason: Annotated[str, typer.Option(help="term_end, resignation, other")],
    departed_on: Day = "",
) -> None:
    """Record a student official leaving."""
    request = pb.RecordStudentOfficialDepartureRequest(
        cadre_id=cadre_id, reason=parse(pb.StudentDepartureReason, reason, "--reason"),
        departed_on=departed_on,
    )  # fmt: skip
    call(stub().RecordStudentOfficialDeparture, request)
    typer.echo(say("departed"))


@student_app.command("list")
def students(division: Division = "", as_json: Json = False) -> None:
    """Student village officials by township."""
    request = pb.ListStudentOfficialsRequest(division_code=division)
    reply = call(stub().ListStudentOfficials, request)
    if as_json:
        emit_json([as_dict(o) for o in reply.officials])
        return
    table(say("student village officials"),
          ["cadre", "village", "from", "to", "status", "grade"], [
        (o.cadre_id, o.village_code, o.starts_on, o.ends_on,
         word(pb.StudentOfficialStatus, o.status),
         label(pb.EvaluationGrade, o.latest_grade)) for o in reply.officials
    ])  # fmt: skip


# --- income growth plan ---------------------------------------------------------------


@pay_app.command("record")
def record_pay(
    cadre_id: CadreId,
    year: Year,
    yuan: Annotated[float, typer.Option(min=0, max=MAX_YUAN, help="Yearly pay in yuan")],
) -> None:
    """Record a cadre's pay for a year (kept inside the cadre service)."""
    request = pb.RecordRemunerationRequest(
        cadre_id=cadre_id, year=year, amount_fen=round(yuan * 100)
    )
    call(stub().RecordRemuneration, request)
    typer.echo(say("recorded"))


@pay_app.command("summary")
def pay_summary(
    township: Annotated[str, typer.Argument(parser=division_code, help="Township code (9 digits)")],
    year: Year,
    as_json: Json = False,
) -> None:
    """Publish a township's yearly pay summary: count, average (to 100 yuan), growth.

    At least 5 cadres; once per township-year (a correction only when at least 5 pay
    records changed)."""
    request = pb.PublishRemunerationSummaryRequest(township_code=township, year=year)
    show(call(stub().PublishRemunerationSummary, request).summary, as_json, f"{township} {year}")


@evaluation_app.command("summary")
def evaluation_summary(
    township: Annotated[str, typer.Argument(parser=division_code, help="Township code (9 digits)")],
    year: Year,
    as_json: Json = False,
) -> None:
    """Publish a township's yearly counts per grade (实绩考核); no one's own grade.

    At least 5 cadres; once per township-year (a correction only when at least 5
    grades changed)."""
    request = pb.PublishEvaluationSummaryRequest(township_code=township, year=year)
    show(call(stub().PublishEvaluationSummary, request).summary, as_json, f"{township} {year}")
