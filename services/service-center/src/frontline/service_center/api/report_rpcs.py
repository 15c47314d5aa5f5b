"""The KPI query and erasure of a requester."""

from __future__ import annotations

from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.service_center.api import messages
from frontline.service_center.use_cases import requesters, statistics
from frontline.service_center.use_cases.ports import Period, Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers


class ReportRpcs:
    ports: Ports

    async def GetServiceStatistics(
        self, request: pb.GetServiceStatisticsRequest, context: Ctx
    ) -> pb.GetServiceStatisticsResponse:
        period = Period(
            cv.optional_day(request.submitted_from, "submitted_from"),
            cv.optional_day(request.submitted_to, "submitted_to"),
        )
        found = await statistics.service_statistics(
            self.ports, request.division_code_prefix, period
        )
        return messages.statistics(found)

    async def EraseRequester(
        self, request: pb.EraseRequesterRequest, context: Ctx
    ) -> pb.EraseRequesterResponse:
        erased = await requesters.erase_requester(
            self.ports, cv.identifier(request.requester_id, "requester_id")
        )
        return pb.EraseRequesterResponse(
            requester_id=erased.requester_id,
            requests=erased.requests,
            erased_on=cv.iso(erased.erased_on),
        )
