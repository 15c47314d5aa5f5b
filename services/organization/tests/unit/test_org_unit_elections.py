"""Terms and elections: timer-fired reminders and overdue flags, elections, postponement."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.org_unit import org_unit_decider

from .org_unit_fixtures import COUNTY, DISSOLVED, TOWNSHIP, village_established

pytestmark = pytest.mark.unit
DUE = date(2026, 3, 1)


def test_the_reminder_timer_issues_a_reminder_once() -> None:
    fire = cmd.IssueElectionReminder(election_due_on=DUE, today=date(2025, 9, 1))
    reminded = ev.ElectionReminderIssued(election_due_on=DUE, issued_on=date(2025, 9, 1))
    scenario(org_unit_decider).given(village_established()).when(fire).then(reminded)
    scenario(org_unit_decider).given(village_established(), reminded).when(fire).then()


def test_a_reminder_for_an_earlier_term_changes_nothing() -> None:
    held = ev.ElectionHeld(
        held_on=date(2025, 12, 1), term_years=5, election_due_on=date(2030, 12, 1)
    )
    fire = cmd.IssueElectionReminder(election_due_on=DUE, today=date(2025, 12, 2))
    scenario(org_unit_decider).given(village_established(), held).when(fire).then()


def test_the_overdue_timer_flags_an_election_not_held_after_its_due_date() -> None:
    fire = cmd.FlagElectionOverdue(election_due_on=DUE, today=date(2026, 3, 2))
    scenario(org_unit_decider).given(village_established()).when(fire).then(
        ev.ElectionOverdue(election_due_on=DUE, flagged_on=date(2026, 3, 2))
    )


def test_the_overdue_timer_on_the_due_date_itself_changes_nothing() -> None:
    fire = cmd.FlagElectionOverdue(election_due_on=DUE, today=DUE)
    scenario(org_unit_decider).given(village_established()).when(fire).then()


def test_an_overdue_flag_after_the_election_was_held_changes_nothing() -> None:
    held = ev.ElectionHeld(held_on=date(2026, 2, 1), term_years=5, election_due_on=date(2031, 2, 1))
    fire = cmd.FlagElectionOverdue(election_due_on=DUE, today=date(2026, 3, 2))
    scenario(org_unit_decider).given(village_established(), held).when(fire).then()


def test_timers_of_a_dissolved_unit_change_nothing() -> None:
    fire = cmd.FlagElectionOverdue(election_due_on=DUE, today=date(2026, 3, 2))
    scenario(org_unit_decider).given(village_established(), DISSOLVED).when(fire).then()


def test_an_election_starts_a_new_term() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.RecordElection(held_on=date(2026, 1, 15))
    ).then(
        ev.ElectionHeld(held_on=date(2026, 1, 15), term_years=5, election_due_on=date(2031, 1, 15))
    )


def test_an_election_clears_the_overdue_flag() -> None:
    overdue = ev.ElectionOverdue(election_due_on=DUE, flagged_on=date(2026, 3, 2))
    held = ev.ElectionHeld(held_on=date(2026, 4, 1), term_years=5, election_due_on=date(2031, 4, 1))
    state = org_unit_decider.fold([village_established(), overdue, held])
    assert not state.overdue and state.election_due_on == date(2031, 4, 1)


def test_an_election_before_the_term_started_is_invalid() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.RecordElection(held_on=date(2020, 1, 1))
    ).raises(InvalidArgument)


def test_an_election_with_a_term_the_level_does_not_allow_is_invalid() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.RecordElection(held_on=date(2026, 1, 1), term_years=3)
    ).raises(InvalidArgument)


def test_an_election_in_an_unknown_unit_is_not_found() -> None:
    scenario(org_unit_decider).when(cmd.RecordElection(held_on=date(2026, 1, 1))).raises(NotFound)


def test_an_election_in_a_dissolved_unit_is_refused() -> None:
    scenario(org_unit_decider).given(village_established(), DISSOLVED).when(
        cmd.RecordElection(held_on=date(2026, 1, 1))
    ).raises(PreconditionFailed)


def postpone(until: date, approver=TOWNSHIP) -> cmd.PostponeElection:  # type: ignore[no-untyped-def]
    return cmd.PostponeElection(
        new_due_on=until, approver=approver, approved_on=date(2026, 1, 10), reason="flood recovery"
    )


def test_the_level_above_postpones_by_up_to_one_year() -> None:
    scenario(org_unit_decider).given(village_established()).when(postpone(date(2027, 3, 1))).then(
        ev.ElectionPostponed(
            previous_due_on=DUE,
            election_due_on=date(2027, 3, 1),
            approved_by_unit_id=TOWNSHIP.unit_id,
            approved_on=date(2026, 1, 10),
            reason="flood recovery",
        )
    )


def test_a_postponement_past_one_year_is_refused() -> None:
    scenario(org_unit_decider).given(village_established()).when(postpone(date(2027, 3, 2))).raises(
        PreconditionFailed
    )


def test_a_second_postponement_still_counts_from_the_original_due_date() -> None:
    first = ev.ElectionPostponed(
        previous_due_on=DUE,
        election_due_on=date(2026, 9, 1),
        approved_by_unit_id=TOWNSHIP.unit_id,
        approved_on=date(2026, 1, 10),
        reason="flood",
    )
    given = scenario(org_unit_decider).given(village_established(), first)
    given.when(postpone(date(2027, 3, 2))).raises(PreconditionFailed)
    given.when(postpone(date(2027, 3, 1))).then(
        ev.ElectionPostponed(
            previous_due_on=date(2026, 9, 1),
            election_due_on=date(2027, 3, 1),
            approved_by_unit_id=TOWNSHIP.unit_id,
            approved_on=date(2026, 1, 10),
            reason="flood recovery",
        )
    )


def test_a_postponement_not_approved_by_the_parent_is_refused() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        postpone(date(2026, 9, 1), approver=COUNTY)
    ).raises(PreconditionFailed)


def test_a_postponement_to_an_earlier_date_is_invalid() -> None:
    scenario(org_unit_decider).given(village_established()).when(postpone(date(2026, 2, 1))).raises(
        InvalidArgument
    )


def test_a_postponement_gets_a_fresh_reminder_and_lifts_the_overdue_flag() -> None:
    overdue = ev.ElectionOverdue(election_due_on=DUE, flagged_on=date(2026, 3, 2))
    reminded = ev.ElectionReminderIssued(election_due_on=DUE, issued_on=date(2025, 9, 1))
    moved = ev.ElectionPostponed(
        previous_due_on=DUE,
        election_due_on=date(2026, 9, 1),
        approved_by_unit_id=TOWNSHIP.unit_id,
        approved_on=date(2026, 3, 5),
        reason="flood",
    )
    state = org_unit_decider.fold([village_established(), reminded, overdue, moved])
    assert not state.overdue and not state.reminded
