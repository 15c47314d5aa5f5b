"""The service pillar's centre figures from service-center events on Kafka: "no answer"
never raises satisfaction, a reopening after "unsatisfied" is not resolved, a rate
waits for enough answered visits, low satisfaction suggests weak and lax, cards and
lapsed limits alert, and a past day sees the requests as they stood then."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from frontline.headquarters.query.models import Overview
from frontline.headquarters.service_settings import ServiceCentreRules
from frontline.testkit.county_events import Published, SmallCounty, hq_settings, produce
from frontline.testkit.county_requests import Life, small_county_requests
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_rebuild import wait_applied

V1, V3, T1 = "440781101001", "440781102001", "440781101"


def figures(overview: Overview) -> dict[str, float | None]:
    service = next(p for p in overview.pillars if p.key == "service")
    return {i.key: i.value for i in service.indicators}


def score_input(overview: Overview, key: str) -> float | None:
    service = next(p for p in overview.pillars if p.key == "service")
    return next(i.value for i in service.inputs if i.key == key)


async def test_centre_figures_follow_the_rules_of_the_three_rates(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    settings = hq_settings(await pg.create_database("hqsvc"), kafka_bootstrap, unique, keys.public)
    settings.service_centres = ServiceCentreRules(min_return_visits=4)
    today = dt.date.today()
    ago = [today - dt.timedelta(days=n) for n in range(60)]
    async with running(settings) as hq:

        async def send(events: list[Published]) -> Overview:
            """The village's overview once the hub announced the last event's figures."""
            last = str(getattr(events[-1].event, "division_code", ""))
            async with hq.hub.subscribe() as updates:
                await produce(kafka_bootstrap, unique, events)
                await wait_applied(hq, [e.event_id for e in events])
                while True:
                    update = await asyncio.wait_for(updates.get(), 30)
                    if update.figures and update.touches(last):
                        break
            return await hq.queries.overview(V1, today)

        village = await send(SmallCounty(today).build() + small_county_requests(today))
        v1 = figures(village)
        # q-1 closed satisfied; q-2 reopened after "unsatisfied": resolved, not counted.
        assert (v1["requests_submitted"], v1["resolution_rate"]) == (2, 50.0)
        # Three answered visits, fewer than the four the county asks for: no rate yet.
        assert v1["satisfaction_rate"] is None and score_input(village, "satisfaction_rate") is None
        assert v1["requests_reopened"] == 1 and v1["visits_no_answer"] == 1

        # Three "no answer" visits: neither satisfied nor answered, nothing moves.
        quiet = Life("q-6", V1).submitted(ago[10]).assigned(ago[10]).signed(ago[10])
        quiet.resolved(ago[9]).visited("no_answer", ago[8]).visited("no_answer", ago[7])
        quiet.visited("no_answer", ago[6])
        village = await send(quiet.events)
        v1 = figures(village)
        assert v1["satisfaction_rate"] is None and v1["visits_no_answer"] == 4
        assert v1["resolution_rate"] == round(200 / 3, 2)  # q-6 resolved, nobody unsatisfied

        # A fourth answered visit, unsatisfied: 2 of 4 satisfied, below 60 %.
        angry = Life("q-7", V1).submitted(ago[5]).assigned(ago[5]).signed(ago[5])
        angry.resolved(ago[4]).visited("unsatisfied", ago[3])
        village = await send(angry.events)
        v1 = figures(village)
        assert v1["satisfaction_rate"] == 50.0 and score_input(village, "satisfaction_rate") == 0.5
        assert v1["resolution_rate"] == 50.0
        suggested = [a for a in village.alerts if a.kind == "weak_lax_suggested"]
        assert [a.unit.division_code for a in suggested] == [V1]
        assert "群众满意率低于要求" in suggested[0].message

        county = await hq.queries.overview("440781", today)
        kinds = {(a.kind, a.unit.division_code) for a in county.alerts}
        assert {
            ("requests_red_card", V3),
            ("requests_sign_for_late", V3),
            ("requests_visit_late", T1),
        } <= kinds
        c = figures(county)
        # Two of the three villages have an active one-stop centre (101002's closed).
        assert c["centre_coverage"] == round(200 / 3, 2) and c["village_centres"] == 2
        assert (c["requests_open"], c["requests_overdue"], c["red_cards"]) == (2, 1, 1)
        by_line = next(p for p in county.pillars if p.key == "service").breakdowns[0]
        assert [r.key for r in by_line.rows] == ["social_security", "medical_health"]

        # Before q-3 was flagged overdue it was open and not yet overdue; a week later
        # it held a yellow card.
        before = figures(await hq.queries.overview(V3, ago[25]))
        assert (before["requests_open"], before["requests_overdue"]) == (1, 0)
        carded = figures(await hq.queries.overview(V3, ago[20]))
        assert (carded["requests_overdue"], carded["yellow_cards"]) == (1, 1)
