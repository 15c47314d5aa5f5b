"""Appointment (选拔任用): nominated → inspected → public notice → appointed, or withdrawn.

DOMAIN.md "Cadre service": the public notice (任前公示) lasts at least 5 working
days on China's statutory calendar, and an objection reported during it holds the
appointment until it is checked (notice_objection_rules.py); elected posts come from
an election result directly; a cadre leaves a post at term end, by resignation,
transfer or dismissal.
"""

from __future__ import annotations

from datetime import date, timedelta

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_records import OPEN_STAGES, Procedure
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import (
    require_personal_data,
    require_procedure,
    require_registered,
)
from frontline.cadre.domain.vocabulary import AgeBand, Post
from frontline.cadre.domain.working_days import AddWorkingDays
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed

NOTICE_WORKING_DAYS = 5


def notice_end(add_working_days: AddWorkingDays, starts_on: date) -> tuple[date, bool]:
    """The last day of a notice published on ``starts_on`` (counted if a working day)."""
    result = add_working_days(starts_on - timedelta(days=1), NOTICE_WORKING_DAYS)
    return result.date, result.provisional


def check_post_free(state: CadreState, org_unit_id: str, post: Post) -> None:
    if (org_unit_id, post) in state.posts:
        raise PreconditionFailed(
            "POST_ALREADY_HELD",
            f"org-unit/{org_unit_id}",
            "the cadre already holds {post}",
            post=post,
        )


def _check_post_details(
    post: Post, also_village_head: bool, term_end: date | None, on: date
) -> None:
    # 一肩挑 is the secretary also serving as village committee head (DOMAIN.md).
    if also_village_head and post != "secretary":
        raise InvalidArgument.field(
            "also_village_head", "only a secretary can also be village head", "ONE_SHOULDER_POST"
        )
    if term_end is not None and term_end <= on:
        raise InvalidArgument.field(
            "term_end", "a term must end after it starts ({starts_on})", "TERM_END", starts_on=on
        )


def _check_stage(procedure_id: str, procedure: Procedure, expected: str, action: str) -> None:
    if procedure.stage != expected:
        raise PreconditionFailed(
            "PROCEDURE_STAGE",
            f"appointment-procedure/{procedure_id}",
            "cannot {action} a procedure that is {stage} (needs {expected})",
            action=action,
            stage=procedure.stage,
            expected=expected,
        )


def nominate(command: cmd.NominateForPost, state: CadreState) -> list[DomainEvent]:
    require_personal_data(state, "nominate")
    if command.procedure_id in state.procedures:
        raise AlreadyExists(
            "appointment procedure {procedure_id} already exists",
            "PROCEDURE_EXISTS",
            procedure_id=command.procedure_id,
        )
    _check_post_details(
        command.post, command.also_village_head, command.term_end, command.nominated_on
    )
    check_post_free(state, command.org_unit_id, command.post)
    open_one = state.open_procedure_for(command.org_unit_id, command.post)
    if open_one is not None:
        raise PreconditionFailed(
            "PROCEDURE_IN_PROGRESS",
            f"appointment-procedure/{open_one}",
            "an appointment procedure for this post is already in progress",
        )
    return [ev.AppointmentNominated(**command.model_dump())]


def inspect(command: cmd.RecordInspection, state: CadreState) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    _check_stage(command.procedure_id, procedure, "nominated", "inspect")
    return [ev.CandidateInspected(**command.model_dump())]


def start_notice(
    command: cmd.StartPublicNotice, state: CadreState, add_working_days: AddWorkingDays
) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    _check_stage(command.procedure_id, procedure, "inspected", "publish the notice of")
    if procedure.integrity_opinion != "no_objection":
        raise PreconditionFailed(
            "INTEGRITY_OBJECTION",
            f"appointment-procedure/{command.procedure_id}",
            "the integrity opinion objects: withdraw the appointment",
        )
    ends_on, provisional = notice_end(add_working_days, command.starts_on)
    return [
        ev.PublicNoticeStarted(
            procedure_id=command.procedure_id,
            starts_on=command.starts_on,
            ends_on=ends_on,
            provisional=provisional,
        )
    ]


