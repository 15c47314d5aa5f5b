"""Appointment use cases (选拔任用): nominate, inspect, public notice, its end fired by
the timer, an objection reported during it and its check, withdraw, appoint from an
election, leave a post; posts and procedures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_records import ProcedureStage
from frontline.cadre.domain.vocabulary import ObjectionOutcome, Post
from frontline.cadre.use_cases.ports import Ports
from frontline.cadre.use_cases.registry import act_on_cadre, age_band_on, answer, cadre_in_scope
from frontline.cadre.views import HoldingView, ProcedureView
from frontline.kernel.authz import found_in_scope, require_scope, scoped_prefix
from frontline.kernel.commands import CommandResult
from frontline.kernel.decider import Command
from frontline.kernel.errors import PreconditionFailed


async def live_unit_division(p: Ports, org_unit_id: str) -> str:
    """The division code of a live unit; FAILED_PRECONDITION for unknown or dissolved ones."""
    unit = await p.read.unit(org_unit_id)
    subject = f"org-unit/{org_unit_id}"
    if unit is None:
        raise PreconditionFailed("UNKNOWN_ORG_UNIT", subject, "no such org unit is known")
    if unit.dissolved_on is not None:
        raise PreconditionFailed(
            "ORG_UNIT_DISSOLVED",
            subject,
            "the org unit was dissolved on {dissolved_on}",
            dissolved_on=unit.dissolved_on,
        )
    return unit.division_code


async def _live_unit_in_scope(p: Ports, org_unit_id: str) -> str:
    division = await live_unit_division(p, org_unit_id)
    require_scope(division)
    return division


async def procedure_in_scope(p: Ports, procedure_id: str) -> ProcedureView:
    procedure = await p.read.procedure(procedure_id)
    return found_in_scope(procedure, "appointment procedure", procedure_id)


async def act_on_procedure(p: Ports, procedure_id: str, command: Command) -> CommandResult:
    """Run a command on the stream of the procedure's cadre (scope: the procedure's unit)."""
    procedure = await procedure_in_scope(p, procedure_id)
    return await p.commands.execute(p.cadre, procedure.cadre_id, command)


@dataclass(frozen=True)
class Nomination:
    cadre_id: str
    org_unit_id: str
    post: Post
    term_end: date | None
    also_village_head: bool
    nominated_on: date


async def nominate(p: Ports, n: Nomination) -> str:
    """民主推荐: opens a procedure for a post in a live unit; its id."""
    command = cmd.NominateForPost(
        procedure_id=p.new_id(),
        org_unit_id=n.org_unit_id,
        division_code=await _live_unit_in_scope(p, n.org_unit_id),
        post=n.post,
        term_end=n.term_end,
        also_village_head=n.also_village_head,
        nominated_on=n.nominated_on,
    )
    result = await act_on_cadre(p, n.cadre_id, command)
    # A retried request id answers with the procedure the first call opened.
    return answer(result, ev.AppointmentNominated).procedure_id


async def start_public_notice(p: Ports, procedure_id: str, starts_on: date) -> tuple[date, bool]:
    """任前公示 for at least 5 working days: (its last day, whether that is provisional)."""
    command = cmd.StartPublicNotice(procedure_id=procedure_id, starts_on=starts_on)
    started = answer(await act_on_procedure(p, procedure_id, command), ev.PublicNoticeStarted)
    return started.ends_on, started.provisional


async def end_public_notice(p: Ports, cadre_id: str, procedure_id: str) -> date | None:
    """Fired by the notice timer (deadlines.py): appoints the cadre once the notice ran.

    While the statutory calendar of the notice's year is not loaded the cadre is not
    appointed (never before five real working days): the answer is the county day
    after which to look again; None once done. An objection being checked holds the
    appointment: checking it appoints or withdraws, so the timer is done.
    """
    today = p.today()
    cadre = await p.read.cadre(cadre_id)
    command = cmd.CompletePublicNotice(
        procedure_id=procedure_id,
        today=today,
        age_band=await age_band_on(p, cadre, today) if cadre else None,
    )
    try:
        await p.commands.execute(p.cadre, cadre_id, command)
    except PreconditionFailed as exc:
        if exc.violations[0].type == "OBJECTION_OPEN":
            return None
        if exc.violations[0].type != "CALENDAR_UNKNOWN":
            raise
        return today
    return None


async def report_objection(p: Ports, procedure_id: str, reported_on: date) -> None:
    """任前公示期间反映问题: holds the procedure until the objection is checked."""
    command = cmd.ReportNoticeObjection(
        procedure_id=procedure_id, reported_on=reported_on, today=p.today()
    )
    await act_on_procedure(p, procedure_id, command)


async def check_objection(
    p: Ports, procedure_id: str, outcome: ObjectionOutcome, checked_on: date
) -> ProcedureStage:
    """Cleared → appointed (at once if the notice has ended), upheld → withdrawn; the
    procedure's stage after the check."""
    procedure = await procedure_in_scope(p, procedure_id)
    today = p.today()
    cadre = await p.read.cadre(procedure.cadre_id)
    command = cmd.CheckNoticeObjection(
        procedure_id=procedure_id,
        checked_on=checked_on,
        outcome=outcome,
        today=today,
        age_band=await age_band_on(p, cadre, today) if cadre else None,
    )
    result = await p.commands.execute(p.cadre, procedure.cadre_id, command)
    recorded = {type(stored.event) for stored in result.events}
    if ev.CadreAppointed in recorded:
        return "appointed"
    return "withdrawn" if ev.AppointmentWithdrawn in recorded else "in_notice"


@dataclass(frozen=True)
class Election:
    cadre_id: str
    org_unit_id: str
    post: Post
    election_ref: str
    term_end: date | None
    also_village_head: bool
    appointed_on: date


async def appoint_from_election(p: Ports, e: Election) -> None:
    """Elected posts come from an election result directly (DOMAIN.md "Appointment")."""
    division = await _live_unit_in_scope(p, e.org_unit_id)
    cadre = await cadre_in_scope(p, e.cadre_id)
    command = cmd.AppointFromElection(
        election_ref=e.election_ref,
        org_unit_id=e.org_unit_id,
        division_code=division,
        post=e.post,
        term_end=e.term_end,
        also_village_head=e.also_village_head,
        appointed_on=e.appointed_on,
        age_band=await age_band_on(p, cadre, e.appointed_on),
    )
    await p.commands.execute(p.cadre, e.cadre_id, command)


async def list_unit_posts(p: Ports, org_unit_id: str) -> list[HoldingView]:
    # A dissolved unit's posts are still listed: its cadres must be able to leave them.
    found_in_scope(await p.read.unit(org_unit_id), "org unit", org_unit_id)
    return await p.read.posts_in_unit(org_unit_id)


async def list_procedures(p: Ports, prefix: str, include_finished: bool) -> list[ProcedureView]:
    return await p.read.procedures(scoped_prefix(prefix, "division_code"), include_finished)
