"""The org unit decider: one stream per party organization (stream type ``org_unit``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontline.kernel.decider import Decider, DomainEvent
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_elections as elections
from frontline.organization.domain import org_unit_form as form
from frontline.organization.domain import org_unit_lifecycle as lifecycle
from frontline.organization.domain import org_unit_oversight as oversight
from frontline.organization.domain import org_unit_team as team
from frontline.organization.domain.org_unit_events import ORG_UNIT_EVENTS
from frontline.organization.domain.org_unit_state import OrgUnitState, evolve

RULES: dict[type[Any], Callable[[Any, OrgUnitState], list[DomainEvent]]] = {
    cmd.EstablishOrgUnit: lifecycle.establish,
    cmd.DissolveOrgUnit: lifecycle.dissolve,
    cmd.IssueElectionReminder: elections.issue_reminder,
    cmd.FlagElectionOverdue: elections.flag_overdue,
    cmd.RecordElection: elections.record_election,
    cmd.PostponeElection: elections.postpone,
    cmd.RecordOrgForm: form.record_form,
    cmd.FillSecretaryPost: team.fill_secretary,
    cmd.VacateSecretaryPost: team.vacate_secretary,
    cmd.AppointTeamMember: team.appoint_member,
    cmd.RemoveTeamMember: team.remove_member,
    cmd.ConfirmWeakLax: oversight.confirm_weak_lax,
    cmd.RecordRectificationProgress: oversight.record_progress,
    cmd.SignOffRectification: oversight.sign_off,
    cmd.RateSecretary: oversight.rate_secretary,
}


org_unit_decider: Decider[cmd.OrgUnitCommand, OrgUnitState] = Decider(
    stream_type="org_unit",
    initial_state=OrgUnitState,
    evolve=evolve,
    rules=RULES,
    events=ORG_UNIT_EVENTS,
)
