"""One demo request's life (办件), as the steps an import replays: assigned (派单),
signed for (签收), resolved (办结), return visits (回访), closed or reopened (重办)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

CHINA = dt.timezone(dt.timedelta(hours=8))
# (kind, weight, working days to handle it: the service's defaults).
KINDS = [("consultation", 30, 1), ("help", 40, 5), ("suggestion", 10, 5), ("complaint", 20, 10)]
# The township department a line goes to when the centre passes it on.
DEPARTMENTS = {
    "social_security": "social_security",
    "medical_health": "health",
    "agricultural_technology": "agriculture",
    "disability_assistance": "disabled_persons",
    "landless_farmers_pension": "social_security",
}
SUMMARIES = ["已现场办理完毕", "已协调乡镇相关部门解决", "已答复并告知办理流程", "已上门代办完成"]
REOPEN_REASONS = ["群众反映问题未彻底解决", "办理结果与诉求不符"]
REFUSAL = "不属于本站职责，转乡镇部门办理"


@dataclass(frozen=True)
class StepPlan:
    kind: str  # assigned, signed_for, refused, resolved, return_visit, closed, reopened
    on: dt.date
    at: dt.datetime | None = None
    cadre: str | None = None  # a cadre's plan key
    department: str | None = None
    outcome: str | None = None
    text: str = ""


@dataclass
class RequestPlan:
    key: str
    line: str
    kind: str
    channel: str
    name: str
    phone: str
    description: str
    submitted_on: dt.date
    steps: list[StepPlan] = field(default_factory=list)


def life(
    rng: random.Random, r: RequestPlan, staff: list[str], today: dt.date, unsatisfied: float
) -> list[StepPlan]:
    """Taken on ``r.submitted_on``; everything after ``today`` has not happened yet."""
    steps = _taken(rng, r, staff)
    recent = (today - r.submitted_on).days < 45
    if recent and rng.random() < 0.1:
        # Still waiting: signed for or not, past its due date by now for most.
        return steps if rng.random() < 0.7 else steps[:-1]
    limit = next(days for kind, _, days in KINDS if kind == r.kind)
    calendar_days = max(1, limit * 7 // 5)
    late = rng.random() < 0.08
    delay = calendar_days + rng.randint(2, 14) if late else rng.randint(0, calendar_days)
    begun = steps[-1].on
    for round_ in range(2):
        resolved = begun + dt.timedelta(days=delay)
        if resolved > today:
            return steps
        steps.append(StepPlan("resolved", resolved, text=rng.choice(SUMMARIES)))
        answered = _visits(rng, steps, resolved, today, unsatisfied)
        if answered is None:
            return steps
        if answered.outcome == "unsatisfied" and round_ == 0 and rng.random() < 0.8:
            steps.append(StepPlan("reopened", answered.on, text=rng.choice(REOPEN_REASONS)))
            begun, delay, unsatisfied = answered.on, rng.randint(1, calendar_days), 0.2
            continue
        closed = answered.on + dt.timedelta(days=rng.randint(0, 1))
        steps.append(StepPlan("closed", min(closed, today)))
        return steps
    return steps


def _taken(rng: random.Random, r: RequestPlan, staff: list[str]) -> list[StepPlan]:
    """Assigned the day it came in (to the centre's staff or a township department),
    now and then refused and passed on, and signed for: mostly within two hours."""
    at = dt.datetime.combine(r.submitted_on, dt.time(9), CHINA)
    at += dt.timedelta(minutes=rng.randint(0, 420))
    cadre = rng.choice(staff) if staff and rng.random() < 0.85 else None
    department = None if cadre else DEPARTMENTS[r.line]
    steps = [StepPlan("assigned", at.date(), at, cadre=cadre, department=department)]
    if cadre and rng.random() < 0.03:
        at += dt.timedelta(minutes=30)
        steps.append(StepPlan("refused", at.date(), at, text=REFUSAL))
        at += dt.timedelta(minutes=30)
        cadre, department = None, DEPARTMENTS[r.line]
        steps.append(StepPlan("assigned", at.date(), at, department=department))
    late = rng.random() < 0.06
    at += dt.timedelta(minutes=rng.randint(150, 300) if late else rng.randint(10, 100))
    steps.append(StepPlan("signed_for", at.date(), at, cadre=cadre))
    return steps


def _visits(
    rng: random.Random,
    steps: list[StepPlan],
    resolved: dt.date,
    today: dt.date,
    unsatisfied: float,
) -> StepPlan | None:
    """The return visits after a resolution; the answered one, or None while none is."""
    # Mostly within the three working days; now and then days late.
    wait = rng.randint(5, 8) if rng.random() < 0.05 else rng.randint(0, 2)
    day = resolved + dt.timedelta(days=wait)
    if rng.random() < 0.08:  # nobody answered: tried again the next day
        if day > today:
            return None
        steps.append(StepPlan("return_visit", day, outcome="no_answer"))
        day += dt.timedelta(days=1)
    if day > today:
        return None
    if rng.random() < unsatisfied:
        outcome = "unsatisfied"
    else:
        outcome = "satisfied" if rng.random() < 0.8 else "basically_satisfied"
    visit = StepPlan("return_visit", day, outcome=outcome)
    steps.append(visit)
    return visit
