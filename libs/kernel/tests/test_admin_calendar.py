"""Operators load a statutory calendar year; provisional deadlines are recomputed."""

from __future__ import annotations

from datetime import date, timedelta

import grpc
import pytest

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.runtime import SigningKeys


async def test_loading_a_year_makes_its_deadlines_exact_and_rearms_provisional_timers(
    counter_runtime: ServiceRuntime,
    keys: SigningKeys,
) -> None:
    fired: list[str] = []

    async def recount(conn, timer) -> None:  # type: ignore[no-untyped-def]
        fired.append(timer.key)

    counter_runtime.timers.on("recount", recount)
    later = counter_runtime.clock.now() + timedelta(days=400)
    async with counter_runtime.pool.acquire() as conn:
        await counter_runtime.timers.schedule(
            conn, "t-prov", later, "recount", "s-1", provisional=True
        )
        await counter_runtime.timers.schedule(conn, "t-exact", later, "recount", "s-2")
    assert counter_runtime.calendar.add_working_days(date(2027, 9, 30), 1).provisional
    await _load_and_check(counter_runtime, keys, fired)


async def _load_and_check(
    counter_runtime: ServiceRuntime, keys: SigningKeys, fired: list[str]
) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{counter_runtime.grpc_port}") as channel:
        stub = admin_pb2_grpc.AdminServiceStub(channel)
        admin = keys.metadata(["county_admin"])
        reply = await stub.LoadCalendarYear(
            admin_pb2.LoadCalendarYearRequest(
                year=2027, holidays=["2027-10-01", "2027-10-04"], workdays=["2027-10-09"]
            ),
            metadata=admin,
        )
        assert reply.timers_rearmed == 1
        listed = await stub.ListCalendarYears(admin_pb2.ListCalendarYearsRequest(), metadata=admin)
        assert [(y.year, y.holidays, y.workdays) for y in listed.years] == [(2027, 2, 1)]

        with pytest.raises(grpc.aio.AioRpcError) as bad:
            await stub.LoadCalendarYear(
                admin_pb2.LoadCalendarYearRequest(year=2027, holidays=["2027-13-01", "2026-10-01"]),
                metadata=admin,
            )
        assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.LoadCalendarYear(
                admin_pb2.LoadCalendarYearRequest(year=2027), metadata=keys.metadata(["hq_viewer"])
            )
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

    result = counter_runtime.calendar.add_working_days(date(2027, 9, 30), 1)
    assert (result.date, result.provisional) == (date(2027, 10, 5), False)
    assert await counter_runtime.timers.fire_due() == 1
    assert fired == ["t-prov"]
