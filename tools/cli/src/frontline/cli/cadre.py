"""`frontline cadre …`: registry, appointments, Double Training, student officials,
evaluation and the income growth plan (cadre service). Tables by default, --json."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cli import cadre_appointments, cadre_development
from frontline.cli.cadre_format import CadreId, done, stub
from frontline.cli.client import call
from frontline.cli.enums import label, parse, word
from frontline.cli.language import say
from frontline.cli.options import Day, Division, Json, Year, day_option, sub_app
from frontline.cli.output import as_dict, emit_json, record, table

app = sub_app()
app.add_typer(cadre_appointments.app, name="appoint")
app.add_typer(cadre_development.training_app, name="training")
app.add_typer(cadre_development.student_app, name="student")
app.add_typer(cadre_development.pay_app, name="pay")
app.add_typer(cadre_development.evaluation_app, name="evaluation")


# --- registry -------------------------------------------------------------------


@app.command("register")
def register(
    name: Annotated[str, typer.Option()],
    gender: Annotated[str, typer.Option(help="female or male")],
    birth_date: Annotated[str, day_option(help="Date of birth")],
    education: Annotated[str, typer.Option(help="primary … college, bachelor, postgraduate")],
    id_number: Annotated[str, typer.Option(help="Resident ID number (only its hash is kept)")],
    division: Division,
    phone: Annotated[str, typer.Option()] = "",
    party_member: Annotated[bool, typer.Option("--party-member/--not-party-member")] = True,
    as_json: Json = False,
) -> None:
    """Register a cadre; the same ID number twice is refused."""
    request = pb.RegisterCadreRequest(
        name=name, gender=parse(pb.Gender, gender, "--gender"), birth_date=birth_date,
        education_level=parse(pb.EducationLevel, education, "--education"),
        party_member=party_member, phone=phone, id_number=id_number, division_code=division,
    )  # fmt: skip
    reply = call(stub().RegisterCadre, request)
    done(reply, as_json, reply.cadre_id)


@app.command("update")
def update(
    cadre_id: CadreId,
    name: Annotated[str | None, typer.Option()] = None,
    phone: Annotated[str | None, typer.Option()] = None,
    birth_date: Annotated[str | None, day_option(help="Date of birth")] = None,
) -> None:
    """Correct a cadre's name, phone or birth date."""
    request = pb.UpdatePersonalDataRequest(
        cadre_id=cadre_id, name=name, phone=phone, birth_date=birth_date
    )
    call(stub().UpdatePersonalData, request)
    typer.echo(say("updated"))


@app.command("erase")
def erase(cadre_id: CadreId, yes: Annotated[bool, typer.Option("--yes")] = False) -> None:
    """Erase a cadre's personal data for good (the key is destroyed)."""
    if not yes:
        question = say("Erase the personal data of {id}? This cannot be undone", id=cadre_id)
        typer.confirm(question, abort=True)
    call(stub().ErasePersonalData, pb.ErasePersonalDataRequest(cadre_id=cadre_id))
    typer.echo(say("erased"))


@app.command("show")
def show_cadre(cadre_id: CadreId, as_json: Json = False) -> None:
    """One cadre, with personal fields when your role may see them."""
    cadre = call(stub().GetCadre, pb.GetCadreRequest(cadre_id=cadre_id)).cadre
    if as_json:
        emit_json(cadre)
        return
    personal = cadre.personal
    status = label(pb.PersonalDataStatus, personal.status)
    rows = [
        ("id", cadre.cadre_id), ("division code", cadre.division_code),
        ("full name", personal.name or f"({status})"), ("birth date", personal.birth_date),
        ("phone", personal.phone), ("gender", label(pb.Gender, cadre.gender)),
        ("age band", cadre.age_band), ("education", label(pb.EducationLevel, cadre.education_level)),
        ("party member", say("yes") if cadre.party_member else say("no")),
        ("posts", "; ".join(say("{post} @ {unit} since {day}", post=label(pb.Post, p.post),
                                unit=p.org_unit_id, day=p.since) for p in cadre.posts)),
        ("evaluations", ", ".join(f"{e.year}: {label(pb.EvaluationGrade, e.grade)}"
                                  for e in cadre.evaluations)),
        ("student official", word(pb.StudentOfficialStatus, cadre.student_official.status)),
    ]  # fmt: skip
    record(cadre.cadre_id, rows)


@app.command("list")
def list_cadres(division: Division = "", as_json: Json = False) -> None:
    """Cadres registered under a division code."""
    reply = call(stub().ListCadres, pb.ListCadresRequest(division_code=division, page_size=500))
    if as_json:
        emit_json([as_dict(c) for c in reply.cadres])
        return
    table(say("cadres"), ["id", "code", "full name", "gender", "age", "education"], [
        (c.cadre_id, c.division_code, c.personal.name, label(pb.Gender, c.gender), c.age_band,
         label(pb.EducationLevel, c.education_level)) for c in reply.cadres
    ])  # fmt: skip


@app.command("evaluate")
def evaluate(
    cadre_id: CadreId,
    year: Year,
    grade: Annotated[str, typer.Option(help="excellent, competent, basically_competent, …")],
    achievement: Annotated[list[str] | None, typer.Option(help="Repeat for each")] = None,
    evaluated_on: Day = "",
) -> None:
    """Annual evaluation (实绩考核): one grade per year, excellent names achievements."""
    request = pb.EvaluateCadreRequest(
        cadre_id=cadre_id, year=year, grade=parse(pb.EvaluationGrade, grade, "--grade"),
        achievements=achievement or [], evaluated_on=evaluated_on,
    )  # fmt: skip
    call(stub().EvaluateCadre, request)
    typer.echo(say("evaluated"))