def recount_notice(
    procedure_id: str, procedure: Procedure, add_working_days: AddWorkingDays
) -> tuple[list[DomainEvent], date, bool]:
    """A notice counted Monday–Friday for an unannounced year is recounted once it is known.

    Returns the rescheduling events (if any) and the notice's current end and provisional flag.
    """
    assert procedure.notice_starts_on is not None and procedure.notice_ends_on is not None
    if not procedure.notice_provisional:
        return [], procedure.notice_ends_on, False
    ends_on, provisional = notice_end(add_working_days, procedure.notice_starts_on)
    if (ends_on, provisional) == (procedure.notice_ends_on, True):
        return [], ends_on, True
    moved = ev.PublicNoticeRescheduled(
        procedure_id=procedure_id, ends_on=ends_on, provisional=provisional
    )
    return [moved], ends_on, provisional


def appointed_by_procedure(
    procedure_id: str, procedure: Procedure, on: date, age_band: AgeBand | None
) -> ev.CadreAppointed:
    """The appointment (任职) that ends a procedure on ``on``."""
    return ev.CadreAppointed(
        procedure_id=procedure_id,
        org_unit_id=procedure.org_unit_id,
        division_code=procedure.division_code,
        post=procedure.post,
        term_end=procedure.term_end,
        also_village_head=procedure.also_village_head,
        appointed_on=on,
        via="procedure",
        age_band=age_band,
    )


def complete_notice(
    command: cmd.CompletePublicNotice, state: CadreState, add_working_days: AddWorkingDays
) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    _check_stage(command.procedure_id, procedure, "in_notice", "complete the notice of")
    recount, ends_on, provisional = recount_notice(
        command.procedure_id, procedure, add_working_days
    )
    subject = f"appointment-procedure/{command.procedure_id}"
    if provisional:
        # Never appoint before five real working days: wait for the year's official schedule.
        raise PreconditionFailed(
            "CALENDAR_UNKNOWN", subject, "the statutory calendar for the notice is not loaded yet"
        )
    if command.today <= ends_on:
        if recount:
            return recount
        raise PreconditionFailed(
            "NOTICE_RUNNING", subject, "the notice runs until {ends_on}", ends_on=ends_on
        )
    if procedure.held:
        # 任前公示期间反映问题: checking it appoints or withdraws (notice_objection_rules.py).
        raise PreconditionFailed(
            "OBJECTION_OPEN", subject, "an objection reported during the notice is being checked"
        )
    check_post_free(state, procedure.org_unit_id, procedure.post)
    appointed = appointed_by_procedure(
        command.procedure_id, procedure, command.today, command.age_band
    )
    return [*recount, appointed]


def withdraw(command: cmd.WithdrawAppointment, state: CadreState) -> list[DomainEvent]:
    procedure = require_procedure(state, command.procedure_id)
    if procedure.stage not in OPEN_STAGES:
        raise PreconditionFailed(
            "PROCEDURE_STAGE",
            f"appointment-procedure/{command.procedure_id}",
            "cannot {action} a procedure that is {stage}",
            action="withdraw",
            stage=procedure.stage,
        )
    return [ev.AppointmentWithdrawn(**command.model_dump())]


def appoint_elected(command: cmd.AppointFromElection, state: CadreState) -> list[DomainEvent]:
    require_personal_data(state, "appoint")
    _check_post_details(
        command.post, command.also_village_head, command.term_end, command.appointed_on
    )
    check_post_free(state, command.org_unit_id, command.post)
    return [ev.CadreAppointed(**command.model_dump(), via="election")]


def leave(command: cmd.LeavePost, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    holding = state.posts.get((command.org_unit_id, command.post))
    if holding is None:
        raise PreconditionFailed(
            "POST_NOT_HELD",
            f"org-unit/{command.org_unit_id}",
            "the cadre does not hold {post} in this unit",
            post=command.post,
        )
    if command.left_on < holding.since:
        raise InvalidArgument.field(
            "left_on",
            "the cadre took the post on {since}",
            "LEFT_BEFORE_TAKING_POST",
            since=holding.since,
        )
    return [ev.CadreLeftPost(division_code=holding.division_code, **command.model_dump())]
