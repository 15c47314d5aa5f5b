"""The demo seed's organization side (`frontline demo seed`) through the real service:
every call succeeds, forms are recorded, and two years of decisions reach closed."""

from __future__ import annotations

from typing import Any

from rich.progress import Progress

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_plan import plan_county
from frontline.cli.demo_units import establish_units, seed_unit_life

from .conftest import START, Org


async def test_the_demo_seed_records_forms_meetings_and_decisions_without_a_failure(
    org: Org, monkeypatch: Any
) -> None:
    monkeypatch.setenv("FRONTLINE_TOKEN", org.keys.token(["county_admin"], "440781"))
    plan = plan_county(7, START.date(), villages=6, cadres_per_village=1)
    with Progress(disable=True) as progress:
        call = Caller(7, 8, progress, progress.add_task("seed"), patience=20)
        units = await establish_units(call, org.stub, plan)
        await seed_unit_life(call, org.stub, plan, units, cadre_ids={})
    assert call.failures == []

    village = plan.all_villages()[0]
    assert village.form is not None
    shown = await org.call("GetOrgUnit", pb.GetOrgUnitRequest(org_unit_id=units[village.key]))
    assert shown.org_unit.member_count == village.form.members
    assert shown.org_unit.meetings_due  # every village owes at least the joint meetings
    closed = await org.call(
        "ListDecisions",
        pb.ListDecisionsRequest(state=pb.DECISION_STATE_CLOSED, page_size=500),
    )
    assert closed.decisions and all(d.notice_backfilled for d in closed.decisions)
