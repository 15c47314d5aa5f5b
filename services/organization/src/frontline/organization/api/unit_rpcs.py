"""Org unit RPCs: establish, elections, dissolution, rectification, ratings, queries."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.api import messages
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit_events import SecretaryRating, WeakLaxCriterion
from frontline.organization.use_cases import units
from frontline.organization.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
# Party members of one organization: a township committee has thousands, not millions.
_MEMBERS = 100_000


class UnitRpcs:
    ports: Ports

    async def _on_unit(self, unit_id: str, command: cmd.OrgUnitCommand) -> pb.OrgUnit:
        unit_id = cv.identifier(unit_id, "org_unit_id")
        return messages.org_unit(await units.act_on_unit(self.ports, unit_id, command))

    async def EstablishOrgUnit(
        self, request: pb.EstablishOrgUnitRequest, context: Ctx
    ) -> pb.EstablishOrgUnitResponse:
        establishment = units.Establishment(
            level=cv.enum_in(pb.OrgLevel, request.level, OrgLevel, "level"),
            division_code=request.division_code,
            name=cv.text(request.name, "name", cv.NAME, required=True),
            parent_unit_id=cv.optional_identifier(request.parent_unit_id, "parent_unit_id"),
            established_on=cv.day(request.established_on, "established_on", self.ports.today()),
            term_started_on=cv.optional_day(request.term_started_on, "term_started_on"),
            term_years=cv.optional_whole(request.term_years, "term_years", 1, 10),
        )
        unit = await units.establish_unit(self.ports, establishment)
        return pb.EstablishOrgUnitResponse(org_unit=messages.org_unit(unit))

    async def RecordElection(
        self, request: pb.RecordElectionRequest, context: Ctx
    ) -> pb.RecordElectionResponse:
        command = cmd.RecordElection(
            held_on=cv.day(request.held_on, "held_on", self.ports.today()),
            term_years=cv.optional_whole(request.term_years, "term_years", 1, 10),
        )
        return pb.RecordElectionResponse(org_unit=await self._on_unit(request.org_unit_id, command))

    async def PostponeElection(
        self, request: pb.PostponeElectionRequest, context: Ctx
    ) -> pb.PostponeElectionResponse:
        postponement = units.Postponement(
            new_due_on=cv.day(request.new_due_on, "new_due_on"),
            approving_unit_id=cv.optional_identifier(
                request.approving_unit_id, "approving_unit_id"
            ),
            approved_on=cv.day(request.approved_on, "approved_on", self.ports.today()),
            reason=cv.text(request.reason, "reason", cv.TEXT, lines=True),
        )
        unit_id = cv.identifier(request.org_unit_id, "org_unit_id")
        unit = await units.postpone_election(self.ports, unit_id, postponement)
        return pb.PostponeElectionResponse(org_unit=messages.org_unit(unit))

    async def DissolveOrgUnit(
        self, request: pb.DissolveOrgUnitRequest, context: Ctx
    ) -> pb.DissolveOrgUnitResponse:
        unit = await units.dissolve_unit(
            self.ports,
            cv.identifier(request.org_unit_id, "org_unit_id"),
            cv.optional_identifier(request.merged_into_unit_id, "merged_into_unit_id"),
            cv.day(request.dissolved_on, "dissolved_on", self.ports.today()),
            cv.text(request.reason, "reason", cv.TEXT, lines=True),
        )
        return pb.DissolveOrgUnitResponse(org_unit=messages.org_unit(unit))

    async def ConfirmWeakLax(
        self, request: pb.ConfirmWeakLaxRequest, context: Ctx
    ) -> pb.ConfirmWeakLaxResponse:
        criteria = cv.repeated(request.criteria, "criteria", len(WeakLaxCriterion))
        command = cmd.ConfirmWeakLax(
            confirmed_on=cv.day(request.confirmed_on, "confirmed_on", self.ports.today()),
            criteria=tuple(
                cv.enum_in(pb.WeakLaxCriterion, c, WeakLaxCriterion, "criteria") for c in criteria
            ),
            rectification_plan=cv.text(
                request.rectification_plan, "rectification_plan", cv.TEXT, lines=True
            ),
            target_on=cv.optional_day(request.target_on, "target_on"),
        )
        return pb.ConfirmWeakLaxResponse(org_unit=await self._on_unit(request.org_unit_id, command))

    async def RecordRectificationProgress(
        self, request: pb.RecordRectificationProgressRequest, context: Ctx
    ) -> pb.RecordRectificationProgressResponse:
        command = cmd.RecordRectificationProgress(
            recorded_on=cv.day(request.recorded_on, "recorded_on", self.ports.today()),
            percent_complete=cv.whole(request.percent_complete, "percent_complete", 0, 100),
            note=cv.text(request.note, "note", cv.TEXT, lines=True),
        )
        unit = await self._on_unit(request.org_unit_id, command)
        return pb.RecordRectificationProgressResponse(org_unit=unit)

    async def SignOffRectification(
        self, request: pb.SignOffRectificationRequest, context: Ctx
    ) -> pb.SignOffRectificationResponse:
        command = cmd.SignOffRectification(
            signed_off_on=cv.day(request.signed_off_on, "signed_off_on", self.ports.today()),
            summary=cv.text(request.summary, "summary", cv.TEXT, lines=True),
        )
        unit = await self._on_unit(request.org_unit_id, command)
        return pb.SignOffRectificationResponse(org_unit=unit)

    async def RecordOrgForm(
        self, request: pb.RecordOrgFormRequest, context: Ctx
    ) -> pb.RecordOrgFormResponse:
        record = units.FormRecord(
            form=cv.enum_in(pb.OrgForm, request.form, OrgForm, "form"),
            member_count=cv.whole(request.member_count, "member_count", 1, _MEMBERS),
            has_party_groups=request.has_party_groups,
            recorded_on=cv.day(request.recorded_on, "recorded_on", self.ports.today()),
        )
        unit_id = cv.identifier(request.org_unit_id, "org_unit_id")
        unit = await units.record_form(self.ports, unit_id, record)
        return pb.RecordOrgFormResponse(org_unit=messages.org_unit(unit))

    async def RateSecretary(
        self, request: pb.RateSecretaryRequest, context: Ctx
    ) -> pb.RateSecretaryResponse:
        command = cmd.RateSecretary(
            year=cv.whole(request.year, "year", 1949, 2100),
            rating=cv.enum_in(pb.SecretaryRating, request.rating, SecretaryRating, "rating"),
            rated_on=cv.day(request.rated_on, "rated_on", self.ports.today()),
            cadre_id=cv.optional_identifier(request.cadre_id, "cadre_id"),
        )
        return pb.RateSecretaryResponse(org_unit=await self._on_unit(request.org_unit_id, command))

    async def GetOrgUnit(
        self, request: pb.GetOrgUnitRequest, context: Ctx
    ) -> pb.GetOrgUnitResponse:
        unit = await units.get_unit(
            self.ports,
            cv.optional_identifier(request.org_unit_id, "org_unit_id"),
            request.division_code or None,
        )
        return pb.GetOrgUnitResponse(org_unit=messages.org_unit(unit))

    async def ListOrgUnits(
        self, request: pb.ListOrgUnitsRequest, context: Ctx
    ) -> pb.ListOrgUnitsResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await units.list_units(
            self.ports,
            request.division_code_prefix,
            cv.optional_enum(pb.OrgLevel, request.level, OrgLevel, "level"),
            request.include_dissolved,
            page,
        )
        return pb.ListOrgUnitsResponse(
            org_units=[messages.org_unit(u) for u in found], next_page_token=page.next_token(found)
        )

    async def ListChildUnits(
        self, request: pb.ListChildUnitsRequest, context: Ctx
    ) -> pb.ListChildUnitsResponse:
        unit_id = cv.identifier(request.org_unit_id, "org_unit_id")
        found = await units.list_children(self.ports, unit_id, request.include_dissolved)
        return pb.ListChildUnitsResponse(org_units=[messages.org_unit(u) for u in found])
