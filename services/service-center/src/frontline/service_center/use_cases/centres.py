"""Centre use cases: establish on an org unit, service lines, staff on duty, close, look-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import require_scope
from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists, NotFound, PreconditionFailed
from frontline.service_center.domain import centre_commands as cmd
from frontline.service_center.domain.centre import centre_decider
from frontline.service_center.domain.centre_state import CentreState
from frontline.service_center.domain.facts import township_of
from frontline.service_center.domain.vocabulary import RequestKind
from frontline.service_center.use_cases.access import in_reach, listing
from frontline.service_center.use_cases.ports import Ports
from frontline.service_center.views import CentreView


async def centre_in_reach(p: Ports, centre_id: str) -> CentreView:
    return in_reach(await p.read.centre(centre_id), "centre", centre_id)


async def _answer(p: Ports, state: object, centre_id: str) -> CentreView:
    """The centre as the read model now holds it: from the command's state (the row is
    written from exactly that), read back only for a replayed request."""
    if isinstance(state, CentreState) and state.exists:
        return CentreView.of_state(state)
    view = await p.read.centre(centre_id)
    if view is None:
        raise NotFound("centre", centre_id)
    return view


def limits_of(p: Ports, line: str) -> dict[RequestKind, int]:
    return {RequestKind(k): v for k, v in p.rules.time_limits_of(line).items()}


@dataclass(frozen=True)
class Establishment:
    org_unit_id: str
    name: str
    established_on: date
    lines: tuple[str, ...] = ()


async def establish_centre(p: Ports, e: Establishment) -> CentreView:
    unit = await p.directory.unit(e.org_unit_id)
    if unit is None:
        # The org directory follows organization.events.v1 and may not have seen it yet.
        raise PreconditionFailed(
            "UNKNOWN_ORG_UNIT", e.org_unit_id, "no such org unit is known to this service"
        )
    require_scope(unit.division_code)
    # One active centre per org unit; a retried request replays its first answer.
    taken = await p.read.centre_on_unit(e.org_unit_id)
    if taken is not None and not await p.commands.answered_before():
        raise AlreadyExists(
            "org unit {org_unit_id} already has centre {centre_id}",
            "UNIT_HAS_CENTRE",
            org_unit_id=e.org_unit_id,
            centre_id=taken.centre_id,
        )
    command = cmd.EstablishCentre(
        centre_id=p.new_id(),
        unit=unit,
        name=e.name,
        established_on=e.established_on,
        lines={line: limits_of(p, line) for line in e.lines},
    )
    result = await p.commands.execute(centre_decider, command.centre_id, command)
    return await _answer(p, result.state, result.stream_id)


async def act_on_centre(p: Ports, centre_id: str, command: cmd.CentreCommand) -> CentreView:
    await centre_in_reach(p, centre_id)
    result = await p.commands.execute(centre_decider, centre_id, command)
    return await _answer(p, result.state, centre_id)


async def set_service_line(
    p: Ports, centre_id: str, line: str, offered: bool, set_on: date
) -> CentreView:
    command = cmd.SetServiceLine(
        line=line, offered=offered, time_limits=limits_of(p, line), set_on=set_on
    )
    return await act_on_centre(p, centre_id, command)


async def put_staff_on_duty(
    p: Ports, centre_id: str, cadre_id: str, on_duty_from: date
) -> CentreView:
    centre = await centre_in_reach(p, centre_id)
    serves = await p.directory.serves_in(cadre_id, township_of(centre.division_code))
    command = cmd.PutStaffOnDuty(
        cadre_id=cadre_id, serves_in_township=serves, on_duty_from=on_duty_from
    )
    return await act_on_centre(p, centre_id, command)


async def get_centre(p: Ports, centre_id: str) -> CentreView:
    return await centre_in_reach(p, centre_id)


async def list_centres(p: Ports, prefix: str, include_closed: bool, page: Page) -> list[CentreView]:
    chosen, exact = listing(prefix)
    return await p.read.centres(chosen, exact, include_closed, page)
