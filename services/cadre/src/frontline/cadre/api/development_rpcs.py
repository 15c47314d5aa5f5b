"""Development RPCs: Double Training, student village officials, evaluation, pay and
the township summaries of pay and grades."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.api import messages
from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.use_cases import development
from frontline.cadre.use_cases.ports import Ports
from frontline.cadre.use_cases.registry import act_on_cadre
from frontline.kernel import convert as cv

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
# Evaluated and paid years (the commands' own range).
_FIRST_YEAR, _LAST_YEAR = 2000, 2100
_ACHIEVEMENTS = 20
# A year's pay in fen below 10^10 yuan (the commands' numeric(12, 2)).
_MOST_FEN = 10**12 - 1


def _cadre_id(request: Any) -> str:
    return cv.identifier(request.cadre_id, "cadre_id")


def _township_year(request: Any) -> tuple[str, int]:
    """A summary's township (9 digits, checked by the summary) and year."""
    township = cv.text(request.township_code, "township_code", 9, required=True)
    return township, cv.whole(request.year, "year", _FIRST_YEAR, _LAST_YEAR)


class DevelopmentRpcs:
    ports: Ports

    async def EnrolAcademicUpgrade(
        self, request: pb.EnrolAcademicUpgradeRequest, context: Ctx
    ) -> pb.EnrolAcademicUpgradeResponse:
        upgrade_id = await development.enrol(
            self.ports,
            _cadre_id(request),
            messages.word(pb.EducationLevel, request.target_level, "target_level"),
            cv.text(request.institution, "institution", cv.TITLE, required=True),
            cv.day(request.enrolled_on, "enrolled_on", self.ports.today()),
        )
        return pb.EnrolAcademicUpgradeResponse(upgrade_id=upgrade_id)

    async def GraduateAcademicUpgrade(
        self, request: pb.GraduateAcademicUpgradeRequest, context: Ctx
    ) -> pb.GraduateAcademicUpgradeResponse:
        level = await development.graduate(
            self.ports,
            _cadre_id(request),
            cv.identifier(request.upgrade_id, "upgrade_id"),
            cv.day(request.graduated_on, "graduated_on", self.ports.today()),
        )
        return pb.GraduateAcademicUpgradeResponse(
            education_level=cv.enum_out(pb.EducationLevel, level)
        )

    async def StartTraining(
        self, request: pb.StartTrainingRequest, context: Ctx
    ) -> pb.StartTrainingResponse:
        course = development.Course(
            topic=messages.word(pb.TrainingTopic, request.topic, "topic"),
            title=cv.text(request.title, "title", cv.TITLE, required=True),
            planned_hours=messages.hours(request.planned_hours, "planned_hours"),
            started_on=cv.day(request.started_on, "started_on", self.ports.today()),
        )
        training_id = await development.start_training(self.ports, _cadre_id(request), course)
        return pb.StartTrainingResponse(training_id=training_id)

    async def CompleteTraining(
        self, request: pb.CompleteTrainingRequest, context: Ctx
    ) -> pb.CompleteTrainingResponse:
        command = cmd.CompleteTraining(
            training_id=cv.identifier(request.training_id, "training_id"),
            hours=messages.hours(request.hours, "hours"),
            completed_on=cv.day(request.completed_on, "completed_on", self.ports.today()),
        )
        await act_on_cadre(self.ports, _cadre_id(request), command)
        return pb.CompleteTrainingResponse()

    async def AssignStudentOfficial(
        self, request: pb.AssignStudentOfficialRequest, context: Ctx
    ) -> pb.AssignStudentOfficialResponse:
        ends_on = await development.assign_student_official(
            self.ports,
            _cadre_id(request),
            cv.text(request.village_code, "village_code", 12, required=True),
            cv.whole(request.term_years, "term_years", 2, 3),
            cv.day(request.starts_on, "starts_on", self.ports.today()),
        )
        return pb.AssignStudentOfficialResponse(ends_on=cv.iso(ends_on))

    async def ConvertStudentOfficial(
        self, request: pb.ConvertStudentOfficialRequest, context: Ctx
    ) -> pb.ConvertStudentOfficialResponse:
        command = cmd.ConvertStudentOfficial(
            converted_on=cv.day(request.converted_on, "converted_on", self.ports.today())
        )
        await act_on_cadre(self.ports, _cadre_id(request), command)
        return pb.ConvertStudentOfficialResponse()

    async def RecordStudentOfficialDeparture(
        self, request: pb.RecordStudentOfficialDepartureRequest, context: Ctx
    ) -> pb.RecordStudentOfficialDepartureResponse:
        command = cmd.RecordStudentOfficialDeparture(
            reason=messages.word(pb.StudentDepartureReason, request.reason, "reason"),
            departed_on=cv.day(request.departed_on, "departed_on", self.ports.today()),
        )
        await act_on_cadre(self.ports, _cadre_id(request), command)
        return pb.RecordStudentOfficialDepartureResponse()

    async def EvaluateCadre(
        self, request: pb.EvaluateCadreRequest, context: Ctx
    ) -> pb.EvaluateCadreResponse:
        listed = cv.repeated(request.achievements, "achievements", _ACHIEVEMENTS)
        achievements = (cv.text(a, "achievements", cv.TITLE) for a in listed)
        command = cmd.EvaluateCadre(
            year=cv.whole(request.year, "year", _FIRST_YEAR, _LAST_YEAR),
            grade=messages.word(pb.EvaluationGrade, request.grade, "grade"),
            achievements=tuple(a for a in achievements if a),
            evaluated_on=cv.day(request.evaluated_on, "evaluated_on", self.ports.today()),
        )
        await act_on_cadre(self.ports, _cadre_id(request), command)
        return pb.EvaluateCadreResponse()

    async def RecordRemuneration(
        self, request: pb.RecordRemunerationRequest, context: Ctx
    ) -> pb.RecordRemunerationResponse:
        await development.record_remuneration(
            self.ports,
            _cadre_id(request),
            cv.whole(request.year, "year", _FIRST_YEAR, _LAST_YEAR),
            Decimal(cv.whole(request.amount_fen, "amount_fen", 0, _MOST_FEN)) / 100,
        )
        return pb.RecordRemunerationResponse()

    async def PublishRemunerationSummary(
        self, request: pb.PublishRemunerationSummaryRequest, context: Ctx
    ) -> pb.PublishRemunerationSummaryResponse:
        published, revision = await development.publish_pay_summary(
            self.ports, *_township_year(request)
        )
        summary = pb.RemunerationSummary(
            township_code=published.township_code,
            year=published.year,
            cadre_count=published.cadre_count,
            average_fen=_fen(published.average_yuan),
            revision=revision,
            published_on=cv.iso(published.published_on),
        )
        if published.growth_rate is not None:
            summary.growth_rate = float(published.growth_rate)
        return pb.PublishRemunerationSummaryResponse(summary=summary)

    async def PublishEvaluationSummary(
        self, request: pb.PublishEvaluationSummaryRequest, context: Ctx
    ) -> pb.PublishEvaluationSummaryResponse:
        published, revision = await development.publish_evaluation_summary(
            self.ports, *_township_year(request)
        )
        summary = pb.EvaluationSummary(
            township_code=published.township_code,
            year=published.year,
            cadre_count=published.cadre_count,
            revision=revision,
            published_on=cv.iso(published.published_on),
            **published.counts,
        )
        return pb.PublishEvaluationSummaryResponse(summary=summary)

    async def ListTrainingRecords(
        self, request: pb.ListTrainingRecordsRequest, context: Ctx
    ) -> pb.ListTrainingRecordsResponse:
        upgrades, trainings = await development.training_records(self.ports, _cadre_id(request))
        return pb.ListTrainingRecordsResponse(
            academic_upgrades=[messages.academic_upgrade(u) for u in upgrades],
            trainings=[messages.training(t) for t in trainings],
        )

    async def ListStudentOfficials(
        self, request: pb.ListStudentOfficialsRequest, context: Ctx
    ) -> pb.ListStudentOfficialsResponse:
        found = await development.list_student_officials(self.ports, request.division_code)
        return pb.ListStudentOfficialsResponse(
            officials=[messages.student_official(o) for o in found]
        )


def _fen(amount_yuan: Decimal) -> int:
    return int((amount_yuan * 100).to_integral_value())
