"""What the cadre authorization matrix prepares afresh for each call: a new cadre,
procedure, enrolment, training, or a township-year with five cadres' pay or grades,
each made by a cadre manager so that an allowed caller's call succeeds."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import CadreStack  # type: ignore[import-not-found]

# The matrix registers hundreds of cadres: in a township of its own, so that the other
# tests' lists of their townships stay theirs.
MATRIX_TOWNSHIP = "440781106"
MATRIX_VILLAGE = f"{MATRIX_TOWNSHIP}204"


@dataclass(frozen=True)
class World:
    """What a cadre manager prepares afresh for each call, so that an allowed one succeeds."""

    stack: CadreStack
    unit_id: str
    # The township's five cadres whose pay and grades make its summaries (DOMAIN.md: a
    # summary counts at least five people), and the years not yet summarised: a
    # township-year is published once, so each summary call takes a year of its own.
    five: tuple[str, ...] = ()
    years: Iterator[int] = field(default_factory=lambda: itertools.count(2024, -1))

    async def admin(self, rpc: str, request: Any) -> Any:
        return await getattr(self.stack.stub, rpc)(request, metadata=self.stack.admin)

    async def cadre(self) -> str:
        return str(await self.stack.register(MATRIX_VILLAGE))

    async def nominated(self) -> str:
        nominate = pb.NominateCadreRequest(
            cadre_id=await self.cadre(), org_unit_id=self.unit_id, post=pb.POST_SECRETARY
        )
        return str((await self.admin("NominateCadre", nominate)).procedure_id)

    async def inspected(self) -> str:
        """Inspected, and the discipline service's integrity opinion arrived."""
        procedure_id = await self.nominated()
        inspection = pb.RecordInspectionRequest(procedure_id=procedure_id)
        await self.admin("RecordInspection", inspection)
        await self.stack.issue_opinion(procedure_id)
        return procedure_id

    async def elected(self) -> str:
        """A cadre holding a village committee seat from an election."""
        cadre_id = await self.cadre()
        await self.admin(
            "AppointFromElection",
            pb.AppointFromElectionRequest(
                cadre_id=cadre_id,
                org_unit_id=self.unit_id,
                post=pb.POST_VILLAGE_COMMITTEE_MEMBER,
                election_ref="e-1",
            ),
        )
        return cadre_id

    async def enrolled(self) -> pb.GraduateAcademicUpgradeRequest:
        cadre_id = await self.cadre()
        enrolled = await self.admin(
            "EnrolAcademicUpgrade",
            pb.EnrolAcademicUpgradeRequest(
                cadre_id=cadre_id, target_level=pb.EDUCATION_LEVEL_COLLEGE, institution="开放大学"
            ),
        )
        return pb.GraduateAcademicUpgradeRequest(cadre_id=cadre_id, upgrade_id=enrolled.upgrade_id)

    async def in_training(self) -> pb.CompleteTrainingRequest:
        cadre_id = await self.cadre()
        started = await self.admin(
            "StartTraining",
            pb.StartTrainingRequest(
                cadre_id=cadre_id,
                topic=pb.TRAINING_TOPIC_AGRICULTURE,
                title="设施农业",
                planned_hours=8,
            ),
        )
        return pb.CompleteTrainingRequest(
            cadre_id=cadre_id, training_id=started.training_id, hours=8
        )

    async def student_official(self, evaluated: bool = False) -> str:
        cadre_id = await self.cadre()
        await self.admin(
            "AssignStudentOfficial",
            pb.AssignStudentOfficialRequest(
                cadre_id=cadre_id, village_code=MATRIX_VILLAGE, term_years=2
            ),
        )
        if evaluated:  # conversion needs a latest evaluation of competent or better
            await self.admin(
                "EvaluateCadre",
                pb.EvaluateCadreRequest(
                    cadre_id=cadre_id, year=2025, grade=pb.EVALUATION_GRADE_COMPETENT
                ),
            )
        return cadre_id

    async def in_notice(self) -> str:
        procedure_id = await self.inspected()
        notice = pb.StartPublicNoticeRequest(procedure_id=procedure_id)
        await self.admin("StartPublicNotice", notice)
        return procedure_id

    async def objected(self) -> str:
        """A procedure in its public notice, held by an objection reported today."""
        procedure_id = await self.in_notice()
        objection = pb.ReportNoticeObjectionRequest(procedure_id=procedure_id)
        await self.admin("ReportNoticeObjection", objection)
        return procedure_id

    async def paid_year(self) -> int:
        """A year not yet summarised, with the pay of the township's five cadres."""
        year = next(self.years)
        for cadre_id in self.five:
            pay = pb.RecordRemunerationRequest(cadre_id=cadre_id, year=year, amount_fen=5_000_000)
            await self.admin("RecordRemuneration", pay)
        return year

    async def graded_year(self) -> int:
        """A year not yet summarised, with the grades of the township's five cadres."""
        year = next(self.years)
        for cadre_id in self.five:
            grade = pb.EvaluateCadreRequest(
                cadre_id=cadre_id, year=year, grade=pb.EVALUATION_GRADE_COMPETENT
            )
            await self.admin("EvaluateCadre", grade)
        return year
