"""Org unit use cases: establish, elections, dissolution, oversight, look-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import found_in_scope, require_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.use_cases.ports import Ports
from frontline.organization.views import UnitView


async def unit_in_scope(p: Ports, unit_id: str) -> UnitView:
    """The unit, after checking it exists and the caller may act on it."""
    return found_in_scope(await p.read.unit(unit_id), "org unit", unit_id)


async def act_on_unit(p: Ports, unit_id: str, command: cmd.OrgUnitCommand) -> UnitView:
    """Run a command on a unit in the caller's scope; the unit as it is now."""
    await unit_in_scope(p, unit_id)
    await p.commands.execute(org_unit_decider, unit_id, command)
    return await _reloaded(p, unit_id)


async def _reloaded(p: Ports, unit_id: str) -> UnitView:
    # The read model is written in the command's own statement: it is current.
    unit = await p.read.unit(unit_id)
    if unit is None:
        raise NotFound("org unit", unit_id)
    return unit


@dataclass(frozen=True)
class Establishment:
    level: OrgLevel
    division_code: str
    name: str
    parent_unit_id: str | None
    established_on: date
    term_started_on: date | None
    term_years: int | None


async def establish_unit(p: Ports, e: Establishment) -> UnitView:
    parent = (await unit_in_scope(p, e.parent_unit_id)).facts if e.parent_unit_id else None
    # One active unit per division code (branches share their village's code). A retried
    # request replays its first answer instead of tripping over the unit it made.
    taken = e.level is not OrgLevel.BRANCH and await p.read.unit_on(e.division_code)
    if taken and not await p.commands.answered_before():
        raise AlreadyExists(
            "an active unit on {division_code} exists",
            "DIVISION_TAKEN",
            division_code=e.division_code,
        )
    command = cmd.EstablishOrgUnit(
        unit_id=p.new_id(),
        level=e.level,
        division_code=e.division_code,
        name=e.name,
        parent=parent,
        established_on=e.established_on,
        term_started_on=e.term_started_on,
        term_years=e.term_years,
    )
    result = await p.commands.execute(org_unit_decider, command.unit_id, command)
    return await _reloaded(p, result.stream_id)  # a replay answers with the first unit


@dataclass(frozen=True)
class Postponement:
    new_due_on: date
    approving_unit_id: str | None
    approved_on: date
    reason: str


async def postpone_election(p: Ports, unit_id: str, request: Postponement) -> UnitView:
    unit = await unit_in_scope(p, unit_id)
    approver_id = request.approving_unit_id or unit.parent_id
    if not approver_id:
        raise InvalidArgument.field(
            "approving_unit_id", "the unit has no level above", "NO_LEVEL_ABOVE"
        )
    # The caller acts for the approving level, so it must cover that level's code.
    approver = await unit_in_scope(p, approver_id)
    command = cmd.PostponeElection(
        new_due_on=request.new_due_on,
        approver=approver.facts,
        approved_on=request.approved_on,
        reason=request.reason,
    )
    await p.commands.execute(org_unit_decider, unit_id, command)
    return await _reloaded(p, unit_id)


async def dissolve_unit(
    p: Ports, unit_id: str, merged_into_unit_id: str | None, dissolved_on: date, reason: str
) -> UnitView:
    unit = await unit_in_scope(p, unit_id)
    target = (await unit_in_scope(p, merged_into_unit_id)).facts if merged_into_unit_id else None
    command = cmd.DissolveOrgUnit(
        dissolved_on=dissolved_on,
        reason=reason,
        active_children=unit.active_children,
        merged_into=target,
    )
    await p.commands.execute(org_unit_decider, unit_id, command)
    return await _reloaded(p, unit_id)


@dataclass(frozen=True)
class FormRecord:
    form: OrgForm
    member_count: int
    has_party_groups: bool
    recorded_on: date


async def record_form(p: Ports, unit_id: str, record: FormRecord) -> UnitView:
    """The unit's form and size; the meetings they make due follow (DOMAIN.md "Meetings")."""
    command = cmd.RecordOrgForm(
        form=record.form,
        member_count=record.member_count,
        has_party_groups=record.has_party_groups,
        recorded_on=record.recorded_on,
        today=p.today(),
        every_months=p.rules.meeting_every_months,
    )
    return await act_on_unit(p, unit_id, command)


async def election_reminder(p: Ports, unit_id: str, election_due_on: date) -> None:
    """Fired by the reminder timer (deadlines.py)."""
    command = cmd.IssueElectionReminder(election_due_on=election_due_on, today=p.today())
    await p.commands.execute(org_unit_decider, unit_id, command)


async def election_overdue(p: Ports, unit_id: str, election_due_on: date) -> None:
    """Fired by the overdue timer (deadlines.py)."""
    command = cmd.FlagElectionOverdue(election_due_on=election_due_on, today=p.today())
    await p.commands.execute(org_unit_decider, unit_id, command)


async def get_unit(p: Ports, unit_id: str | None, division_code: str | None) -> UnitView:
    if unit_id:
        return await unit_in_scope(p, unit_id)
    if division_code:
        found = await p.read.unit_on(division_code)
        if found is None:
            raise NotFound("org unit on division", division_code)
        require_scope(found.division_code)
        return found
    raise InvalidArgument.field("org_unit_id", "give an id or a division code", "ID_OR_CODE")


async def list_units(
    p: Ports, prefix: str, level: OrgLevel | None, include_dissolved: bool, page: Page
) -> list[UnitView]:
    return await p.read.units(scoped_prefix(prefix), level, include_dissolved, page)


async def list_children(p: Ports, unit_id: str, include_dissolved: bool) -> list[UnitView]:
    await unit_in_scope(p, unit_id)
    return await p.read.children(unit_id, include_dissolved)
