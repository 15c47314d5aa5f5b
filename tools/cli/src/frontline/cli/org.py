"""`frontline org …`: org units, 四议两公开 decisions, meetings (organization service)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli import org_decisions, org_duties, org_meetings, org_orders
from frontline.cli.client import call
from frontline.cli.enums import label, parse, parse_all
from frontline.cli.language import say
from frontline.cli.options import (
    FIRST_YEAR,
    LAST_YEAR,
    Day,
    Division,
    Json,
    day_option,
    sub_app,
)
from frontline.cli.org_format import stub
from frontline.cli.output import as_dict, emit_json, record, table

app = sub_app()
unit_app = sub_app("Org units: establish, elections, rectification")
app.add_typer(unit_app, name="unit")
app.add_typer(org_decisions.app, name="decision")
app.add_typer(org_meetings.app, name="meeting")
app.add_typer(org_duties.app, name="duty")
app.add_typer(org_orders.app, name="order")
UnitId = Annotated[str, typer.Argument(help="Org unit id")]
TermYears = Annotated[
    int, typer.Option(min=0, max=10, help="Term in years: 5; branches may have 3 (0: default)")
]


def _rectification(plan: pb.Rectification) -> str:
    if not plan.confirmed_on:
        return ""
    since = say("{percent}% since {day}", percent=plan.percent_complete, day=plan.confirmed_on)
    if not plan.signed_off_on:
        return since
    return since + say(", signed off {day}", day=plan.signed_off_on)


def _form(unit: pb.OrgUnit) -> str:
    if not unit.form_recorded_on:
        return say("not recorded")
    groups = say(", party groups") if unit.has_party_groups else ""
    return say(
        "{form}, {members} members{groups} (recorded {day})",
        form=label(pb.OrgForm, unit.form),
        members=unit.member_count,
        groups=groups,
        day=unit.form_recorded_on,
    )


def _show_unit(unit: pb.OrgUnit, as_json: bool) -> None:
    if as_json:
        emit_json(unit)
        return
    vacant = say("vacant since {day}", day=unit.secretary_vacant_since)
    overdue = say(" (OVERDUE)") if unit.election_overdue else ""
    record(unit.name, [
        ("id", unit.org_unit_id), ("level", label(pb.OrgLevel, unit.level)),
        ("division code", unit.division_code), ("name", unit.name),
        ("parent", unit.parent_unit_id), ("status", label(pb.OrgUnitStatus, unit.status)),
        ("term", say("{years} years from {day}", years=unit.term_years,
                     day=unit.term_started_on)),
        ("election due", unit.election_due_on + overdue),
        ("secretary", unit.secretary.cadre_id or vacant),
        ("一肩挑", say("yes") if unit.one_shoulder else say("no")),
        ("team", ", ".join(f"{s.post}: {s.cadre_id}" for s in unit.team)),
        ("weak and lax", _rectification(unit.rectification)),
        ("ratings", ", ".join(f"{r.year}: {label(pb.SecretaryRating, r.rating)}"
                              for r in unit.ratings)),
        ("active children", unit.active_children),
        ("form", _form(unit)),
        ("meetings due", ", ".join(say("{meeting} every {months} mo",
                                       meeting=label(pb.MeetingType, d.meeting_type),
                                       months=d.every_months) for d in unit.meetings_due)),
    ])  # fmt: skip


def _list_units(units: Any, as_json: bool, title: str) -> None:
    if as_json:
        emit_json([as_dict(u) for u in units])
        return
    table(title, ["id", "level", "code", "name", "status", "election due", "secretary"], [
        (u.org_unit_id, label(pb.OrgLevel, u.level), u.division_code, u.name,
         label(pb.OrgUnitStatus, u.status), u.election_due_on,
         u.secretary.cadre_id or say("vacant"))
        for u in units
    ])  # fmt: skip


@unit_app.command("establish")
def establish(
    level: Annotated[str, typer.Option(help="county, township, village, community, branch")],
    division: Division,
    name: Annotated[str, typer.Option()],
    parent: Annotated[str, typer.Option(help="Parent unit id")] = "",
    established_on: Day = "",
    term_started_on: Day = "",
    term_years: TermYears = 0,
    as_json: Json = False,
) -> None:
    """Establish an org unit under its parent."""
    request = pb.EstablishOrgUnitRequest(
        level=parse(pb.OrgLevel, level, "--level"), division_code=division, name=name,
        parent_unit_id=parent, established_on=established_on, term_started_on=term_started_on,
        term_years=term_years,
    )  # fmt: skip
    _show_unit(call(stub().EstablishOrgUnit, request).org_unit, as_json)


@unit_app.command("show")
def show_unit(
    unit_id: Annotated[str, typer.Argument(help="Unit id, or a division code")],
    as_json: Json = False,
) -> None:
    """A unit with its team, term, rectification and ratings."""
    by_code = unit_id.isdigit()
    request = pb.GetOrgUnitRequest(
        org_unit_id="" if by_code else unit_id, division_code=unit_id if by_code else ""
    )
    _show_unit(call(stub().GetOrgUnit, request).org_unit, as_json)


@unit_app.command("list")
def list_units(
    division: Division = "",
    level: Annotated[str, typer.Option()] = "",
    include_dissolved: Annotated[bool, typer.Option("--include-dissolved")] = False,
    as_json: Json = False,
) -> None:
    """Units under a division code (default: your scope)."""
    request = pb.ListOrgUnitsRequest(
        division_code_prefix=division, level=parse(pb.OrgLevel, level, "--level"),
        include_dissolved=include_dissolved, page_size=500,
    )  # fmt: skip
    _list_units(call(stub().ListOrgUnits, request).org_units, as_json, say("org units"))


@unit_app.command("children")
def children(unit_id: UnitId, as_json: Json = False) -> None:
    """The units established directly under a unit."""
    response = call(stub().ListChildUnits, pb.ListChildUnitsRequest(org_unit_id=unit_id))
    _list_units(response.org_units, as_json, say("children"))


@unit_app.command("election")
def election(
    unit_id: UnitId, held_on: Day = "", term_years: TermYears = 0, as_json: Json = False
) -> None:
    """Record an election (换届) that starts a new term."""
    request = pb.RecordElectionRequest(org_unit_id=unit_id, held_on=held_on, term_years=term_years)
    _show_unit(call(stub().RecordElection, request).org_unit, as_json)


@unit_app.command("postpone")
def postpone(
    unit_id: UnitId,
    until: Annotated[str, day_option(help="New due date (≤ 1 year later)")],
    reason: Annotated[str, typer.Option()],
    approver: Annotated[str, typer.Option(help="Approving unit (default: parent)")] = "",
    approved_on: Day = "",
    as_json: Json = False,
) -> None:
    """Postpone the election, approved by the level above."""
    request = pb.PostponeElectionRequest(
        org_unit_id=unit_id, new_due_on=until, reason=reason, approving_unit_id=approver,
        approved_on=approved_on,
    )  # fmt: skip
    _show_unit(call(stub().PostponeElection, request).org_unit, as_json)


@unit_app.command("dissolve")
def dissolve(
    unit_id: UnitId,
    reason: Annotated[str, typer.Option()],
    merged_into: Annotated[str, typer.Option(help="Unit of the same level (merger)")] = "",
    dissolved_on: Day = "",
    as_json: Json = False,
) -> None:
    """Dissolve a unit, or merge it into another."""
    request = pb.DissolveOrgUnitRequest(
        org_unit_id=unit_id, reason=reason, merged_into_unit_id=merged_into,
        dissolved_on=dissolved_on,
    )  # fmt: skip
    _show_unit(call(stub().DissolveOrgUnit, request).org_unit, as_json)


@unit_app.command("weak-lax")
def weak_lax(
    unit_id: UnitId,
    criterion: Annotated[list[str], typer.Option(help="secretary_vacant, election_overdue, ...")],
    plan: Annotated[str, typer.Option(help="Rectification plan")],
    target_on: Day = "",
    confirmed_on: Day = "",
    as_json: Json = False,
) -> None:
    """Confirm (认定) a unit as weak and lax."""
    request = pb.ConfirmWeakLaxRequest(
        org_unit_id=unit_id, rectification_plan=plan, target_on=target_on,
        confirmed_on=confirmed_on,
        criteria=parse_all(pb.WeakLaxCriterion, criterion, "--criterion"),
    )  # fmt: skip
    _show_unit(call(stub().ConfirmWeakLax, request).org_unit, as_json)


@unit_app.command("progress")
def progress(
    unit_id: UnitId,
    percent: Annotated[int, typer.Argument(min=0, max=100, help="Percent complete")],
    note: str,
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """Record rectification progress."""
    request = pb.RecordRectificationProgressRequest(
        org_unit_id=unit_id, percent_complete=percent, note=note, recorded_on=recorded_on
    )
    _show_unit(call(stub().RecordRectificationProgress, request).org_unit, as_json)


@unit_app.command("sign-off")
def sign_off(
    unit_id: UnitId, summary: str = "", signed_off_on: Day = "", as_json: Json = False
) -> None:
    """Sign the rectification off (整顿销号)."""
    request = pb.SignOffRectificationRequest(
        org_unit_id=unit_id, summary=summary, signed_off_on=signed_off_on
    )
    _show_unit(call(stub().SignOffRectification, request).org_unit, as_json)


@unit_app.command("form")
def form(
    unit_id: UnitId,
    form: Annotated[str, typer.Option(help="committee (委员会), general_branch (总支), branch")],
    members: Annotated[
        int, typer.Option(min=1, max=100_000, help="Party members of the organization")
    ],
    party_groups: Annotated[bool, typer.Option(help="The branch has party groups")] = False,
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """Record the organization's form and size; shows the meetings they make due."""
    request = pb.RecordOrgFormRequest(
        org_unit_id=unit_id,
        form=parse(pb.OrgForm, form, "--form"),
        member_count=members,
        has_party_groups=party_groups,
        recorded_on=recorded_on,
    )
    _show_unit(call(stub().RecordOrgForm, request).org_unit, as_json)


@unit_app.command("rate")
def rate(
    unit_id: UnitId,
    year: Annotated[int, typer.Argument(min=FIRST_YEAR, max=LAST_YEAR)],
    rating: Annotated[str, typer.Argument(help="good, fairly_good, average, poor")],
    cadre: Annotated[str, typer.Option(help="Cadre id (default: current secretary)")] = "",
    as_json: Json = False,
) -> None:
    """Rate the unit's secretary for a year (述职评议)."""
    request = pb.RateSecretaryRequest(
        org_unit_id=unit_id, year=year, cadre_id=cadre,
        rating=parse(pb.SecretaryRating, rating, "RATING"),
    )  # fmt: skip
    _show_unit(call(stub().RateSecretary, request).org_unit, as_json)
