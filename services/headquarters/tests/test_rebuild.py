"""Rebuild without downtime: the rebuilt read model equals the incremental one."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.testkit.county_events import (
    Published,
    SmallCounty,
    hq_settings,
    meeting,
    produce,
)
from frontline.testkit.county_law_events import law_events
from frontline.testkit.county_requests import small_county_requests
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

TABLES = [
    "units",
    "election_terms",
    "posts",
    "post_ends",
    "meetings",
    "decision_steps",
    "weak_lax",
    "weak_lax_signoffs",
    "rectification_progress",
    "secretary_ratings",
    "cadres",
    "education_levels",
    "upgrades",
    "trainings",
    "student_officials",
    "evaluations",
    "remuneration",
    "service_centres",
    "service_request_steps",
    "discipline_clues",
    "discipline_clue_disposals",
    "discipline_cases",
    "discipline_measures",
    "disputes",
    "sweep_duties",
    "sweep_periods",
    "ledger_entries",
    "asset_deals",
    "activity",
    "orders",
    "order_steps",
    "duty_items",
    "duty_checks",
    "notable_events",
    "applied_events",
]


async def dump(hq: Any) -> dict[str, list[str]]:
    out = {}
    async with hq.runtime.pool.acquire() as conn:
        for table in TABLES:
            rows = await conn.fetch(f"SELECT to_jsonb(t)::text AS r FROM hq.{table} t")
            out[table] = sorted(r["r"] for r in rows)
    return out


async def wait_applied(hq: Any, ids: list[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = await hq.runtime.pool.fetchval(
            "SELECT count(*) FROM hq.applied_events WHERE event_id = ANY($1::text[])", ids
        )
        if n == len(set(ids)):
            return
        await asyncio.sleep(0.1)
    raise AssertionError("events were not projected in time")


def busy_year(today: dt.date, villages: int = 40) -> list[Published]:
    """Enough meetings that the rebuild takes a while."""
    out = []
    for v in range(villages):
        for n in range(365):
            on = today - dt.timedelta(days=n)
            out.append(meeting(f"u-v1-{v}", "440781101001", "theme_party_day", on))
    return out


async def test_rebuild_equals_incremental_while_queries_answer(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqrebuild")
    today = dt.date.today()
    events = (
        SmallCounty(today).build()
        + small_county_requests(today)
        + law_events(today)
        + busy_year(today)
    )
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        await wait_applied(hq, [e.event_id for e in events])
        incremental = await dump(hq)
        county_before = (await hq.queries.overview("440781", today)).combined_score

        async with grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel:
            stub = pb_grpc.HeadquartersServiceStub(channel)
            viewer, admin = keys.metadata(["hq_viewer"]), keys.metadata(["county_admin"])
            done = asyncio.Event()
            answered: list[float] = []

            async def keep_asking() -> None:
                while not done.is_set():
                    reply = await stub.GetCountyOverview(
                        pb.GetCountyOverviewRequest(), metadata=viewer
                    )
                    answered.append(reply.overview.combined_score)

            asker = asyncio.create_task(keep_asking())
            phases = []
            async for progress in stub.RebuildReadModel(
                pb.RebuildReadModelRequest(), metadata=admin
            ):
                phases.append(
                    (
                        progress.phase,
                        progress.events_applied,
                        progress.events_total,
                        progress.events_per_second,
                    )
                )
            done.set()
            await asker

        assert phases[-1][0] == "done", phases[-1]
        assert phases[-1][1] == phases[-1][2] == len(events)
        assert answered and all(score == county_before for score in answered)
        assert await dump(hq) == incremental

        # After the swap the live projection writes into the rebuilt tables.
        later = meeting("u-v3", "440781102001", "party_lesson", today)
        await produce(kafka_bootstrap, unique, [later])
        await wait_applied(hq, [later.event_id])


async def test_rebuild_is_for_county_admins_only(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqrebuild")
    settings = hq_settings(dsn, kafka_bootstrap, unique, keys.public)
    async with (
        running(settings) as hq,
        grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel,
    ):
        stub = pb_grpc.HeadquartersServiceStub(channel)
        call = stub.RebuildReadModel(
            pb.RebuildReadModelRequest(), metadata=keys.metadata(["hq_viewer"])
        )
        progress: list[pb.RebuildReadModelResponse] = []
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            async for step in call:
                progress.append(step)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert progress == []  # refused before anything started


async def test_a_reader_inside_the_old_tables_neither_blocks_the_swap_nor_fails(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    """A query that opened one live table before the swap and reads another after it
    (a dashboard overview spans several) finishes normally; the old tables go once it
    is done. Dropping them inside the swap deadlocked with such a reader."""
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqrebuild")
    today = dt.date.today()
    events = SmallCounty(today).build()
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        await wait_applied(hq, [e.event_id for e in events])
        units = await hq.runtime.pool.fetchval("SELECT count(*) FROM hq.units")
        meetings = await hq.runtime.pool.fetchval("SELECT count(*) FROM hq.meetings")

        async with hq.runtime.pool.acquire() as reader, reader.transaction():
            assert await reader.fetchval("SELECT count(*) FROM hq.units") == units
            job = hq.rebuilder.start()

            async def finished() -> None:
                while job.progress.phase not in ("done", "failed"):
                    await asyncio.sleep(0.05)

            await asyncio.wait_for(finished(), 30)  # the swap does not wait for the reader
            assert job.progress.phase == "done", job.progress.message
            # The old tables, renamed away, still answer it with their rows: not dropped
            # (which would fail its next read) nor emptied under it.
            assert await reader.fetchval("SELECT count(*) FROM hq_retired.meetings") == meetings
            assert await reader.fetchval("SELECT count(*) FROM hq.units") == units

        async def retired_gone() -> None:
            while await hq.runtime.pool.fetchval(
                "SELECT count(*) FROM pg_namespace WHERE nspname = 'hq_retired'"
            ):
                await asyncio.sleep(0.1)

        await asyncio.wait_for(retired_gone(), 15)
