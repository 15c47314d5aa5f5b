"""A query's bad values are refused the same way over gRPC and on the dashboard: the
field named, INVALID_ARGUMENT or HTTP 400 — never INTERNAL or HTTP 500 (DESIGN.md §7).

Dates far in the past once overflowed the trends' month arithmetic (INTERNAL, HTTP
500), and the dashboard mapped only three kinds of error.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import grpc
import pytest
import pytest_asyncio
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

CHENGGUAN = "440781101"
FAR_OFF = ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31", "20240101", "2024-02-30"]
NOT_CODES = ["44078110x", "４４０７８１", "4407811", "440781\x00"]


@dataclass
class Headquarters:
    stub: pb_grpc.HeadquartersServiceStub
    url: str
    keys: SigningKeys

    def metadata(self) -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {self.keys.token(['hq_viewer'])}")]

    async def get(self, path: str, **query: str) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {self.keys.token(['hq_viewer'])}"}
        async with (
            aiohttp.ClientSession() as http,
            http.get(self.url + path, params=query, headers=headers) as response,
        ):
            return response.status, await response.json()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def hq(
    pg: Any, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Headquarters]:
    keys = SigningKeys.create(tmp_path_factory.mktemp("keys"))
    prefix = f"m{uuid.uuid4().hex[:10]}"
    settings = hq_settings(await pg.create_database("hqbad"), kafka_bootstrap, prefix, keys.public)
    async with running(settings) as started:
        await produce(kafka_bootstrap, prefix, SmallCounty(dt.date.today()).build())
        address = f"127.0.0.1:{started.runtime.grpc_port}"
        async with grpc.aio.insecure_channel(address) as channel:
            url = f"http://127.0.0.1:{started.dashboard.port}"
            stub = pb_grpc.HeadquartersServiceStub(channel)  # type: ignore[no-untyped-call]
            yield Headquarters(stub, url, keys)


async def refused_fields(call: Any) -> list[str]:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT, refused.value.details()
    status = rpc_status.from_call(refused.value)  # type: ignore[arg-type]
    assert status is not None
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    return [v.field for v in bad.field_violations]


@pytest.mark.parametrize("as_of", FAR_OFF)
async def test_a_day_out_of_range_is_refused_over_grpc_naming_as_of(
    hq: Headquarters, as_of: str
) -> None:
    md = hq.metadata()
    for call in (
        hq.stub.GetCountyOverview(pb.GetCountyOverviewRequest(as_of=as_of), metadata=md),
        hq.stub.ListTownshipRanking(pb.ListTownshipRankingRequest(as_of=as_of), metadata=md),
        hq.stub.ListAlerts(pb.ListAlertsRequest(as_of=as_of), metadata=md),
        hq.stub.GetUnitDetail(
            pb.GetUnitDetailRequest(division_code=CHENGGUAN, as_of=as_of), metadata=md
        ),
    ):
        assert await refused_fields(call) == ["as_of"]


@pytest.mark.parametrize("as_of", FAR_OFF)
async def test_a_day_out_of_range_is_a_400_on_the_dashboard_naming_as_of(
    hq: Headquarters, as_of: str
) -> None:
    for path in ("/api/overview", "/api/ranking", "/api/alerts"):
        status, body = await hq.get(path, as_of=as_of)
        assert status == 400, (path, body)
        assert [f["field"] for f in body["fields"]] == ["as_of"] and body["error"]


async def test_the_first_and_last_days_of_the_range_are_answered(hq: Headquarters) -> None:
    for as_of in ("1900-01-01", "2100-12-31"):
        reply = await hq.stub.GetCountyOverview(
            pb.GetCountyOverviewRequest(as_of=as_of), metadata=hq.metadata()
        )
        assert reply.overview.unit.division_code
        status, _ = await hq.get("/api/overview", as_of=as_of)
        assert status == 200


@pytest.mark.parametrize("code", NOT_CODES)
async def test_a_division_code_that_is_not_one_is_refused_naming_it(
    hq: Headquarters, code: str
) -> None:
    request = pb.GetUnitDetailRequest(division_code=code)
    assert await refused_fields(hq.stub.GetUnitDetail(request, metadata=hq.metadata())) == [
        "division_code"
    ]
    status, body = await hq.get("/api/overview", code=code)
    assert status == 400 and [f["field"] for f in body["fields"]] == ["division_code"]


async def test_a_division_without_records_is_a_404_on_the_dashboard(hq: Headquarters) -> None:
    status, body = await hq.get("/api/overview", code="440781199")
    assert status == 404 and "440781199" in body["error"]
