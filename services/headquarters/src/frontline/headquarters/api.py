"""gRPC ``frontline.api.headquarters.v1.HeadquartersService``: queries, updates, rebuild."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
from google.protobuf import json_format
from pydantic import BaseModel

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.headquarters.live import UpdateHub
from frontline.headquarters.params import check_code, parse_as_of
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.rebuild import Rebuilder
from frontline.kernel.authz import Rule, current_principal, field_scope

Context = grpc.aio.ServicerContext[Any, Any]
READERS = frozenset({"hq_viewer", "county_admin", "township_operator"})


def to_proto(model: BaseModel, message: Any) -> Any:
    """Query models mirror the proto messages field by field (query/models.py)."""
    return json_format.ParseDict(model.model_dump(mode="json"), message, ignore_unknown_fields=True)


_COUNTY = Rule(READERS, county_wide=True)
RULES: dict[str, Rule] = {
    "GetCountyOverview": _COUNTY,
    "ListTownshipRanking": _COUNTY,
    "GetUnitDetail": Rule(READERS, scope=field_scope("division_code")),
    "ListAlerts": Rule(READERS, scope=field_scope("division_code")),
    "StreamUpdates": Rule(READERS, scope=field_scope("division_code")),
    "RebuildReadModel": Rule(frozenset({"county_admin"})),
}


def _scope_or(code: str) -> str:
    """An empty division code means the caller's whole scope."""
    return code or current_principal().scope


class HeadquartersServicer(pb_grpc.HeadquartersServiceServicer):
    def __init__(self, queries: Queries, hub: UpdateHub, rebuilder: Rebuilder) -> None:
        self.queries = queries
        self.hub = hub
        self.rebuilder = rebuilder

    async def GetCountyOverview(
        self, request: pb.GetCountyOverviewRequest, context: Context
    ) -> pb.GetCountyOverviewResponse:
        as_of = parse_as_of(request.as_of, self.queries.today())
        overview = await self.queries.overview(self.queries.settings.county_code, as_of)
        return pb.GetCountyOverviewResponse(overview=to_proto(overview, pb.Overview()))

    async def GetUnitDetail(
        self, request: pb.GetUnitDetailRequest, context: Context
    ) -> pb.GetUnitDetailResponse:
        code = check_code(request.division_code)
        as_of = parse_as_of(request.as_of, self.queries.today())
        overview = await self.queries.overview(code, as_of)
        return pb.GetUnitDetailResponse(overview=to_proto(overview, pb.Overview()))

    async def ListTownshipRanking(
        self, request: pb.ListTownshipRankingRequest, context: Context
    ) -> pb.ListTownshipRankingResponse:
        as_of = parse_as_of(request.as_of, self.queries.today())
        ranking = await self.queries.ranking(as_of)
        return pb.ListTownshipRankingResponse(
            townships=[to_proto(c, pb.ChildSummary()) for c in ranking], as_of=as_of.isoformat()
        )

    async def ListAlerts(
        self, request: pb.ListAlertsRequest, context: Context
    ) -> pb.ListAlertsResponse:
        code = check_code(_scope_or(request.division_code))
        as_of = parse_as_of(request.as_of, self.queries.today())
        alerts = await self.queries.alerts(code, as_of)
        return pb.ListAlertsResponse(alerts=[to_proto(a, pb.Alert()) for a in alerts])

    async def StreamUpdates(
        self, request: pb.StreamUpdatesRequest, context: Context
    ) -> AsyncIterator[pb.StreamUpdatesResponse]:
        prefix = _scope_or(request.division_code)
        async with self.hub.subscribe() as queue:
            # A first, empty message says the stream is subscribed: nothing after it is missed.
            yield pb.StreamUpdatesResponse(events_applied=self.hub.applied)
            while True:
                update = await queue.get()
                if not update.touches(prefix):
                    continue
                activity = await self.queries.activity_by_ids(update.event_ids, prefix)
                yield pb.StreamUpdatesResponse(
                    division_codes=update.divisions_within(prefix),
                    activity=[to_proto(a, pb.Activity()) for a in activity],
                    events_applied=self.hub.applied,
                )

    async def RebuildReadModel(
        self, request: pb.RebuildReadModelRequest, context: Context
    ) -> AsyncIterator[pb.RebuildReadModelResponse]:
        job = self.rebuilder.start()
        async for progress in job.watch():
            yield pb.RebuildReadModelResponse(
                phase=progress.phase,
                events_applied=progress.applied,
                events_total=progress.total,
                events_per_second=progress.rate,
                message=progress.message,
            )
        await asyncio.sleep(0)
