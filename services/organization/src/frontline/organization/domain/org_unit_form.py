"""Recording an org unit's form and size, and the meetings they make due.

DOMAIN.md "Meetings": which meetings are due depends on the organization's form
and size, recorded on the unit. Recording the same facts again changes nothing;
a new member count, form or county frequency records them anew.
"""

from __future__ import annotations

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.dates import refuse_future
from frontline.organization.domain.meeting_duties import meeting_duties
from frontline.organization.domain.org_form import FORMS_BY_LEVEL, OrgForm
from frontline.organization.domain.org_unit_lifecycle import require_active
from frontline.organization.domain.org_unit_state import OrgUnitState


def record_form(c: cmd.RecordOrgForm, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    _check(c, s)
    duties = meeting_duties(s.level, c.form, c.member_count, c.has_party_groups, c.every_months)
    current = (s.form, s.member_count, s.has_party_groups, s.meetings_due)
    if current == (c.form, c.member_count, c.has_party_groups, duties):
        return []
    return [
        ev.OrgFormRecorded(
            form=c.form,
            member_count=c.member_count,
            has_party_groups=c.has_party_groups,
            recorded_on=c.recorded_on,
            meetings_due=duties,
        )
    ]


def _check(c: cmd.RecordOrgForm, s: OrgUnitState) -> None:
    allowed = FORMS_BY_LEVEL[s.level]
    if c.form not in allowed:
        raise InvalidArgument.field(
            "form",
            "a {level} organization is one of: {forms}",
            "FORM_NOT_FOR_LEVEL",
            level=s.level,
            forms=sorted(allowed),
        )
    if c.member_count < 1:
        raise InvalidArgument.field(
            "member_count", "an organization has at least one member", "NO_MEMBERS"
        )
    # Party groups (党小组) are formed inside a branch, never directly under a general
    # branch or committee: those count their groups in their own branches.
    if c.has_party_groups and c.form is not OrgForm.BRANCH:
        raise InvalidArgument.field(
            "has_party_groups", "party groups are formed within branches", "GROUPS_OUTSIDE_BRANCH"
        )
    refuse_future(c.recorded_on, c.today, "recorded_on")
    if s.established_on and c.recorded_on < s.established_on:
        raise InvalidArgument.field(
            "recorded_on",
            "before the unit was established ({established_on})",
            "BEFORE_ESTABLISHED",
            established_on=s.established_on,
        )
    if s.form_recorded_on and c.recorded_on < s.form_recorded_on:
        raise InvalidArgument.field(
            "recorded_on",
            "before the form's last record ({last_on})",
            "BEFORE_LAST_FORM_RECORD",
            last_on=s.form_recorded_on,
        )
