"""The cadre aggregate: one stream per cadre, holding registry, posts and development.

A rule table: one rule per command. The public-notice rules count working days,
so the decider is built on a statutory calendar (the runtime's, with the years
operators loaded) and stays pure: counting is a function of the calendar's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontline.cadre.domain import appointment_rules as appointment
from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import discipline_rules as discipline
from frontline.cadre.domain import double_training_rules as training
from frontline.cadre.domain import notice_objection_rules as objection
from frontline.cadre.domain import performance_rules as performance
from frontline.cadre.domain import registry_rules as registry
from frontline.cadre.domain import student_official_rules as student
from frontline.cadre.domain.cadre_events import CADRE_EVENTS
from frontline.cadre.domain.cadre_state import CadreState, evolve, initial_state
from frontline.cadre.domain.working_days import AddWorkingDays
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Command, Decider, DomainEvent, Rule

STREAM_TYPE = "cadre"

CadreDecider = Decider[Command, CadreState]

# The rules that need no calendar.
RULES: dict[type[Any], Rule[CadreState]] = {
    cmd.RegisterCadre: registry.register,
    cmd.UpdatePersonalData: registry.update_personal,
    cmd.ErasePersonalData: registry.erase_personal,
    cmd.NominateForPost: appointment.nominate,
    cmd.RecordInspection: appointment.inspect,
    cmd.ReportNoticeObjection: objection.report,
    cmd.WithdrawAppointment: appointment.withdraw,
    cmd.AppointFromElection: appointment.appoint_elected,
    cmd.LeavePost: appointment.leave,
    cmd.EnrolAcademicUpgrade: training.enrol,
    cmd.GraduateAcademicUpgrade: training.graduate,
    cmd.StartTraining: training.start_training,
    cmd.CompleteTraining: training.complete_training,
    cmd.AssignStudentOfficial: student.assign,
    cmd.ConvertStudentOfficial: student.convert,
    cmd.RecordStudentOfficialDeparture: student.depart,
    cmd.EvaluateCadre: performance.evaluate,
    cmd.RecordRemuneration: performance.record_remuneration,
    cmd.RecordIntegrityOpinion: discipline.record_opinion,
    cmd.RecordSanction: discipline.record_sanction,
    cmd.LiftSanction: discipline.lift_sanction,
}


def build_cadre_decider(add_working_days: AddWorkingDays) -> CadreDecider:
    """The decider, counting notice periods with ``add_working_days``."""

    def start_notice(command: cmd.StartPublicNotice, state: CadreState) -> Sequence[DomainEvent]:
        return appointment.start_notice(command, state, add_working_days)

    def complete_notice(
        command: cmd.CompletePublicNotice, state: CadreState
    ) -> Sequence[DomainEvent]:
        return appointment.complete_notice(command, state, add_working_days)

    def check_objection(
        command: cmd.CheckNoticeObjection, state: CadreState
    ) -> Sequence[DomainEvent]:
        return objection.check(command, state, add_working_days)

    return Decider(
        stream_type=STREAM_TYPE,
        initial_state=initial_state,
        evolve=evolve,
        rules={
            **RULES,
            cmd.StartPublicNotice: start_notice,
            cmd.CompletePublicNotice: complete_notice,
            cmd.CheckNoticeObjection: check_objection,
        },
        events=CADRE_EVENTS,
    )


def build_cadre_decider_from_calendar(calendar: WorkingCalendar) -> CadreDecider:
    """The decider on a runtime's statutory calendar (``Stream(decider=...)``)."""
    return build_cadre_decider(calendar.add_working_days)
