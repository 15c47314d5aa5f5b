"""`frontline demo seed`: a realistic county through the services' real gRPC APIs.

What is recorded comes from ``demo_plan`` (deterministic per seed); this module
only sends it, with many calls in flight at once and a progress bar.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from frontline.api.cadre.v1 import cadre_pb2_grpc
from frontline.api.discipline.v1 import discipline_pb2_grpc
from frontline.api.organization.v1 import organization_pb2_grpc
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_discipline import discipline_calls, seed_discipline
from frontline.cli.demo_discipline_plan import plan_discipline
from frontline.cli.demo_people import seed_people
from frontline.cli.demo_plan import CountyPlan, plan_county
from frontline.cli.demo_units import establish_units, seed_unit_life
from frontline.cli.options import sub_app

app = sub_app()


@app.command("seed")
def seed(
    seed: Annotated[int, typer.Option("--seed", min=0, help="Same seed, same county")] = 1,
    concurrency: Annotated[int, typer.Option(min=1, max=1000, help="Calls in flight at once")] = 48,
    villages: Annotated[
        int, typer.Option(min=1, max=10_000, help="Villages and communities")
    ] = 200,
) -> None:
    """Create a demo county: 12 townships, villages, cadres and two years of records, with
    the rule of law's clues, cases, disputes, sweeps and ledgers."""
    plan = plan_county(seed, dt.date.today(), villages=villages)
    failures = asyncio.run(_seed(plan, seed, concurrency))
    if failures:
        raise SystemExit(f"{failures} call(s) failed; see the messages above")


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
        + 2 * len(cadres)
        + 2 * len(plan.townships)
        + sum(2 + (1 if outcome else 0) for _, _, outcome in plan.students)
    )


async def _seed(plan: CountyPlan, seed: int, concurrency: int) -> int:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns) as progress:
        law = plan_discipline(seed, plan)
        total = expected_calls(plan) + discipline_calls(law)
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
        async with Caller.channel("discipline") as law_ch:
            progress.update(task, description="clues, cases, disputes, sweeps, ledgers")
            law_stub = discipline_pb2_grpc.DisciplineServiceStub(law_ch)  # type: ignore[no-untyped-call]
            await seed_discipline(call, law_stub, law, plan.code, cadre_ids)
        progress.update(task, description="done", completed=progress.tasks[0].total)
    print(f"demo county seeded: {call.calls} calls, {len(call.failures)} failed")
    return len(call.failures)
