"""Centre RPCs: establish, service lines, staff on duty, close, look-ups, the catalogue."""

from __future__ import annotations

from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.service_center.api import checks, messages
from frontline.service_center.domain import centre_commands as cmd
from frontline.service_center.use_cases import centres
from frontline.service_center.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers


class CentreRpcs:
    ports: Ports

    def _today(self, value: str, field: str) -> Any:
        """A day that has come (empty: today)."""
        today = self.ports.today()
        return cv.day(value, field, today, latest=today)

    async def EstablishCentre(
        self, request: pb.EstablishCentreRequest, context: Ctx
    ) -> pb.EstablishCentreResponse:
        lines = cv.repeated(request.lines, "lines", len(self.ports.rules.service_lines))
        establishment = centres.Establishment(
            org_unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            name=cv.text(request.name, "name", cv.NAME, required=True),
            established_on=self._today(request.established_on, "established_on"),
            lines=tuple(checks.line(x, self.ports.rules, "lines") for x in dict.fromkeys(lines)),
        )
        centre = await centres.establish_centre(self.ports, establishment)
        return pb.EstablishCentreResponse(centre=messages.centre(centre))

    async def SetServiceLine(
        self, request: pb.SetServiceLineRequest, context: Ctx
    ) -> pb.SetServiceLineResponse:
        centre = await centres.set_service_line(
            self.ports,
            cv.identifier(request.centre_id, "centre_id"),
            checks.line(request.line, self.ports.rules),
            request.offered,
            self._today(request.set_on, "set_on"),
        )
        return pb.SetServiceLineResponse(centre=messages.centre(centre))

    async def PutStaffOnDuty(
        self, request: pb.PutStaffOnDutyRequest, context: Ctx
    ) -> pb.PutStaffOnDutyResponse:
        centre = await centres.put_staff_on_duty(
            self.ports,
            cv.identifier(request.centre_id, "centre_id"),
            cv.identifier(request.cadre_id, "cadre_id"),
            self._today(request.on_duty_from, "on_duty_from"),
        )
        return pb.PutStaffOnDutyResponse(centre=messages.centre(centre))

    async def TakeStaffOffDuty(
        self, request: pb.TakeStaffOffDutyRequest, context: Ctx
    ) -> pb.TakeStaffOffDutyResponse:
        command = cmd.TakeStaffOffDuty(
            cadre_id=cv.identifier(request.cadre_id, "cadre_id"),
            off_duty_from=self._today(request.off_duty_from, "off_duty_from"),
        )
        centre_id = cv.identifier(request.centre_id, "centre_id")
        centre = await centres.act_on_centre(self.ports, centre_id, command)
        return pb.TakeStaffOffDutyResponse(centre=messages.centre(centre))

    async def CloseCentre(
        self, request: pb.CloseCentreRequest, context: Ctx
    ) -> pb.CloseCentreResponse:
        command = cmd.CloseCentre(
            closed_on=self._today(request.closed_on, "closed_on"),
            reason=cv.text(request.reason, "reason", cv.TEXT, required=True, lines=True),
        )
        centre_id = cv.identifier(request.centre_id, "centre_id")
        centre = await centres.act_on_centre(self.ports, centre_id, command)
        return pb.CloseCentreResponse(centre=messages.centre(centre))

    async def GetCentre(self, request: pb.GetCentreRequest, context: Ctx) -> pb.GetCentreResponse:
        centre_id = cv.identifier(request.centre_id, "centre_id")
        return pb.GetCentreResponse(
            centre=messages.centre(await centres.get_centre(self.ports, centre_id))
        )

    async def ListCentres(
        self, request: pb.ListCentresRequest, context: Ctx
    ) -> pb.ListCentresResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await centres.list_centres(
            self.ports, request.division_code_prefix, request.include_closed, page
        )
        return pb.ListCentresResponse(
            centres=[messages.centre(c) for c in found], next_page_token=page.next_token(found)
        )

    async def ListServiceLines(
        self, request: pb.ListServiceLinesRequest, context: Ctx
    ) -> pb.ListServiceLinesResponse:
        rules = self.ports.rules
        lines = [
            pb.CatalogueLine(
                line=code,
                title=title,
                time_limits=[
                    pb.TimeLimit(kind=cv.enum_out(pb.RequestKind, kind), working_days=days)
                    for kind, days in rules.time_limits_of(code).items()
                ],
            )
            for code, title in rules.service_lines.items()
        ]
        return pb.ListServiceLinesResponse(
            lines=lines,
            departments=[
                pb.Department(department=code, title=title)
                for code, title in rules.departments.items()
            ],
            sign_for_hours=rules.sign_for_hours,
            return_visit_working_days=rules.return_visit_working_days,
        )
