"""The demo county's service centres through the real services: headquarters' centre
figures (per township, village and service line, and the county's overview and rates)
equal a direct count over the service-center service's own store, and its own
statistics (GetServiceStatistics)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.service_center.v1 import service_center_pb2 as sc_pb
from frontline.api.service_center.v1 import service_center_pb2_grpc as sc_grpc
from frontline.cli.demo import _seed
from frontline.cli.demo_plan import plan_county
from frontline.headquarters.query.service_figures import COUNTS, CentreFigures, RequestFigures
from frontline.testkit.county_stack import county_stack

TODAY = dt.date.today()

# The service's own read model, counted the way headquarters defines each figure.
REQUESTS = """
SELECT left(division_code, $1) AS place, line,
  count(*) AS submitted,
  count(*) FILTER (WHERE {open}) AS open,
  count(*) FILTER (WHERE {open} AND escalation <> 'none') AS overdue,
  count(*) FILTER (WHERE {open} AND escalation = 'reminded') AS reminded,
  count(*) FILTER (WHERE {open} AND escalation = 'yellow_card') AS yellow_cards,
  count(*) FILTER (WHERE {open} AND escalation = 'red_card') AS red_cards,
  count(*) FILTER (WHERE status = 'assigned' AND sign_for_overdue) AS sign_for_late,
  count(*) FILTER (WHERE status = 'resolved' AND return_visit_overdue AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(visits) v
    WHERE v->>'outcome' <> 'no_answer' AND (v->>'visited_on')::date >= resolved_on))
    AS visit_late,
  count(*) FILTER (WHERE first_response IS NOT NULL) AS responded,
  count(*) FILTER (WHERE first_response = 'on_time') AS responded_on_time,
  count(*) FILTER (WHERE resolutions > 0) AS resolved,
  count(*) FILTER (WHERE counts_as_resolved) AS resolved_counted,
  sum(resolutions) AS resolutions,
  sum(resolutions_on_time) AS resolutions_on_time,
  sum(visits_satisfied + visits_basically_satisfied + visits_unsatisfied) AS visits_answered,
  sum(visits_satisfied + visits_basically_satisfied) AS visits_satisfied,
  sum(visits_no_answer) AS visits_no_answer,
  count(*) FILTER (WHERE reopened > 0) AS reopened,
  count(*) FILTER (WHERE status = 'transferred') AS transferred,
  count(*) FILTER (WHERE extensions > 0) AS extended,
  count(*) FILTER (WHERE channel = 'walk_in') AS walk_in,
  count(*) FILTER (WHERE channel = 'phone') AS phone,
  count(*) FILTER (WHERE channel = 'online') AS online,
  count(*) FILTER (WHERE channel = 'door_to_door') AS door_to_door
FROM requests WHERE length(division_code) >= $1 GROUP BY 1, 2
""".replace("{open}", "status IN ('submitted', 'assigned', 'in_progress')")
CENTRES = """
SELECT left(division_code, $1) AS place,
  count(*) FILTER (WHERE level = 'township') AS township_centres,
  count(*) FILTER (WHERE level <> 'township') AS village_centres
FROM centres WHERE status = 'active' AND length(division_code) >= $1 GROUP BY 1
"""
COVERAGE = """
SELECT left(d.division_code, $1) AS place, count(*) AS villages,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM centres c WHERE c.status = 'active'
    AND c.division_code = d.division_code)) AS covered
FROM org_directory d
WHERE d.level IN ('village', 'community') AND d.dissolved_on IS NULL GROUP BY 1
"""


def counted(row: Any) -> RequestFigures:
    return RequestFigures(**{name: int(row[name]) for name in COUNTS})


async def direct(pool: Any, length: int) -> dict[str, CentreFigures]:
    """Every place of a code length, counted over the service's store."""
    places: dict[str, CentreFigures] = {}
    for row in await pool.fetch(REQUESTS, length):
        place = places.setdefault(row["place"], CentreFigures(known=True))
        place.lines[row["line"]] = counted(row)
        place.requests.add(asdict(place.lines[row["line"]]))
    for row in await pool.fetch(CENTRES, length):
        place = places.setdefault(row["place"], CentreFigures(known=True))
        place.township_centres, place.village_centres = row[1], row[2]
    for row in await pool.fetch(COVERAGE, length):
        place = places.setdefault(row["place"], CentreFigures(known=True))
        place.villages, place.covered = row["villages"], row["covered"]
    return places


def shown(figures: CentreFigures) -> dict[str, Any]:
    return {
        "villages": (figures.villages, figures.covered),
        "centres": (figures.township_centres, figures.village_centres),
        "requests": figures.requests,
        "lines": dict(figures.lines),
    }


async def test_headquarters_counts_what_the_service_stored(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_county(7, TODAY, villages=24, cadres_per_village=3)
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        stack.point_cli_here(monkeypatch)
        assert await _seed(plan, 7, concurrency=16) == 0
        await stack.settled()
        store = stack.service_center.pool
        day = await stack.hq.queries.days.get(TODAY)
        for length in (6, 9, 12):
            expected = await direct(store, length)
            for code, figures in expected.items():
                assert shown(day.place(code).service.centres) == shown(figures), code
        county = (await direct(store, 6))[plan.code].requests

        # A county worth showing: thousands of steps, some late, reopened, carded.
        assert county.submitted > 300 and county.reopened > 0 and county.overdue > 0
        assert county.visits_no_answer > 0 and county.resolutions > county.resolutions_on_time

        overview = await stack.hq.queries.overview(plan.code, TODAY)
        service = next(p for p in overview.pillars if p.key == "service")
        values = {i.key: i.value for i in service.indicators}
        assert values["requests_submitted"] == county.submitted
        assert values["requests_overdue"] == county.overdue
        assert values["red_cards"] == county.red_cards

        # The service's own statistics give the same rates, line by line.
        async with grpc.aio.insecure_channel(
            f"127.0.0.1:{stack.service_center.grpc_port}"
        ) as channel:
            desk = sc_grpc.ServiceCenterServiceStub(channel)  # type: ignore[no-untyped-call]
            stats = await desk.GetServiceStatistics(
                sc_pb.GetServiceStatisticsRequest(division_code_prefix=plan.code),
                metadata=stack.keys.metadata(["hq_viewer"]),
            )
        least = stack.hq.queries.settings.service_centres.min_return_visits
        lines = day.place(plan.code).service.centres.lines
        for row in stats.lines:
            mine = lines[row.line]
            assert _rate(row, "response_rate") == _round(mine.response_rate), row.line
            assert _rate(row, "resolution_rate") == _round(mine.resolution_rate), row.line
            assert _rate(row, "satisfaction_rate") == _round(mine.satisfaction_rate(least))
            assert _rate(row, "on_time_rate") == _round(mine.on_time_rate), row.line


def _rate(row: Any, name: str) -> float | None:
    return round(getattr(row, name), 4) if row.HasField(name) else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
