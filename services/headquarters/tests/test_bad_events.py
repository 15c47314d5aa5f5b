"""An event that breaks its published contract is dead-lettered before any projection
sees it (DESIGN.md §7): a 200-character division code and a post of "king" were once
stored in the read model and spread to the dashboard."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from frontline.contracts.base import PublicEvent
from frontline.testkit.cloudevents import event_headers, send
from frontline.testkit.county_events import SmallCounty, appointed, hq_settings, produce, unit
from frontline.testkit.headquarters import running
from frontline.testkit.kafka import read_topic
from frontline.testkit.runtime import SigningKeys

LONG_CODE = "4" * 200


def broken(event: PublicEvent, subject: str, **wrong: Any) -> tuple[bytes, bytes, Any]:
    """``event`` on the wire with ``wrong`` values its model would refuse to hold."""
    value = json.loads(event.model_dump_json()) | wrong
    return subject.encode(), json.dumps(value).encode(), event_headers(event, subject)


async def test_events_outside_their_contract_are_dead_lettered_not_stored(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    today = dt.date.today()
    start, due = dt.date(today.year - 1, 1, 1), dt.date(today.year + 4, 1, 1)
    settings = hq_settings(
        await pg.create_database("hq"), kafka_bootstrap, unique, SigningKeys.create(tmp_path).public
    )
    village = unit("u-x", "village", "440781101009", "西村党支部", "u-t1", start, due).event
    cadre = appointed("c-x", "u-v1", "440781101001", "secretary", start, "college", "30_39").event
    async with running(settings) as hq:
        await produce(kafka_bootstrap, unique, SmallCounty(today).build())
        await send(
            kafka_bootstrap,
            f"{unique}{village.topic}",
            [broken(village, "u-x", division_code=LONG_CODE)],
        )
        await send(kafka_bootstrap, f"{unique}{cadre.topic}", [broken(cadre, "c-x", post="king")])
        for topic in (village.topic, cadre.topic):
            letters = await read_topic(kafka_bootstrap, f"{unique}{topic}.dlq", at_least=1)
            assert len(letters) == 1, topic
        pool = hq.runtime.pool
        units = "SELECT count(*) FROM hq.units WHERE unit_id = 'u-x' OR length(division_code) > 12"
        assert await pool.fetchval(units) == 0
        assert await pool.fetchval("SELECT count(*) FROM hq.posts WHERE cadre_id = 'c-x'") == 0
