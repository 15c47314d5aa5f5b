"""gRPC ``frontline.api.admin.v1.ReadModelService``: what the live read model applied.

`frontline admin verify` compares these ids with the ids each service re-derives
from its store. ``applied_events`` records only events a projector handled, so the
projected types travel with them: an event of another type is not missing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from frontline.api.admin.v1 import read_model_pb2 as pb
from frontline.api.admin.v1 import read_model_pb2_grpc as pb_grpc
from frontline.headquarters.projection.bulk import single_row
from frontline.headquarters.projection.registry import projector_modules
from frontline.headquarters.query.overview import HasPool
from frontline.kernel.authz import Rule

_AUDITORS = Rule(frozenset({"county_admin", "auditor"}))
RULES = {"ListProjectedTypes": _AUDITORS, "ListAppliedEventIds": _AUDITORS}
CHUNK = 5000

# Keyset pages, one statement each: no transaction spans the listing, so a rebuild's
# swap (rebuild.py) is never held up by it.
_APPLIED_AFTER = (
    "SELECT event_id FROM {s}.applied_events WHERE event_id > $1 ORDER BY event_id LIMIT $2"
)


class ReadModelServicer(pb_grpc.ReadModelServiceServicer):
    def __init__(self, db: HasPool, schema: str, chunk: int = CHUNK) -> None:
        self.db = db
        self.sql = single_row(_APPLIED_AFTER, schema)
        self.chunk = chunk

    async def ListProjectedTypes(
        self, request: pb.ListProjectedTypesRequest, context: Any
    ) -> pb.ListProjectedTypesResponse:
        return pb.ListProjectedTypesResponse(
            types=[
                pb.ProjectedType(topic=str(module.TOPIC), type=ce_type)
                for module in projector_modules()
                for ce_type in sorted(module.HANDLERS)
            ]
        )

    async def ListAppliedEventIds(
        self, request: pb.ListAppliedEventIdsRequest, context: Any
    ) -> AsyncIterator[pb.ListAppliedEventIdsResponse]:
        after = ""
        while True:
            rows = await self.db.pool.fetch(self.sql, after, self.chunk)
            if rows:
                after = rows[-1]["event_id"]
                yield pb.ListAppliedEventIdsResponse(event_ids=[r["event_id"] for r in rows])
            if len(rows) < self.chunk:
                return
