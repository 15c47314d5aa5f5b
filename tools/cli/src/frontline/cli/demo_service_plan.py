"""The demo county's service centres and two years of requests (办件), decided up front.

Pure and deterministic per seed, drawn apart from the rest of the county (its own
generator), so the units, cadres and meetings stay exactly what ``demo_plan`` makes. A
party–masses centre in every township, a one-stop centre in most villages (many from
the start, the rest over the two years, a few closed since); lines, channels and kinds
in the proportions a county desk sees; most requests handled on time and closed after
a satisfied visit, some late (overdue, reminded, carded on the way), some reopened
after an "unsatisfied" visit, a few centres whose people are often unsatisfied, and
the latest still open — some of them already past their due date.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from frontline.cli.demo_plan import GIVEN, SURNAMES, CountyPlan, UnitPlan
from frontline.cli.demo_service_life import KINDS, RequestPlan, life

LINES = {
    "social_security": (30, ["城乡居民养老保险缴费咨询", "社保卡补办", "低保申请材料咨询"]),
    "medical_health": (25, ["家庭医生签约", "慢病门诊待遇申请", "老年人免费体检预约"]),
    "agricultural_technology": (20, ["水稻病虫害防治指导", "柑橘种植技术咨询", "农机购置补贴申请"]),
    "disability_assistance": (10, ["残疾人证办理", "重度残疾人护理补贴申请", "辅助器具申领"]),
    "landless_farmers_pension": (15, ["失地农民养老保险参保登记", "被征地农民社保补贴咨询"]),
}
CHANNELS = [("walk_in", 40), ("phone", 30), ("online", 20), ("door_to_door", 10)]
# How often people at a centre are unsatisfied: most centres serve well, a few do not.
QUALITY = [(0.03, 80), (0.08, 15), (0.45, 5)]


@dataclass
class CentrePlan:
    key: str  # the unit's plan key
    code: str
    name: str
    established_on: dt.date
    staff: list[str]
    closed_on: dt.date | None = None
    requests: list[RequestPlan] = field(default_factory=list)
    # Taken today through the live calls (submit, assign, sign for), not imported.
    live: list[RequestPlan] = field(default_factory=list)


def plan_service(plan: CountyPlan, seed: int) -> list[CentrePlan]:
    rng = random.Random(f"{seed}:service")
    start = plan.today - dt.timedelta(days=730)
    centres = [_centre(rng, t, start, plan.today, township=True) for t in plan.townships]
    villages = plan.all_villages()
    # A township centre serves its villages' people too: a smaller county, fewer requests.
    scale = min(1.0, len(villages) / 200)
    for village in villages:
        if rng.random() < 0.85:
            centres.append(_centre(rng, village, start, plan.today, township=False))
    for c in centres:
        unsatisfied = _weighted(rng, QUALITY)
        opened = max(c.established_on, start)
        last = (c.closed_on or plan.today) - dt.timedelta(days=1)
        count = (
            max(5, int(rng.randint(70, 130) * scale)) if len(c.code) == 9 else rng.randint(8, 28)
        )
        phones: list[str] = []
        for n in range(count * max((last - opened).days, 0) // 730):
            submitted = opened + dt.timedelta(days=rng.randint(0, (last - opened).days))
            r = _request(rng, f"{c.code}-r{n}", submitted, phones)
            r.steps = life(rng, r, c.staff, plan.today, unsatisfied)
            c.requests.append(r)
        if len(c.code) == 9:
            c.live = [_request(rng, f"{c.code}-live{n}", plan.today, phones) for n in range(3)]
    return centres


def _centre(
    rng: random.Random, unit: UnitPlan, start: dt.date, today: dt.date, township: bool
) -> CentrePlan:
    # Townships opened theirs first; villages from the start or over the two years.
    opened = start if township or rng.random() < 0.6 else start + dt.timedelta(rng.randint(0, 600))
    staff = [c.key for c in unit.cadres if c.left_on is None and not c.by_procedure]
    rng.shuffle(staff)
    base = unit.name.removeprefix("中共").removesuffix("委员会")
    for suffix in ("党委", "党总支", "党支部"):
        base = base.removesuffix(suffix)
    name = f"{base}党群服务中心" if township else f"{base}一站式服务站"
    centre = CentrePlan(unit.key, unit.code, name, opened, staff[: rng.randint(1, 3)])
    if not township and rng.random() < 0.02:
        centre.closed_on = today - dt.timedelta(days=rng.randint(20, 200))
    return centre


def _weighted(rng: random.Random, choices: list[tuple[float, int]] | list[tuple[str, int]]) -> Any:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def _request(rng: random.Random, key: str, submitted: dt.date, phones: list[str]) -> RequestPlan:
    line = rng.choices(list(LINES), [w for w, _ in LINES.values()])[0]
    kind = rng.choices([k for k, _, _ in KINDS], [w for _, w, _ in KINDS])[0]
    # Some people come back: the same phone, the same requester.
    phone = (
        rng.choice(phones)
        if phones and rng.random() < 0.15
        else f"13{rng.randint(10**8, 10**9 - 1)}"
    )
    phones.append(phone)
    return RequestPlan(
        key=key,
        line=line,
        kind=kind,
        channel=_weighted(rng, CHANNELS),
        name=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(["", *GIVEN]),
        phone=phone,
        description=rng.choice(LINES[line][1]),
        submitted_on=submitted,
    )
