"""The cadre aggregate: one stream per cadre, holding registry, posts and development."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from frontline.cadre.domain import appointment_rules as appointment
from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import double_training_rules as training
from frontline.cadre.domain import performance_rules as performance
from frontline.cadre.domain import registry_rules as registry
from frontline.cadre.domain import student_official_rules as student
from frontline.cadre.domain.cadre_events import CADRE_EVENTS
from frontline.cadre.domain.cadre_state import CadreState, evolve, initial_state
from frontline.cadre.domain.working_days import AddWorkingDays
from frontline.kernel.decider import Command, Decider, DomainEvent

STREAM_TYPE = "cadre"

Rule = Callable[[Any, CadreState], list[DomainEvent]]

RULES: dict[type[Command], Rule] = {
    cmd.RegisterCadre: registry.register,
    cmd.UpdatePersonalData: registry.update_personal,
    cmd.ErasePersonalData: registry.erase_personal,
    cmd.NominateForPost: appointment.nominate,
    cmd.RecordInspection: appointment.inspect,
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
}


def build_cadre_decider(add_working_days: AddWorkingDays) -> CadreDecider:
    """The decider, counting notice periods on the given statutory calendar."""

    def decide(command: Command, state: CadreState) -> Sequence[DomainEvent]:
        if isinstance(command, cmd.StartPublicNotice):
            return appointment.start_notice(command, state, add_working_days)
        if isinstance(command, cmd.CompletePublicNotice):
            return appointment.complete_notice(command, state, add_working_days)
        return RULES[type(command)](command, state)

    return Decider(
        stream_type=STREAM_TYPE,
        initial_state=initial_state,
        evolve=evolve,
        decide=decide,
        events=CADRE_EVENTS,
    )


CadreDecider = Decider[Command, CadreState]
