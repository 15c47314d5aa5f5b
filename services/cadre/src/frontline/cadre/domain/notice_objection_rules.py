"""An objection reported during the public notice (任前公示期间反映问题).

DOMAIN.md "Appointment": the objection holds the appointment until it is checked;
cleared → appointed, upheld → withdrawn. While it is open the notice-end timer
appoints nobody (appointment_rules.complete_notice). Clearing it after the notice
ended appoints at once, since the timer has fired already; cleared earlier, the
timer appoints when the notice ends. One objection is checked at a time; another
may be reported once it is cleared, while the notice runs.
"""

from __future__ import annotations

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.appointment_rules import (
    appointed_by_procedure,
    check_post_free,
    recount_notice,
)
from frontline.cadre.domain.cadre_records import Procedure
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_procedure
from frontline.cadre.domain.working_days import AddWorkingDays
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed

UPHELD_REASON = "an objection reported during the public notice was upheld"


def _in_notice(procedure_id: str, procedure: Procedure, action: str) -> str:
    subject = f"appointment-procedure/{procedure_id}"
    if procedure.stage != "in_notice":
        raise PreconditionFailed(
            "PROCEDURE_STAGE",
            subject,
            "cannot {action} a procedure that is {stage}",
            action=action,
            stage=procedure.stage,
        )
    return subject


def report(command: cmd.ReportNoticeObjection, state: CadreState) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    subject = _in_notice(command.procedure_id, procedure, "hold")
    if procedure.held:
        raise PreconditionFailed(
            "OBJECTION_OPEN", subject, "an objection is already being checked: check it first"
        )
    starts_on, ends_on = procedure.notice_starts_on, procedure.notice_ends_on
    assert starts_on is not None and ends_on is not None
    if not starts_on <= command.reported_on <= ends_on:
        raise InvalidArgument.field(
            "reported_on",
            "the notice ran from {starts_on} to {ends_on}",
            "OUTSIDE_NOTICE",
            starts_on=starts_on,
            ends_on=ends_on,
        )
    if command.reported_on > command.today:
        raise InvalidArgument.field("reported_on", "cannot be in the future", "IN_THE_FUTURE")
    return [
        ev.NoticeObjectionReported(
            procedure_id=command.procedure_id, reported_on=command.reported_on
        )
    ]


def check(
    command: cmd.CheckNoticeObjection, state: CadreState, add_working_days: AddWorkingDays
) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    subject = _in_notice(command.procedure_id, procedure, "check an objection to")
    if not procedure.held:
        raise PreconditionFailed("NO_OPEN_OBJECTION", subject, "no objection is being checked")
    reported_on = procedure.objection_reported_on
    assert reported_on is not None
    if command.checked_on < reported_on:
        raise InvalidArgument.field(
            "checked_on",
            "the objection was reported on {reported_on}",
            "BEFORE_OBJECTION",
            reported_on=reported_on,
        )
    if command.checked_on > command.today:
        raise InvalidArgument.field("checked_on", "cannot be in the future", "IN_THE_FUTURE")
    checked = ev.NoticeObjectionChecked(
        procedure_id=command.procedure_id, checked_on=command.checked_on, outcome=command.outcome
    )
    if command.outcome == "upheld":
        withdrawn = ev.AppointmentWithdrawn(
            procedure_id=command.procedure_id,
            withdrawn_on=command.checked_on,
            reason=UPHELD_REASON,
        )
        return [checked, withdrawn]
    recount, ends_on, provisional = recount_notice(
        command.procedure_id, procedure, add_working_days
    )
    if provisional or command.today <= ends_on:
        return [*recount, checked]  # the notice's timer appoints when it ends
    check_post_free(state, procedure.org_unit_id, procedure.post)
    appointed = appointed_by_procedure(
        command.procedure_id, procedure, command.today, command.age_band
    )
    return [*recount, checked, appointed]
