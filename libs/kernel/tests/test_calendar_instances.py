"""Two instances of one service (one database): a calendar year an operator loads
through one (`frontline admin calendar load` reaches one of them) is used by the other
too, so a deadline does not depend on which instance counted it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import date
from typing import Any

import grpc
import pytest

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.counter import counter, publish
from frontline.testkit.runtime import SigningKeys, make_settings
from frontline.testkit.waiting import eventually


@pytest.fixture
async def two(
    pg: Any, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[list[ServiceRuntime[Any]]]:
    database = await pg.create_database(f"two_{unique}")
    settings = make_settings("test", database, kafka_bootstrap, f"{unique}.", keys)
    settings = settings.model_copy(update={"calendar_refresh_seconds": 0.2})
    async with AsyncExitStack() as stack:
        runtimes = []
        for _ in range(2):
            runtime: ServiceRuntime[Any] = ServiceRuntime(settings)
            runtime.register(counter, publish=publish)
            runtimes.append(await stack.enter_async_context(runtime.started()))
        yield runtimes


async def test_a_year_loaded_through_one_instance_is_counted_by_the_other(
    two: list[ServiceRuntime[Any]], keys: SigningKeys
) -> None:
    first, second = two
    assert second.calendar.add_working_days(date(2027, 9, 30), 1).provisional
    async with grpc.aio.insecure_channel(f"127.0.0.1:{first.grpc_port}") as channel:
        stub = admin_pb2_grpc.AdminServiceStub(channel)  # type: ignore[no-untyped-call]
        await stub.LoadCalendarYear(
            admin_pb2.LoadCalendarYearRequest(
                year=2027, holidays=["2027-10-01", "2027-10-04"], workdays=["2027-10-09"]
            ),
            metadata=keys.metadata(["county_admin"]),
        )

    async def counted() -> tuple[date, bool]:
        result = second.calendar.add_working_days(date(2027, 9, 30), 1)
        return result.date, result.provisional

    assert await eventually(counted, lambda r: not r[1]) == (date(2027, 10, 5), False)
