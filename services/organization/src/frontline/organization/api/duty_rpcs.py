"""Responsibility list RPCs (责任清单): set, add an item, report progress, check."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.api import command_messages as messages
from frontline.organization.domain import duty_list_records as rec
from frontline.organization.use_cases import duty_lists
from frontline.organization.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
FIRST_YEAR, LAST_YEAR = 2000, 2100
_MOST_ITEMS = 100


class DutyRpcs:
    ports: Ports

    def _day(self, value: str, field: str) -> Any:
        return cv.day(value, field, self.ports.today())

    def _ids(self, request: Any) -> tuple[str, str]:
        return (
            cv.identifier(request.list_id, "list_id"),
            cv.identifier(request.item_id, "item_id"),
        )

    async def SetResponsibilityList(
        self, request: pb.SetResponsibilityListRequest, context: Ctx
    ) -> pb.SetResponsibilityListResponse:
        today = self.ports.today()
        items = [
            messages.item_input(item, f"items[{n}]", today)
            for n, item in enumerate(cv.repeated(request.items, "items", _MOST_ITEMS))
        ]
        listed = await duty_lists.set_list(
            self.ports,
            cv.identifier(request.org_unit_id, "org_unit_id"),
            cv.whole(request.year, "year", FIRST_YEAR, LAST_YEAR),
            items,
            self._day(request.set_on, "set_on"),
        )
        return pb.SetResponsibilityListResponse(
            responsibility_list=messages.responsibility_list(listed)
        )

    async def AddDutyItem(
        self, request: pb.AddDutyItemRequest, context: Ctx
    ) -> pb.AddDutyItemResponse:
        listed = await duty_lists.add_item(
            self.ports,
            cv.identifier(request.list_id, "list_id"),
            messages.item_input(request.item, "item", self.ports.today()),
            self._day(request.added_on, "added_on"),
        )
        return pb.AddDutyItemResponse(responsibility_list=messages.responsibility_list(listed))

    async def ReportDutyProgress(
        self, request: pb.ReportDutyProgressRequest, context: Ctx
    ) -> pb.ReportDutyProgressResponse:
        list_id, item_id = self._ids(request)
        command = rec.ReportDutyProgress(
            item_id=item_id,
            percent_complete=cv.whole(request.percent_complete, "percent_complete", 0, 100),
            note=cv.text(request.note, "note", cv.TEXT, lines=True),
            reported_on=self._day(request.reported_on, "reported_on"),
            today=self.ports.today(),
        )
        listed = await duty_lists.as_unit(self.ports, list_id, command)
        return pb.ReportDutyProgressResponse(
            responsibility_list=messages.responsibility_list(listed)
        )

    async def CheckDutyItem(
        self, request: pb.CheckDutyItemRequest, context: Ctx
    ) -> pb.CheckDutyItemResponse:
        list_id, item_id = self._ids(request)
        command = rec.CheckDutyItem(
            item_id=item_id,
            completed=request.completed,
            note=cv.text(request.note, "note", cv.TEXT, lines=True),
            checked_on=self._day(request.checked_on, "checked_on"),
            today=self.ports.today(),
        )
        listed = await duty_lists.as_setter(self.ports, list_id, command)
        return pb.CheckDutyItemResponse(responsibility_list=messages.responsibility_list(listed))

    async def GetResponsibilityList(
        self, request: pb.GetResponsibilityListRequest, context: Ctx
    ) -> pb.GetResponsibilityListResponse:
        listed = await duty_lists.get_list(
            self.ports,
            cv.optional_identifier(request.list_id, "list_id"),
            cv.optional_identifier(request.org_unit_id, "org_unit_id"),
            cv.optional_whole(request.year, "year", FIRST_YEAR, LAST_YEAR),
        )
        return pb.GetResponsibilityListResponse(
            responsibility_list=messages.responsibility_list(listed)
        )

    async def ListResponsibilityLists(
        self, request: pb.ListResponsibilityListsRequest, context: Ctx
    ) -> pb.ListResponsibilityListsResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await duty_lists.list_lists(
            self.ports,
            request.division_code_prefix,
            cv.optional_whole(request.year, "year", FIRST_YEAR, LAST_YEAR),
            page,
        )
        return pb.ListResponsibilityListsResponse(
            responsibility_lists=[messages.responsibility_list(s) for s in found],
            next_page_token=page.next_token(found),
        )
