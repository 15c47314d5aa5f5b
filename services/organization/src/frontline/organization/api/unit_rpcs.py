"""Org unit RPCs: establish, elections, dissolution, rectification, ratings, queries."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.authz import require_scope
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound
from frontline.kernel.ids import new_id
from frontline.organization import queries
from frontline.organization.api import convert as cv
from frontline.organization.api.base import Ctx, RpcBase
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.org_unit_events import SecretaryRating, WeakLaxCriterion


class UnitRpcs(RpcBase):
    async def _run(self, unit_id: str, command: Any) -> pb.OrgUnit:
        await self.execute(org_unit_decider, unit_id, command)
        return cv.org_unit(await self.reload(queries.unit, unit_id))

    async def EstablishOrgUnit(
        self, request: pb.EstablishOrgUnitRequest, context: Ctx
    ) -> pb.EstablishOrgUnitResponse:
        level = cv.to_domain(pb.OrgLevel, request.level, OrgLevel, "level")
        parent = None
        if request.parent_unit_id:
            parent = queries.facts(
                await self.unit_in_scope(request.parent_unit_id, "parent_unit_id")
            )
        taken = level is not OrgLevel.BRANCH and await queries.unit_by_code(
            self.runtime.pool, request.division_code
        )
        if taken and not await self.is_retry():
            raise AlreadyExists(f"an active unit on {request.division_code} exists")
        established = cv.parse_date(request.established_on, "established_on", self.today())
        command = cmd.EstablishOrgUnit(
            unit_id=new_id(), level=level, division_code=request.division_code,
            name=request.name, parent=parent, established_on=established,
            term_started_on=cv.optional_date(request.term_started_on, "term_started_on"),
            term_years=request.term_years or None,
        )  # fmt: skip
        result = await self.execute(org_unit_decider, command.unit_id, command)
        # A retried request id answers with the unit the first call created.
        row = await self.reload(queries.unit, result.stream_id)
        return pb.EstablishOrgUnitResponse(org_unit=cv.org_unit(row))

    async def RecordElection(
        self, request: pb.RecordElectionRequest, context: Ctx
    ) -> pb.RecordElectionResponse:
        await self.unit_in_scope(request.org_unit_id)
        command = cmd.RecordElection(
            held_on=cv.parse_date(request.held_on, "held_on", self.today()),
            term_years=request.term_years or None,
        )
        return pb.RecordElectionResponse(org_unit=await self._run(request.org_unit_id, command))

    async def PostponeElection(
        self, request: pb.PostponeElectionRequest, context: Ctx
    ) -> pb.PostponeElectionResponse:
        row = await self.unit_in_scope(request.org_unit_id)
        approver_id = request.approving_unit_id or row["parent_id"]
        if not approver_id:
            raise InvalidArgument.field("approving_unit_id", "the unit has no level above")
        # The caller acts for the approving level, so it must cover that level's code.
        approver = await self.unit_in_scope(approver_id, "approving_unit_id")
        command = cmd.PostponeElection(
            new_due_on=cv.parse_date(request.new_due_on, "new_due_on"),
            approver=queries.facts(approver),
            approved_on=cv.parse_date(request.approved_on, "approved_on", self.today()),
            reason=request.reason,
        )
        return pb.PostponeElectionResponse(org_unit=await self._run(request.org_unit_id, command))

    async def DissolveOrgUnit(
        self, request: pb.DissolveOrgUnitRequest, context: Ctx
    ) -> pb.DissolveOrgUnitResponse:
        row = await self.unit_in_scope(request.org_unit_id)
        target = None
        if request.merged_into_unit_id:
            target = queries.facts(
                await self.unit_in_scope(request.merged_into_unit_id, "merged_into_unit_id")
            )
        command = cmd.DissolveOrgUnit(
            dissolved_on=cv.parse_date(request.dissolved_on, "dissolved_on", self.today()),
            reason=request.reason, active_children=row["active_children"], merged_into=target,
        )  # fmt: skip
        return pb.DissolveOrgUnitResponse(org_unit=await self._run(request.org_unit_id, command))

    async def ConfirmWeakLax(
        self, request: pb.ConfirmWeakLaxRequest, context: Ctx
    ) -> pb.ConfirmWeakLaxResponse:
        await self.unit_in_scope(request.org_unit_id)
        criteria = tuple(
            cv.to_domain(pb.WeakLaxCriterion, c, WeakLaxCriterion, "criteria")
            for c in request.criteria
        )
        command = cmd.ConfirmWeakLax(
            confirmed_on=cv.parse_date(request.confirmed_on, "confirmed_on", self.today()),
            criteria=criteria, rectification_plan=request.rectification_plan,
            target_on=cv.optional_date(request.target_on, "target_on"),
        )  # fmt: skip
        return pb.ConfirmWeakLaxResponse(org_unit=await self._run(request.org_unit_id, command))

    async def RecordRectificationProgress(
        self, request: pb.RecordRectificationProgressRequest, context: Ctx
    ) -> pb.RecordRectificationProgressResponse:
        await self.unit_in_scope(request.org_unit_id)
        command = cmd.RecordRectificationProgress(
            recorded_on=cv.parse_date(request.recorded_on, "recorded_on", self.today()),
            percent_complete=request.percent_complete, note=request.note,
        )  # fmt: skip
        unit = await self._run(request.org_unit_id, command)
        return pb.RecordRectificationProgressResponse(org_unit=unit)

    async def SignOffRectification(
        self, request: pb.SignOffRectificationRequest, context: Ctx
    ) -> pb.SignOffRectificationResponse:
        await self.unit_in_scope(request.org_unit_id)
        command = cmd.SignOffRectification(
            signed_off_on=cv.parse_date(request.signed_off_on, "signed_off_on", self.today()),
            summary=request.summary,
        )
        unit = await self._run(request.org_unit_id, command)
        return pb.SignOffRectificationResponse(org_unit=unit)

    async def RateSecretary(
        self, request: pb.RateSecretaryRequest, context: Ctx
    ) -> pb.RateSecretaryResponse:
        await self.unit_in_scope(request.org_unit_id)
        command = cmd.RateSecretary(
            year=request.year,
            rating=cv.to_domain(pb.SecretaryRating, request.rating, SecretaryRating, "rating"),
            rated_on=cv.parse_date(request.rated_on, "rated_on", self.today()),
            cadre_id=request.cadre_id or None,
        )
        return pb.RateSecretaryResponse(org_unit=await self._run(request.org_unit_id, command))

    async def GetOrgUnit(
        self, request: pb.GetOrgUnitRequest, context: Ctx
    ) -> pb.GetOrgUnitResponse:
        if request.org_unit_id:
            row = await self.unit_in_scope(request.org_unit_id)
        elif request.division_code:
            found = await queries.unit_by_code(self.runtime.pool, request.division_code)
            if found is None:
                raise NotFound("org unit on division", request.division_code)
            require_scope(found["division_code"])
            row = found
        else:
            raise InvalidArgument.field("org_unit_id", "give an id or a division code")
        return pb.GetOrgUnitResponse(org_unit=cv.org_unit(row))

    async def ListOrgUnits(
        self, request: pb.ListOrgUnitsRequest, context: Ctx
    ) -> pb.ListOrgUnitsResponse:
        prefix = self.scoped_prefix(request.division_code_prefix)
        level = cv.optional_domain(pb.OrgLevel, request.level, OrgLevel, "level")
        page = queries.page_of(request.page_size, request.page_token)
        rows = await queries.units(
            self.runtime.pool, prefix, level, request.include_dissolved, *page
        )
        return pb.ListOrgUnitsResponse(
            org_units=[cv.org_unit(r) for r in rows], next_page_token=queries.next_token(rows, page)
        )

    async def ListChildUnits(
        self, request: pb.ListChildUnitsRequest, context: Ctx
    ) -> pb.ListChildUnitsResponse:
        await self.unit_in_scope(request.org_unit_id)
        rows = await queries.children(
            self.runtime.pool, request.org_unit_id, request.include_dissolved
        )
        return pb.ListChildUnitsResponse(org_units=[cv.org_unit(r) for r in rows])
