"""Clues: receipt, the four ways of disposal, verification, the reply to the reporter."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain.clue import clue_decider
from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    Disposal,
    VerificationOutcome,
)
from frontline.kernel.calendar import WorkingCalendar, YearSchedule
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

from .clue_fixtures import DECIDER, RECEIVED, SEALED, VERIFYING, VILLAGE

pytestmark = pytest.mark.unit


def receive(**changes: object) -> cmd.ReceiveClue:
    values: dict[str, object] = {
        "clue_id": "clue-1",
        "division_code": VILLAGE,
        "source": ClueSource.LETTERS_VISITS,
        "category": Category.THREE_CAPITALS_MISUSE,
        "summary": "The pond was leased twice.",
        "received_on": date(2026, 3, 2),
        "reporter": SEALED,
    }
    return cmd.ReceiveClue.model_validate({**values, **changes})


def test_a_real_name_reporter_is_owed_a_reply_in_fifteen_working_days() -> None:
    scenario(DECIDER).when(receive()).then(RECEIVED)


def test_the_reply_deadline_skips_the_national_day_holiday() -> None:
    # 2026-09-28 (Mon): Oct 1–7 are holidays, Oct 10 (Sat) is worked: due Oct 23, not Oct 19.
    (made,) = scenario(DECIDER).when(receive(received_on=date(2026, 9, 28))).outcome()
    assert isinstance(made, ev.ClueReceived)
    assert (made.reply_due_on, made.reply_provisional) == (date(2026, 10, 23), False)


def test_a_deadline_in_an_unknown_year_is_counted_monday_to_friday_and_provisional() -> None:
    (made,) = scenario(DECIDER).when(receive(received_on=date(2026, 12, 21))).outcome()
    assert isinstance(made, ev.ClueReceived)
    assert (made.reply_due_on, made.reply_provisional) == (date(2027, 1, 11), True)


def test_an_anonymous_clue_owes_no_reply() -> None:
    (made,) = scenario(DECIDER).when(receive(reporter=None)).outcome()
    assert isinstance(made, ev.ClueReceived) and made.reply_due_on is None


def test_a_clue_names_a_township_or_village_and_says_something() -> None:
    for bad in (receive(division_code="440781"), receive(division_code="44078110x201")):
        error = scenario(DECIDER).when(bad).raises(InvalidArgument)
        assert error.violations[0].field == "division_code"  # type: ignore[attr-defined]
    scenario(DECIDER).when(receive(summary="  ")).raises(InvalidArgument)
    scenario(DECIDER).given(RECEIVED).when(receive()).raises(AlreadyExists)


def dispose(disposal: Disposal, day: int = 5) -> cmd.DisposeClue:
    return cmd.DisposeClue(disposal=disposal, disposed_on=date(2026, 3, day))


def test_a_shelved_clue_may_be_revived_but_a_closed_one_may_not() -> None:
    shelved = ev.ClueDisposed(
        disposal=Disposal.SHELVE, disposed_on=date(2026, 3, 5), category=Category.OTHER
    )
    scenario(DECIDER).given(RECEIVED, shelved).when(
        dispose(Disposal.PRELIMINARY_VERIFICATION, 9)
    ).then(
        ev.ClueDisposed(
            disposal=Disposal.PRELIMINARY_VERIFICATION,
            disposed_on=date(2026, 3, 9),
            category=Category.OTHER,
        )
    )
    scenario(DECIDER).given(RECEIVED, shelved).when(dispose(Disposal.SHELVE, 9)).raises(
        PreconditionFailed
    )
    closed = ev.ClueDisposed(
        disposal=Disposal.CLOSE, disposed_on=date(2026, 3, 5), category=Category.OTHER
    )
    scenario(DECIDER).given(RECEIVED, closed).when(dispose(Disposal.SHELVE, 9)).raises(
        PreconditionFailed
    )


def test_a_clue_under_verification_ends_only_by_its_conclusion() -> None:
    scenario(DECIDER).given(RECEIVED, VERIFYING).when(dispose(Disposal.CLOSE, 9)).raises(
        PreconditionFailed
    )
    conclude = cmd.ConcludeVerification(
        outcome=VerificationOutcome.REMINDER_TALK, concluded_on=date(2026, 3, 20)
    )
    scenario(DECIDER).given(RECEIVED, VERIFYING).when(conclude).then(
        ev.VerificationConcluded(
            outcome=VerificationOutcome.REMINDER_TALK, concluded_on=date(2026, 3, 20)
        )
    )
    scenario(DECIDER).given(RECEIVED).when(conclude).raises(PreconditionFailed)
    case = cmd.ConcludeVerification(outcome=VerificationOutcome.CASE, concluded_on=date(2026, 4, 1))
    scenario(DECIDER).given(RECEIVED, VERIFYING).when(case).raises(InvalidArgument)


def test_a_step_dated_before_the_one_it_follows_is_refused() -> None:
    error = (
        scenario(DECIDER).given(RECEIVED).when(dispose(Disposal.CLOSE, 1)).raises(InvalidArgument)
    )
    assert error.violations[0].field == "disposed_on"  # type: ignore[attr-defined]


def test_the_reporter_is_told_once_and_on_time_is_recorded() -> None:
    late = cmd.ReplyToReporter(replied_on=date(2026, 3, 24), accepted=True)
    scenario(DECIDER).given(RECEIVED).when(late).then(
        ev.ReporterReplied(replied_on=date(2026, 3, 24), accepted=True, on_time=False)
    )
    told = ev.ReporterReplied(replied_on=date(2026, 3, 10), accepted=True, on_time=True)
    scenario(DECIDER).given(RECEIVED, told).when(late).raises(PreconditionFailed)
    anonymous = RECEIVED.model_copy(update={"reporter": None, "reply_due_on": None})
    scenario(DECIDER).given(anonymous).when(late).raises(PreconditionFailed)


def test_the_reply_timer_flags_an_overdue_reply_once() -> None:
    check = cmd.CheckReporterReply(today=date(2026, 3, 24))
    overdue = ev.ReporterReplyOverdue(reply_due_on=date(2026, 3, 23), flagged_on=date(2026, 3, 24))
    scenario(DECIDER).given(RECEIVED).when(check).then(overdue)
    scenario(DECIDER).given(RECEIVED, overdue).when(check).then()
    on_the_day = cmd.CheckReporterReply(today=date(2026, 3, 23))
    scenario(DECIDER).given(RECEIVED).when(on_the_day).then()
    told = ev.ReporterReplied(replied_on=date(2026, 3, 10), accepted=False, on_time=True)
    scenario(DECIDER).given(RECEIVED, told).when(check).then()


def test_a_provisional_deadline_flags_nothing_until_the_year_is_known() -> None:
    provisional = RECEIVED.model_copy(
        update={
            "received_on": date(2026, 12, 21),
            "reply_due_on": date(2027, 1, 11),
            "reply_provisional": True,
        }
    )
    after = cmd.CheckReporterReply(today=date(2027, 1, 12))
    scenario(DECIDER).given(provisional).when(after).then()

    known = WorkingCalendar()
    holidays = frozenset({date(2027, 1, 1), date(2027, 1, 11), date(2027, 1, 12)})
    known.load([YearSchedule(2027, holidays, frozenset())])
    scenario(clue_decider(known)).given(provisional).when(after).then(
        ev.ReplyDeadlineRecounted(reply_due_on=date(2027, 1, 14), reply_provisional=False)
    )
    later = cmd.CheckReporterReply(today=date(2027, 1, 15))
    scenario(clue_decider(known)).given(provisional).when(later).then(
        ev.ReplyDeadlineRecounted(reply_due_on=date(2027, 1, 14), reply_provisional=False),
        ev.ReporterReplyOverdue(reply_due_on=date(2027, 1, 14), flagged_on=date(2027, 1, 15)),
    )


def test_a_recusal_is_recorded_once() -> None:
    recuse = cmd.RecordRecusal(staff="li", recorded_on=date(2026, 3, 3), reason="relative")
    recused = ev.StaffRecused(staff="li", recorded_on=date(2026, 3, 3), reason="relative")
    scenario(DECIDER).given(RECEIVED).when(recuse).then(recused)
    scenario(DECIDER).given(RECEIVED, recused).when(recuse).then()
