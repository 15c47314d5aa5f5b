"""`frontline demo seed`: a realistic county through the services' real gRPC APIs.

What is recorded comes from ``demo_plan`` (deterministic per seed); this module
only sends it, with many calls in flight at once and a progress bar.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from frontline.api.cadre.v1 import cadre_pb2_grpc
from frontline.api.organization.v1 import organization_pb2_grpc
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_duties import DutiesPlan, plan_duties
from frontline.cli.demo_duties_calls import Operators, send_duties
from frontline.cli.demo_people import seed_people, summary_townships, summary_years
from frontline.cli.demo_plan import CountyPlan, plan_county
from frontline.cli.demo_units import establish_units, seed_unit_life
from frontline.cli.language import say
from frontline.cli.options import sub_app
from frontline.cli.stack_env import stack_env

app = sub_app()


@app.command("seed")
def seed(
    seed: Annotated[int, typer.Option("--seed", min=0, help="Same seed, same county")] = 1,
    concurrency: Annotated[int, typer.Option(min=1, max=1000, help="Calls in flight at once")] = 48,
    villages: Annotated[
        int, typer.Option(min=1, max=10_000, help="Villages and communities")
    ] = 200,
) -> None:
    """Create a demo county: 12 townships, villages, cadres and two years of records."""
    plan = plan_county(seed, dt.date.today(), villages=villages)
    failures = asyncio.run(_seed(plan, seed, concurrency))
    if failures:
        raise SystemExit(say("{count} call(s) failed; see the messages above", count=failures))


def expected_calls(plan: CountyPlan) -> int:
    villages = plan.all_villages()
    cadres = [c for u in [*plan.townships, *villages] for c in u.cadres]
    return (
        1
        + len(plan.townships)
        + len(villages)
        + 2 * len(cadres)
        + sum(2 * c.by_procedure for c in cadres)
        + sum(c.left_on is not None for c in cadres)
        + sum(
            2 * len(c.trainings) + (2 if c.upgrade and c.upgrade[2] else 1 if c.upgrade else 0)
            for c in cadres
        )
        + sum(len(v.meetings) + 2 + sum(1 + d.steps for d in v.decisions) for v in villages)
        + len(summary_years(plan)) * len(cadres)
        + (len(summary_years(plan)) + 1) * len(summary_townships(plan))
        + sum(2 + (1 if outcome else 0) for _, _, outcome in plan.students)
    )


def signing_key() -> Path | None:
    """The county's private key: responsibility lists and orders are sent as each unit."""
    found = stack_env().get("FRONTLINE_JWT_PRIVATE_KEY_PATH")
    return Path(found) if found and Path(found).exists() else None


async def _seed(plan: CountyPlan, seed: int, concurrency: int) -> int:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns) as progress:
        key = signing_key()
        duties = plan_duties(seed, plan.today, plan.townships, plan.villages) if key else None
        total = expected_calls(plan) + (duties.calls() if duties else 0)
        task = progress.add_task("seeding county", total=total)
        call = Caller(seed, concurrency, progress, task)
        async with Caller.channel("organization") as org_ch, Caller.channel("cadre") as cad_ch:
            org = organization_pb2_grpc.OrganizationServiceStub(org_ch)  # type: ignore[no-untyped-call]
            cadre = cadre_pb2_grpc.CadreServiceStub(cad_ch)  # type: ignore[no-untyped-call]
            progress.update(task, description="org units")
            units = await establish_units(call, org, plan)
            progress.update(task, description="cadres")
            cadre_ids = await seed_people(call, cadre, plan, units)
            progress.update(task, description="meetings, decisions, ratings")
            await seed_unit_life(call, org, plan, units, cadre_ids)
            await _seed_duties(call, org, plan, units, duties, key)
        progress.update(task, description="done", completed=progress.tasks[0].total)
    seeded = say(
        "demo county seeded: {calls} calls, {failed} failed",
        calls=call.calls,
        failed=len(call.failures),
    )
    print(seeded)
    return len(call.failures)


async def _seed_duties(
    call: Caller,
    org: organization_pb2_grpc.OrganizationServiceStub,
    plan: CountyPlan,
    units: dict[str, str],
    duties: DutiesPlan | None,
    key: Path | None,
) -> None:
    if duties is None or key is None:
        call.progress.console.print(
            "responsibility lists and supervision orders skipped: they are sent as each"
            " unit's operator, which needs FRONTLINE_JWT_PRIVATE_KEY_PATH (make up sets it)"
        )
        return
    call.progress.update(call.task, description="responsibility lists, supervision orders")
    await send_duties(call, org, duties, units, Operators(key, plan))
