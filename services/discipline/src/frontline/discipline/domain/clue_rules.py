"""Rules of a clue before a case (DOMAIN.md "Clue").

Received → disposed one of four ways; a clue in talk or inquiry, or shelved, may be
disposed again (a shelved clue revived). Preliminary verification ends in a case
(case_rules.file_case), closure, a reminder talk or shelving. A real-name reporter
is told within 15 working days whether the clue was accepted: counted on the
statutory calendar; a deadline in a year whose schedule is not known yet is
counted Monday–Friday, provisional, and recounted when the timer finds the year
loaded (DESIGN.md §4).
"""

from __future__ import annotations

from datetime import date

from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.clue_vocabulary import ClueStatus, VerificationOutcome
from frontline.discipline.domain.divisions import require_grassroots
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed

_REDISPOSABLE = (ClueStatus.RECEIVED, ClueStatus.IN_TALK_INQUIRY, ClueStatus.SHELVED)


def existing(s: ClueState) -> ClueState:
    if not s.exists:
        raise NotFound("clue", s.clue_id or "?")
    return s


def not_before(s: ClueState, day: date, field: str, last: date | None = None) -> None:
    """Steps are recorded in order: none dated before the step it follows."""
    previous = last or s.last_on
    if previous and day < previous:
        raise InvalidArgument.field(
            field, "before the previous step ({last_on})", "BEFORE_PREVIOUS_STEP", last_on=previous
        )


def receive(c: cmd.ReceiveClue, s: ClueState, calendar: WorkingCalendar) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists("clue {clue_id} already exists", "CLUE_EXISTS", clue_id=c.clue_id)
    require_grassroots(c.division_code)
    if not c.summary.strip():
        raise InvalidArgument.field("summary", "required", "REQUIRED")
    due, provisional, days = None, False, None
    if c.reporter is not None:
        days = c.reply_working_days
        counted = calendar.add_working_days(c.received_on, days)
        due, provisional = counted.date, counted.provisional
    return [
        ev.ClueReceived(
            clue_id=c.clue_id,
            division_code=c.division_code,
            source=c.source,
            category=c.category,
            summary=c.summary.strip(),
            received_on=c.received_on,
            reporter=c.reporter,
            reply_working_days=days,
            reply_due_on=due,
            reply_provisional=provisional,
            cadre_id=c.cadre_id,
            origin_ref=c.origin_ref,
        )
    ]


def dispose(c: cmd.DisposeClue, s: ClueState) -> list[DomainEvent]:
    existing(s)
    if s.status is ClueStatus.VERIFYING:
        raise PreconditionFailed(
            "CLUE_IN_VERIFICATION",
            s.clue_id,
            "a clue under preliminary verification ends with its conclusion or a case",
        )
    if s.status not in _REDISPOSABLE:
        raise PreconditionFailed("CLUE_CLOSED", s.clue_id, "the clue is {status}", status=s.status)
    if s.disposal is c.disposal:
        raise PreconditionFailed(
            "ALREADY_DISPOSED",
            s.clue_id,
            "the clue is already disposed as {disposal}",
            disposal=c.disposal,
        )
    not_before(s, c.disposed_on, "disposed_on")
    return [
        ev.ClueDisposed(
            disposal=c.disposal, disposed_on=c.disposed_on, category=c.category or s.category
        )
    ]


def conclude(c: cmd.ConcludeVerification, s: ClueState) -> list[DomainEvent]:
    existing(s)
    if c.outcome is VerificationOutcome.CASE:
        raise InvalidArgument.field("outcome", "a case is filed with FileCase", "CASE_BY_FILING")
    if s.status is not ClueStatus.VERIFYING:
        raise PreconditionFailed(
            "NOT_VERIFYING", s.clue_id, "only a clue under preliminary verification is concluded"
        )
    not_before(s, c.concluded_on, "concluded_on")
    return [ev.VerificationConcluded(outcome=c.outcome, concluded_on=c.concluded_on)]


def reply(c: cmd.ReplyToReporter, s: ClueState) -> list[DomainEvent]:
    existing(s)
    if s.reply_due_on is None:
        raise PreconditionFailed(
            "NO_REPLY_OWED", s.clue_id, "an anonymous clue has nobody to be told"
        )
    if s.replied_on is not None:
        raise PreconditionFailed("ALREADY_REPLIED", s.clue_id, "the reporter was told already")
    not_before(s, c.replied_on, "replied_on", s.received_on)
    on_time = c.replied_on <= s.reply_due_on
    return [ev.ReporterReplied(replied_on=c.replied_on, accepted=c.accepted, on_time=on_time)]


def check_reply(
    c: cmd.CheckReporterReply, s: ClueState, calendar: WorkingCalendar
) -> list[DomainEvent]:
    """Fired by the reply timer: recount a provisional deadline, flag an overdue one."""
    if not s.exists or not s.reply_owed or s.reply_overdue:
        return []
    assert s.reply_due_on is not None and s.received_on is not None
    due, provisional = s.reply_due_on, s.reply_provisional
    events: list[DomainEvent] = []
    if provisional and s.reply_working_days is not None:
        counted = calendar.add_working_days(s.received_on, s.reply_working_days)
        if (counted.date, counted.provisional) != (due, provisional):
            due, provisional = counted.date, counted.provisional
            events.append(
                ev.ReplyDeadlineRecounted(reply_due_on=due, reply_provisional=provisional)
            )
    # A provisional deadline flags nothing: the year's holidays may still move it later.
    if not provisional and c.today > due:
        events.append(ev.ReporterReplyOverdue(reply_due_on=due, flagged_on=c.today))
    return events


def recuse(c: cmd.RecordRecusal, s: ClueState) -> list[DomainEvent]:
    existing(s)
    if not c.staff.strip():
        raise InvalidArgument.field("staff", "required", "REQUIRED")
    if c.staff in s.recused:
        return []
    return [ev.StaffRecused(staff=c.staff, recorded_on=c.recorded_on, reason=c.reason.strip())]
