"""Working a request after it is signed for, and after it is resolved: extensions,
reminders (催办), resolution (办结), return visits (回访), closing, reopening (重办),
and transferring a complaint about a cadre to discipline inspection."""

from __future__ import annotations

from datetime import date

from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain.vocabulary import VisitOutcome
from frontline.service_center.use_cases.ports import Ports
from frontline.service_center.use_cases.requests import act_on_request
from frontline.service_center.views import RequestView


async def apply_for_extension(
    p: Ports, request_id: str, requested_due_on: date, reason: str
) -> RequestView:
    command = cmd.ApplyForExtension(
        requested_due_on=requested_due_on,
        reason=reason,
        today=p.today(),
        max_extension_days=p.rules.max_extension_working_days,
    )
    return await act_on_request(p, request_id, command)


async def grant_extension(p: Ports, request_id: str, due_on: date | None) -> RequestView:
    command = cmd.GrantExtension(due_on=due_on, today=p.today())
    return await act_on_request(p, request_id, command)


async def decline_extension(p: Ports, request_id: str, reason: str) -> RequestView:
    command = cmd.DeclineExtension(reason=reason, today=p.today())
    return await act_on_request(p, request_id, command)


async def remind_request(p: Ports, request_id: str, note: str) -> RequestView:
    return await act_on_request(p, request_id, cmd.RemindRequest(note=note, today=p.today()))


async def resolve_request(
    p: Ports, request_id: str, summary: str, resolved_on: date
) -> RequestView:
    command = cmd.ResolveRequest(
        summary=summary,
        resolved_on=resolved_on,
        today=p.today(),
        return_visit_days=p.rules.return_visit_working_days,
    )
    return await act_on_request(p, request_id, command)


async def record_return_visit(
    p: Ports, request_id: str, outcome: VisitOutcome, visited_on: date, note: str
) -> RequestView:
    command = cmd.RecordReturnVisit(
        outcome=outcome, visited_on=visited_on, note=note, today=p.today()
    )
    return await act_on_request(p, request_id, command)


async def close_request(p: Ports, request_id: str, closed_on: date) -> RequestView:
    return await act_on_request(
        p, request_id, cmd.CloseRequest(closed_on=closed_on, today=p.today())
    )


async def reopen_request(p: Ports, request_id: str, reason: str, reopened_on: date) -> RequestView:
    command = cmd.ReopenRequest(reason=reason, reopened_on=reopened_on, today=p.today())
    return await act_on_request(p, request_id, command)


async def transfer_complaint(
    p: Ports, request_id: str, consented: bool, consent_recorded_on: date, note: str
) -> RequestView:
    command = cmd.TransferComplaint(
        consented=consented,
        consent_recorded_on=consent_recorded_on,
        note=note,
        today=p.today(),
    )
    return await act_on_request(p, request_id, command)


def escalation_offsets(p: Ports) -> cmd.EscalationOffsets:
    return cmd.EscalationOffsets(
        reminder=p.rules.reminder_after_working_days,
        yellow_card=p.rules.yellow_card_after_working_days,
        red_card=p.rules.red_card_after_working_days,
    )


async def check_deadlines(p: Ports, request_id: str) -> object:
    """Fired by the request's deadline timer (deadlines.py); the state after it."""
    command = cmd.CheckDeadlines(today=p.today(), offsets=escalation_offsets(p))
    return (await p.commands.execute(p.requests, request_id, command)).state


async def flag_sign_for_overdue(p: Ports, request_id: str, assignment: int) -> None:
    """Fired by the sign-for timer of one assignment (deadlines.py)."""
    command = cmd.FlagSignForOverdue(assignment=assignment, now=p.now())
    await p.commands.execute(p.requests, request_id, command)
