"""Query RPCs over the read model; personal fields only for PERSONAL_READERS."""

from __future__ import annotations

from typing import Any

import asyncpg

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre import queries
from frontline.cadre.api import messages
from frontline.cadre.api.access import caller_scope, may_see_personal, scoped_cadre
from frontline.cadre.api.convert import fen, required
from frontline.cadre.api.rpc_base import CadreRpcBase, Context
from frontline.cadre.remuneration import publish_summary
from frontline.kernel.authz import require_scope
from frontline.kernel.errors import InvalidArgument, NotFound

MAX_PAGE = 500


class QueryRpcs(CadreRpcBase):
    async def _cadre(self, row: asyncpg.Record, detailed: bool) -> pb.Cadre:
        allowed = may_see_personal()
        fields = await self.registry.read(self.pool, row["cadre_id"]) if allowed else None
        message = messages.cadre(row, messages.personal(row, fields, allowed))
        if detailed:
            cadre_id = row["cadre_id"]
            message.posts.extend(
                map(messages.holding, await queries.posts_of_cadre(self.pool, cadre_id))
            )
            message.evaluations.extend(
                map(messages.evaluation, await queries.evaluations_of(self.pool, cadre_id))
            )
            official = await queries.student_official(self.pool, cadre_id)
            if official is not None:
                message.student_official.CopyFrom(messages.student_official(official))
        return message

    async def GetCadre(self, request: Any, context: Context) -> Any:
        row = await scoped_cadre(self.pool, required(request.cadre_id, "cadre_id"))
        return pb.GetCadreResponse(cadre=await self._cadre(row, detailed=True))

    async def ListCadres(self, request: Any, context: Context) -> Any:
        size = request.page_size or 100
        if not 0 < size <= MAX_PAGE:
            raise InvalidArgument.field("page_size", f"between 1 and {MAX_PAGE}")
        rows = await queries.cadres_under(
            self.pool, caller_scope(request.division_code), request.page_token, size
        )
        cadres = [await self._cadre(row, detailed=False) for row in rows]
        token = rows[-1]["cadre_id"] if len(rows) == size else ""
        return pb.ListCadresResponse(cadres=cadres, next_page_token=token)

    async def ListUnitPosts(self, request: Any, context: Context) -> Any:
        org_unit_id = required(request.org_unit_id, "org_unit_id")
        division = await queries.unit_division(self.pool, org_unit_id)
        if division is None:
            raise NotFound("org unit", org_unit_id)
        require_scope(division)
        rows = await queries.posts_in_unit(self.pool, org_unit_id)
        return pb.ListUnitPostsResponse(posts=[messages.holding(r) for r in rows])

    async def ListAppointmentProcedures(self, request: Any, context: Context) -> Any:
        rows = await queries.procedures_under(
            self.pool, caller_scope(request.division_code), request.include_finished
        )
        return pb.ListAppointmentProceduresResponse(
            procedures=[messages.procedure(r) for r in rows]
        )

    async def ListTrainingRecords(self, request: Any, context: Context) -> Any:
        row = await scoped_cadre(self.pool, required(request.cadre_id, "cadre_id"))
        upgrades = await queries.academic_upgrades_of(self.pool, row["cadre_id"])
        trainings = await queries.trainings_of(self.pool, row["cadre_id"])
        return pb.ListTrainingRecordsResponse(
            academic_upgrades=[messages.academic_upgrade(r) for r in upgrades],
            trainings=[messages.training(r) for r in trainings],
        )

    async def ListStudentOfficials(self, request: Any, context: Context) -> Any:
        rows = await queries.student_officials_under(self.pool, caller_scope(request.division_code))
        return pb.ListStudentOfficialsResponse(
            officials=[messages.student_official(r) for r in rows]
        )


class SummaryRpcs(CadreRpcBase):
    async def PublishRemunerationSummary(self, request: Any, context: Context) -> Any:
        township = required(request.township_code, "township_code")
        published = await publish_summary(
            self.pool, self.commands, township, request.year, self.today()
        )
        summary = pb.RemunerationSummary(
            township_code=published.township_code,
            year=published.year,
            cadre_count=published.cadre_count,
            average_fen=fen(published.average_yuan),
            median_fen=fen(published.median_yuan),
        )
        if published.growth_rate is not None:
            summary.growth_rate = float(published.growth_rate)
        return pb.PublishRemunerationSummaryResponse(summary=summary)
