"""A unit's division, level and parent never change: a later OrgUnitEstablished that
says otherwise (issue 13: a forged event moved a village) leaves the county as it was."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path
from typing import Any

from frontline.headquarters.query.models import Overview
from frontline.testkit.county_events import SmallCounty, hq_settings, produce, unit
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

OTHER_TOWNSHIP = "440781102"


def villages(overview: Overview) -> float | None:
    fortress = next(p for p in overview.pillars if p.key == "fortress")
    return next(i.value for i in fortress.indicators if i.key == "villages")


async def test_a_re_establishment_elsewhere_does_not_move_the_village(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    today = dt.date.today()
    events = SmallCounty(today).build()
    start, later = dt.date(today.year - 2, 1, 1), dt.date(today.year + 3, 1, 1)
    # 东村 (u-v1, township 城关镇) claimed again, now under the other township.
    forged = unit("u-v1", "village", f"{OTHER_TOWNSHIP}009", "东村党支部", "u-t2", start, later)
    settings = hq_settings(
        await pg.create_database("hq"), kafka_bootstrap, unique, SigningKeys.create(tmp_path).public
    )
    async with running(settings) as hq:
        await produce(kafka_bootstrap, unique, [*events, forged])
        deadline = time.monotonic() + 30
        while await hq.runtime.pool.fetchval("SELECT count(*) FROM hq.applied_events") <= len(
            events
        ):
            assert time.monotonic() < deadline, "the events were not applied"
            await asyncio.sleep(0.1)
        township = await hq.queries.overview(OTHER_TOWNSHIP, today)
        assert villages(township) == 1  # 南村 only
        row = await hq.runtime.pool.fetchrow(
            "SELECT division_code, parent_id FROM hq.units WHERE unit_id = 'u-v1'"
        )
        assert (row["division_code"], row["parent_id"]) == ("440781101001", "u-t1")
