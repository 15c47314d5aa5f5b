"""gRPC ``frontline.api.headquarters.v1.HeadquartersService``: queries, updates, rebuild."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
from google.protobuf import message_factory
from pydantic import BaseModel

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.headquarters.briefing.briefings import CONTENT_TYPE, Briefings
from frontline.headquarters.live import UpdateHub
from frontline.headquarters.params import check_code, parse_as_of
from frontline.headquarters.query.models import Overview
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.rebuild import Rebuilder
from frontline.kernel.authz import Rule, current_principal, field_scope

Context = grpc.aio.ServicerContext[Any, Any]
READERS = frozenset({"hq_viewer", "county_admin", "township_operator"})


def to_proto(model: BaseModel, message: Any) -> Any:
    """Query models mirror the proto messages field by field (query/models.py): each
    message is built by its constructor, a few times faster than ``json_format``."""
    message.MergeFrom(_message(model, type(message)))
    return message


def _message(model: BaseModel, cls: Any) -> Any:
    fields = cls.DESCRIPTOR.fields_by_name
    values: dict[str, Any] = {}
    for name, value in model:
        field = fields.get(name)
        if field is None or value is None:
            continue  # a field the contract does not have, or no value ("no data")
        if field.message_type is None:
            values[name] = value
            continue
        sub = message_factory.GetMessageClass(field.message_type)
        values[name] = (
            [_message(v, sub) for v in value] if field.is_repeated else _message(value, sub)
        )
    return cls(**values)


# Kept with the rendered overview: every caller of one place shares one response.
def county_response(overview: Overview) -> pb.GetCountyOverviewResponse:
    return pb.GetCountyOverviewResponse(overview=_message(overview, pb.Overview))


def unit_response(overview: Overview) -> pb.GetUnitDetailResponse:
    return pb.GetUnitDetailResponse(overview=_message(overview, pb.Overview))


_COUNTY = Rule(READERS, county_wide=True)
RULES: dict[str, Rule] = {
    "GetCountyOverview": _COUNTY,
    "ListTownshipRanking": _COUNTY,
    "GetUnitDetail": Rule(READERS, scope=field_scope("division_code")),
    "ListAlerts": Rule(READERS, scope=field_scope("division_code")),
    "StreamUpdates": Rule(READERS, scope=field_scope("division_code")),
    "RebuildReadModel": Rule(frozenset({"county_admin"})),
    # The briefing is the county's: like the county overview, the county must be in scope.
    "GetBriefing": _COUNTY,
}
BRIEFING_CHUNK = 64 * 1024


def _scope_or(code: str) -> str:
    """An empty division code means the caller's whole scope."""
    return code or current_principal().scope


class HeadquartersServicer(pb_grpc.HeadquartersServiceServicer):
    def __init__(
        self,
        queries: Queries,
        hub: UpdateHub,
        rebuilder: Rebuilder,
        briefings: Briefings | None = None,
    ) -> None:
        self.queries = queries
        self.hub = hub
        self.rebuilder = rebuilder
        self.briefings = briefings or Briefings(queries)

    async def GetBriefing(
        self, request: pb.GetBriefingRequest, context: Context
    ) -> AsyncIterator[pb.GetBriefingResponse]:
        rendered = await self.briefings.render(request.period)
        pdf = rendered.pdf
        yield pb.GetBriefingResponse(
            filename=rendered.filename, content_type=CONTENT_TYPE, size=len(pdf)
        )
        for start in range(0, len(pdf), BRIEFING_CHUNK):
            yield pb.GetBriefingResponse(chunk=pdf[start : start + BRIEFING_CHUNK])

    async def GetCountyOverview(
        self, request: pb.GetCountyOverviewRequest, context: Context
    ) -> pb.GetCountyOverviewResponse:
        as_of = parse_as_of(request.as_of, self.queries.today())
        rendered = await self.queries.render(self.queries.settings.county_code, as_of)
        return rendered.encoded(county_response)

    async def GetUnitDetail(
        self, request: pb.GetUnitDetailRequest, context: Context
    ) -> pb.GetUnitDetailResponse:
        code = check_code(request.division_code)
        as_of = parse_as_of(request.as_of, self.queries.today())
        rendered = await self.queries.render(code, as_of)
        return rendered.encoded(unit_response)

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
                activity = await update.activity_within(prefix, self.queries.activity_by_ids)
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
