"""The leadership team follows the cadre service's appointments (DOMAIN.md "Org unit").

The secretary post is filled when the cadre service announces a secretary
appointment and vacated when that cadre leaves it. Other team posts (deputy
secretary, committee members, village committee head — the last one decides
一肩挑) follow the same way. The deciders treat a fact that is already true as a
no-op, so a redelivered event changes nothing.

Filling a post moves authority, so an appointment is applied only when what it
names is in this service's own records: the unit (with the division the event
claims) and the cadre. The cadres come from CadreRegistered on the same topic and
partition (keyed by cadre), so a registration is always applied before that
cadre's appointments. Anything else is refused (dead-lettered and alerted).
"""

from __future__ import annotations

from frontline.contracts.cadre import CadreAppointed, CadreLeftPost, CadreRegistered
from frontline.kernel.inbound import RefusedEvent
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.use_cases.ports import Ports

SECRETARY = "secretary"
# "other" posts are not part of the leadership team (班子).
TEAM_POSTS = frozenset(
    {"deputy_secretary", "committee_member", "village_committee_head", "village_committee_member"}
)


class UnknownReference(RefusedEvent):
    """A cadre event names a unit or cadre this service does not know (or not so)."""


async def cadre_registered(p: Ports, e: CadreRegistered) -> None:
    await p.cadres.record(e.cadre_id, e.division_code)


async def _check_references(p: Ports, e: CadreAppointed | CadreLeftPost) -> None:
    unit = await p.read.unit_facts(e.org_unit_id)
    if unit is None:
        raise UnknownReference(f"no org unit {e.org_unit_id} is established here")
    if unit.division_code != e.division_code:
        raise UnknownReference(
            f"org unit {e.org_unit_id} is on division {unit.division_code}, not {e.division_code}"
        )
    if not await p.cadres.knows(e.cadre_id):
        raise UnknownReference(f"cadre {e.cadre_id} was never registered by the cadre service")


async def cadre_appointed(p: Ports, e: CadreAppointed) -> None:
    await _check_references(p, e)
    command: cmd.OrgUnitCommand
    if e.post == SECRETARY:
        command = cmd.FillSecretaryPost(
            cadre_id=e.cadre_id, filled_on=e.appointed_on, also_village_head=e.also_village_head
        )
    elif e.post in TEAM_POSTS:
        command = cmd.AppointTeamMember(
            cadre_id=e.cadre_id, post=e.post, appointed_on=e.appointed_on
        )
    else:
        return
    await p.commands.execute(org_unit_decider, e.org_unit_id, command)


async def cadre_left_post(p: Ports, e: CadreLeftPost) -> None:
    await _check_references(p, e)
    command: cmd.OrgUnitCommand
    if e.post == SECRETARY:
        command = cmd.VacateSecretaryPost(
            cadre_id=e.cadre_id, vacated_on=e.left_on, reason=e.reason
        )
    elif e.post in TEAM_POSTS:
        command = cmd.RemoveTeamMember(
            cadre_id=e.cadre_id, post=e.post, left_on=e.left_on, reason=e.reason
        )
    else:
        return
    await p.commands.execute(org_unit_decider, e.org_unit_id, command)
