"""Command RPCs: translate a request into a domain command on the cadre's stream."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre import registry as reg
from frontline.cadre.api.access import scoped_cadre
from frontline.cadre.api.convert import enum_number, enum_value, optional_date, parse_date, required
from frontline.cadre.api.rpc_base import CadreRpcBase, Context, event_field
from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.org_directory import live_unit_division
from frontline.kernel.authz import require_scope
from frontline.kernel.ids import new_id


class RegistryRpcs(CadreRpcBase):
    async def RegisterCadre(self, request: Any, context: Context) -> Any:
        registration = reg.Registration(
            name=required(request.name, "name"),
            gender=enum_value(pb.Gender, request.gender, "gender"),
            birth_date=parse_date(request.birth_date, "birth_date"),
            education_level=enum_value(
                pb.EducationLevel, request.education_level, "education_level"
            ),
            party_member=request.party_member,
            phone=request.phone.strip(),
            id_number=required(request.id_number, "id_number"),
            division_code=required(request.division_code, "division_code"),
            registered_on=self.day(request.registered_on, "registered_on"),
        )
        return pb.RegisterCadreResponse(cadre_id=await self.registry.register(registration))

    async def UpdatePersonalData(self, request: Any, context: Context) -> Any:
        await scoped_cadre(self.pool, required(request.cadre_id, "cadre_id"))
        await self.registry.update(
            request.cadre_id,
            request.name.strip() if request.HasField("name") else None,
            request.phone.strip() if request.HasField("phone") else None,
            optional_date(request.birth_date, "birth_date")
            if request.HasField("birth_date")
            else None,
            self.today(),
        )
        return pb.UpdatePersonalDataResponse()

    async def ErasePersonalData(self, request: Any, context: Context) -> Any:
        await self.on_cadre(request.cadre_id, cmd.ErasePersonalData(erased_on=self.today()))
        return pb.ErasePersonalDataResponse()


class AppointmentRpcs(CadreRpcBase):
    async def _live_unit(self, org_unit_id: str) -> str:
        division = await live_unit_division(self.pool, required(org_unit_id, "org_unit_id"))
        require_scope(division)
        return division

    async def NominateCadre(self, request: Any, context: Context) -> Any:
        command = cmd.NominateForPost(
            procedure_id=new_id(),
            org_unit_id=request.org_unit_id,
            division_code=await self._live_unit(request.org_unit_id),
            post=enum_value(pb.Post, request.post, "post"),
            term_end=optional_date(request.term_end, "term_end"),
            also_village_head=request.also_village_head,
            nominated_on=self.day(request.nominated_on, "nominated_on"),
        )
        result = await self.on_cadre(request.cadre_id, command)
        return pb.NominateCadreResponse(procedure_id=event_field(result, "procedure_id"))

    async def RecordInspection(self, request: Any, context: Context) -> Any:
        command = cmd.RecordInspection(
            procedure_id=request.procedure_id,
            inspected_on=self.day(request.inspected_on, "inspected_on"),
            integrity_opinion=enum_value(
                pb.IntegrityOpinion, request.integrity_opinion, "integrity_opinion"
            ),
            summary=request.summary,
        )
        await self.on_procedure(request.procedure_id, command)
        return pb.RecordInspectionResponse()

    async def StartPublicNotice(self, request: Any, context: Context) -> Any:
        command = cmd.StartPublicNotice(
            procedure_id=request.procedure_id, starts_on=self.day(request.starts_on, "starts_on")
        )
        result = await self.on_procedure(request.procedure_id, command)
        started = result.events[0].event
        return pb.StartPublicNoticeResponse(
            ends_on=started.ends_on.isoformat(),  # type: ignore[attr-defined]
            provisional=started.provisional,  # type: ignore[attr-defined]
        )

    async def WithdrawAppointment(self, request: Any, context: Context) -> Any:
        command = cmd.WithdrawAppointment(
            procedure_id=request.procedure_id,
            withdrawn_on=self.day(request.withdrawn_on, "withdrawn_on"),
            reason=request.reason,
        )
        await self.on_procedure(request.procedure_id, command)
        return pb.WithdrawAppointmentResponse()

    async def AppointFromElection(self, request: Any, context: Context) -> Any:
        appointed_on = self.day(request.appointed_on, "appointed_on")
        command = cmd.AppointFromElection(
            election_ref=required(request.election_ref, "election_ref"),
            org_unit_id=request.org_unit_id,
            division_code=await self._live_unit(request.org_unit_id),
            post=enum_value(pb.Post, request.post, "post"),
            term_end=optional_date(request.term_end, "term_end"),
            also_village_head=request.also_village_head,
            appointed_on=appointed_on,
            age_band=await self.registry.age_band_on(self.pool, request.cadre_id, appointed_on),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.AppointFromElectionResponse()

    async def LeavePost(self, request: Any, context: Context) -> Any:
        # Leaving needs no live unit: a dissolved unit's cadres must still be able to leave.
        command = cmd.LeavePost(
            org_unit_id=required(request.org_unit_id, "org_unit_id"),
            post=enum_value(pb.Post, request.post, "post"),
            reason=enum_value(pb.LeaveReason, request.reason, "reason"),
            left_on=self.day(request.left_on, "left_on"),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.LeavePostResponse()


class DevelopmentRpcs(CadreRpcBase):
    """Double Training, student village officials, evaluation and pay."""

    async def EnrolAcademicUpgrade(self, request: Any, context: Context) -> Any:
        command = cmd.EnrolAcademicUpgrade(
            upgrade_id=new_id(),
            target_level=enum_value(pb.EducationLevel, request.target_level, "target_level"),
            institution=required(request.institution, "institution"),
            enrolled_on=self.day(request.enrolled_on, "enrolled_on"),
        )
        result = await self.on_cadre(request.cadre_id, command)
        return pb.EnrolAcademicUpgradeResponse(upgrade_id=event_field(result, "upgrade_id"))

    async def GraduateAcademicUpgrade(self, request: Any, context: Context) -> Any:
        command = cmd.GraduateAcademicUpgrade(
            upgrade_id=required(request.upgrade_id, "upgrade_id"),
            graduated_on=self.day(request.graduated_on, "graduated_on"),
        )
        result = await self.on_cadre(request.cadre_id, command)
        level = enum_number(pb.EducationLevel, event_field(result, "to_level"))
        return pb.GraduateAcademicUpgradeResponse(education_level=level)

    async def StartTraining(self, request: Any, context: Context) -> Any:
        command = cmd.StartTraining(
            training_id=new_id(),
            topic_category=enum_value(pb.TrainingTopic, request.topic, "topic"),
            title=required(request.title, "title"),
            planned_hours=request.planned_hours,
            started_on=self.day(request.started_on, "started_on"),
        )
        result = await self.on_cadre(request.cadre_id, command)
        return pb.StartTrainingResponse(training_id=event_field(result, "training_id"))

    async def CompleteTraining(self, request: Any, context: Context) -> Any:
        command = cmd.CompleteTraining(
            training_id=required(request.training_id, "training_id"),
            hours=request.hours,
            completed_on=self.day(request.completed_on, "completed_on"),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.CompleteTrainingResponse()

    async def AssignStudentOfficial(self, request: Any, context: Context) -> Any:
        command = cmd.AssignStudentOfficial(
            village_code=required(request.village_code, "village_code"),
            term_years=request.term_years,
            starts_on=self.day(request.starts_on, "starts_on"),
        )
        result = await self.on_cadre(request.cadre_id, command)
        return pb.AssignStudentOfficialResponse(ends_on=event_field(result, "ends_on").isoformat())

    async def ConvertStudentOfficial(self, request: Any, context: Context) -> Any:
        command = cmd.ConvertStudentOfficial(
            converted_on=self.day(request.converted_on, "converted_on")
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.ConvertStudentOfficialResponse()

    async def RecordStudentOfficialDeparture(self, request: Any, context: Context) -> Any:
        command = cmd.RecordStudentOfficialDeparture(
            reason=enum_value(pb.StudentDepartureReason, request.reason, "reason"),
            departed_on=self.day(request.departed_on, "departed_on"),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.RecordStudentOfficialDepartureResponse()

    async def EvaluateCadre(self, request: Any, context: Context) -> Any:
        command = cmd.EvaluateCadre(
            year=request.year,
            grade=enum_value(pb.EvaluationGrade, request.grade, "grade"),
            achievements=tuple(a.strip() for a in request.achievements if a.strip()),
            evaluated_on=self.day(request.evaluated_on, "evaluated_on"),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.EvaluateCadreResponse()

    async def RecordRemuneration(self, request: Any, context: Context) -> Any:
        command = cmd.RecordRemuneration(
            year=request.year,
            amount_yuan=Decimal(request.amount_fen) / 100,
            recorded_on=self.today(),
        )
        await self.on_cadre(request.cadre_id, command)
        return pb.RecordRemunerationResponse()
