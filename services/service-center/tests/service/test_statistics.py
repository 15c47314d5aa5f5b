"""The service's own KPI query through gRPC: "no answer" never raises satisfaction, and a
request reopened after an "unsatisfied" visit counts as not resolved."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import Desk, desk_settings, started_desk


@pytest.fixture
async def strict_desk(
    pg: Any, kafka_bootstrap: str, desk_keys: Any, unique: str, tmp_path: Path
) -> AsyncIterator[Desk]:
    """A county that shows satisfaction from 3 answered return visits on."""
    dsn = await pg.create_database(f"scstat_{unique}")
    settings = desk_settings(dsn, kafka_bootstrap, desk_keys, f"{unique}.", tmp_path)
    rules = settings.rules.model_copy(update={"min_return_visits": 3})
    async with started_desk(
        settings.model_copy(update={"rules": rules}), desk_keys, kafka_bootstrap
    ) as desk:
        yield desk


async def _visit(desk: Desk, rid: str, outcome: int) -> None:
    visit = pb.RecordReturnVisitRequest(request_id=rid, outcome=outcome)
    await desk.call("RecordReturnVisit", visit, roles=["service_desk"])


async def _handled(desk: Desk, centre_id: str, *outcomes: int) -> str:
    rid = (await desk.in_progress(centre_id)).request_id
    await desk.call("ResolveRequest", pb.ResolveRequestRequest(request_id=rid, summary="办好"))
    for outcome in outcomes:
        await _visit(desk, rid, outcome)
    return rid


async def _totals(desk: Desk) -> pb.LineStatistics:
    found = await desk.call("GetServiceStatistics", pb.GetServiceStatisticsRequest())
    return found.totals


async def test_no_answer_and_reopening_in_the_service_s_own_figures(strict_desk: Desk) -> None:
    desk = strict_desk
    centre = (await desk.centre()).centre_id
    await _handled(desk, centre, pb.VISIT_OUTCOME_SATISFIED)
    unhappy = await _handled(desk, centre, pb.VISIT_OUTCOME_UNSATISFIED)
    early = await _totals(desk)
    assert not early.HasField("satisfaction_rate")  # 2 answered visits: below the minimum
    await desk.call(
        "ReopenRequest",
        pb.ReopenRequestRequest(request_id=unhappy, reason="仍未到账"),
        roles=["service_desk"],
    )
    await desk.call("ResolveRequest", pb.ResolveRequestRequest(request_id=unhappy, summary="到账"))
    await _visit(desk, unhappy, pb.VISIT_OUTCOME_BASICALLY_SATISFIED)
    before = await _totals(desk)
    assert round(before.satisfaction_rate, 4) == round(2 / 3, 4)
    assert (before.resolved, before.resolved_counted, before.reopened) == (2, 1, 1)
    assert before.resolution_rate == 0.5

    for _ in range(3):
        await _handled(desk, centre, pb.VISIT_OUTCOME_NO_ANSWER)
    after = await _totals(desk)
    assert after.visits_no_answer == 3
    assert after.satisfaction_rate == before.satisfaction_rate
    assert after.resolution_rate == 4 / 5  # the reopened request stays unresolved
    assert (after.response_rate, after.on_time_rate) == (1.0, 1.0)
    lines = await desk.call(
        "GetServiceStatistics", pb.GetServiceStatisticsRequest(division_code_prefix="440781100")
    )
    assert [line.line for line in lines.lines] == ["social_security"]
