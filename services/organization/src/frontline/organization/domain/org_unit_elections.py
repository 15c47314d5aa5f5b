"""Terms and elections (换届): reminders, overdue flags, elections, postponement.

DOMAIN.md: reminders 6 months ahead (configurable, the timer's due time); a
postponement needs the approval of the level above and reaches at most one year
past the term's due date.
"""

from __future__ import annotations

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.dates import add_years
from frontline.organization.domain.org_unit_lifecycle import check_term_years, require_active
from frontline.organization.domain.org_unit_state import OrgUnitState

MAX_POSTPONEMENT_YEARS = 1


def _timer_still_current(s: OrgUnitState, due_on: object) -> bool:
    # A timer from an earlier term (election held or postponed since) is stale.
    return s.exists and s.active and s.election_due_on == due_on


def issue_reminder(c: cmd.IssueElectionReminder, s: OrgUnitState) -> list[DomainEvent]:
    if not _timer_still_current(s, c.election_due_on) or s.reminded:
        return []
    return [ev.ElectionReminderIssued(election_due_on=c.election_due_on, issued_on=c.today)]


def flag_overdue(c: cmd.FlagElectionOverdue, s: OrgUnitState) -> list[DomainEvent]:
    if not _timer_still_current(s, c.election_due_on) or s.overdue:
        return []
    if c.today <= c.election_due_on:
        return []
    return [ev.ElectionOverdue(election_due_on=c.election_due_on, flagged_on=c.today)]


def record_election(c: cmd.RecordElection, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    years = c.term_years or s.term_years
    check_term_years(s.level, years)
    if s.term_started_on and c.held_on < s.term_started_on:
        raise InvalidArgument.field(
            "held_on",
            "before the current term started ({started_on})",
            "BEFORE_TERM_STARTED",
            started_on=s.term_started_on,
        )
    return [
        ev.ElectionHeld(
            held_on=c.held_on, term_years=years, election_due_on=add_years(c.held_on, years)
        )
    ]


def postpone(c: cmd.PostponeElection, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    if c.approver.unit_id != s.parent_id:
        raise PreconditionFailed(
            "APPROVER_NOT_LEVEL_ABOVE",
            c.approver.unit_id,
            "a postponement is approved by the level above (the unit's parent)",
        )
    assert s.election_due_on is not None and s.term_due_on is not None
    if c.new_due_on <= s.election_due_on:
        raise InvalidArgument.field(
            "new_due_on",
            "must be later than the current due date ({due_on})",
            "NOT_LATER_THAN_DUE",
            due_on=s.election_due_on,
        )
    limit = add_years(s.term_due_on, MAX_POSTPONEMENT_YEARS)
    if c.new_due_on > limit:
        raise PreconditionFailed(
            "POSTPONEMENT_LIMIT",
            s.unit_id,
            "an election may be postponed by at most one year (until {limit})",
            limit=limit,
        )
    if not c.reason.strip():
        raise InvalidArgument.field(
            "reason",
            "a postponement states its reason",
            "POSTPONEMENT_REASON_REQUIRED",
        )
    return [
        ev.ElectionPostponed(
            previous_due_on=s.election_due_on,
            election_due_on=c.new_due_on,
            approved_by_unit_id=c.approver.unit_id,
            approved_on=c.approved_on,
            reason=c.reason.strip(),
        )
    ]
