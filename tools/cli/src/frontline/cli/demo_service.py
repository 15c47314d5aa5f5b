"""Demo seed, service-center side: centres, their staff on duty, two years of requests
imported with their history (``ImportRequest``), today's taken live, a few centres closed.

What is recorded comes from ``demo_service_plan`` (deterministic per seed); a centre
needs its org unit known to the service and its staff serving in its township, both
learnt from Kafka: the first calls wait for them (retried by ``Caller``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_service_life import RequestPlan, StepPlan
from frontline.cli.demo_service_plan import LINES, CentrePlan
from frontline.cli.enums import parse


def expected_service_calls(centres: list[CentrePlan]) -> int:
    return sum(
        1
        + len(c.staff)
        + len(c.requests)
        + (c.closed_on is not None)
        + sum(6 if n == 0 else 3 for n, _ in enumerate(c.live))
        for c in centres
    )


async def seed_service(
    call: Caller,
    desk: Any,
    units: dict[str, str],
    cadre_ids: dict[str, str],
    centres: list[CentrePlan],
) -> None:
    await asyncio.gather(*(_centre_life(call, desk, c, units, cadre_ids) for c in centres))


async def _centre_life(
    call: Caller, desk: Any, c: CentrePlan, units: dict[str, str], cadre_ids: dict[str, str]
) -> None:
    unit_id = units.get(c.key)
    if unit_id is None:
        return
    made = await call(
        desk.EstablishCentre,
        pb.EstablishCentreRequest(
            org_unit_id=unit_id,
            name=c.name,
            established_on=c.established_on.isoformat(),
            lines=list(LINES),
        ),
        f"centre:{c.code}",
    )
    if made is None:
        return
    centre_id = made.centre.centre_id
    staff = [cadre_ids[k] for k in c.staff if k in cadre_ids]
    for cadre_id in staff:
        put = pb.PutStaffOnDutyRequest(
            centre_id=centre_id, cadre_id=cadre_id, on_duty_from=c.established_on.isoformat()
        )
        await call(desk.PutStaffOnDuty, put, f"staff:{c.code}:{cadre_id}")
    ids = {k: cadre_ids[k] for k in c.staff if k in cadre_ids}
    await asyncio.gather(*(_import(call, desk, centre_id, r, ids) for r in c.requests))
    await asyncio.gather(
        *(_live(call, desk, centre_id, r, staff, finish=n == 0) for n, r in enumerate(c.live))
    )
    if c.closed_on is not None:
        close = pb.CloseCentreRequest(
            centre_id=centre_id, closed_on=c.closed_on.isoformat(), reason="并入邻村服务站"
        )
        await call(desk.CloseCentre, close, f"close:{c.code}")


def _step(step: StepPlan, ids: dict[str, str]) -> pb.HistoryStep:
    return pb.HistoryStep(
        kind=parse(pb.HistoryStepKind, step.kind),
        at=step.at.isoformat() if step.at else "",
        on="" if step.at else step.on.isoformat(),
        cadre_id=ids.get(step.cadre or "", ""),
        department=step.department or "",
        outcome=parse(pb.VisitOutcome, step.outcome or ""),
        text=step.text,
    )


async def _import(
    call: Caller, desk: Any, centre_id: str, r: RequestPlan, ids: dict[str, str]
) -> None:
    request = pb.ImportRequestRequest(
        centre_id=centre_id,
        line=r.line,
        kind=parse(pb.RequestKind, r.kind),
        channel=parse(pb.Channel, r.channel),
        requester_name=r.name,
        requester_phone=r.phone,
        description=r.description,
        submitted_on=r.submitted_on.isoformat(),
        steps=[_step(s, ids) for s in r.steps],
    )
    await call(desk.ImportRequest, request, f"import:{r.key}")


async def _live(
    call: Caller,
    desk: Any,
    centre_id: str,
    r: RequestPlan,
    staff: list[str],
    finish: bool,
) -> None:
    """Taken today through the desk's own calls: submitted, assigned, signed for; the
    first of a centre with staff also resolved, visited and closed."""
    taken = await call(
        desk.SubmitRequest,
        pb.SubmitRequestRequest(
            centre_id=centre_id,
            line=r.line,
            kind=parse(pb.RequestKind, r.kind),
            channel=parse(pb.Channel, r.channel),
            requester_name=r.name,
            requester_phone=r.phone,
            description=r.description,
        ),
        f"live:{r.key}",
    )
    if taken is None:
        return
    rid = taken.request.request_id
    cadre = staff[0] if staff else ""
    who = {"cadre_id": cadre} if cadre else {"department": "civil_affairs"}
    await call(
        desk.AssignRequest, pb.AssignRequestRequest(request_id=rid, **who), f"assign:{r.key}"
    )
    sign = pb.SignForRequestRequest(request_id=rid, cadre_id=cadre)
    await call(desk.SignForRequest, sign, f"sign:{r.key}")
    if not finish:
        return
    resolve = pb.ResolveRequestRequest(request_id=rid, summary="已现场办理完毕")
    await call(desk.ResolveRequest, resolve, f"resolve:{r.key}")
    visit = pb.RecordReturnVisitRequest(request_id=rid, outcome="VISIT_OUTCOME_SATISFIED")
    await call(desk.RecordReturnVisit, visit, f"visit:{r.key}")
    await call(desk.CloseRequest, pb.CloseRequestRequest(request_id=rid), f"close:{r.key}")
