"""The leadership team (班子) and the secretary post, fed by cadre appointments.

The secretary is the "first responsible person"; the post is filled by a
secretary appointment and vacated when that cadre leaves it (DOMAIN.md). Cadre
events may arrive more than once, so repeating a fact already true changes nothing.
一肩挑 is derived: the secretary also holds the village committee head post.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.org_unit_lifecycle import require_active
from frontline.organization.domain.org_unit_state import OrgUnitState, evolve

SECRETARY_POST = "secretary"


def _with_one_shoulder(
    s: OrgUnitState, events: Sequence[DomainEvent], on: date
) -> list[DomainEvent]:
    after = s
    for event in events:
        after = evolve(after, event)
    derived = after.derived_one_shoulder()
    if derived == s.one_shoulder:
        return list(events)
    return [*events, ev.OneShoulderChanged(one_shoulder=derived, changed_on=on)]


def fill_secretary(c: cmd.FillSecretaryPost, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    current = s.secretary
    if current and current.cadre_id == c.cadre_id and s.secretary_also_head == c.also_village_head:
        return []
    events: list[DomainEvent] = []
    if current and current.cadre_id != c.cadre_id:
        events.append(
            ev.SecretaryPostVacated(
                cadre_id=current.cadre_id, vacated_on=c.filled_on, reason="succeeded"
            )
        )
    events.append(
        ev.SecretaryPostFilled(
            cadre_id=c.cadre_id, filled_on=c.filled_on, also_village_head=c.also_village_head
        )
    )
    return _with_one_shoulder(s, events, c.filled_on)


def vacate_secretary(c: cmd.VacateSecretaryPost, s: OrgUnitState) -> list[DomainEvent]:
    if not s.exists or s.secretary is None or s.secretary.cadre_id != c.cadre_id:
        return []
    vacated = ev.SecretaryPostVacated(cadre_id=c.cadre_id, vacated_on=c.vacated_on, reason=c.reason)
    return _with_one_shoulder(s, [vacated], c.vacated_on)


def appoint_member(c: cmd.AppointTeamMember, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    if c.post == SECRETARY_POST:
        raise InvalidArgument.field(
            "post", "the secretary post is filled by FillSecretaryPost", "SECRETARY_POST"
        )
    if s.holds(c.cadre_id, c.post):
        return []
    appointed = ev.TeamMemberAppointed(
        cadre_id=c.cadre_id, post=c.post, appointed_on=c.appointed_on
    )
    return _with_one_shoulder(s, [appointed], c.appointed_on)


def remove_member(c: cmd.RemoveTeamMember, s: OrgUnitState) -> list[DomainEvent]:
    if not s.exists or not s.holds(c.cadre_id, c.post):
        return []
    left = ev.TeamMemberLeft(cadre_id=c.cadre_id, post=c.post, left_on=c.left_on, reason=c.reason)
    return _with_one_shoulder(s, [left], c.left_on)
