"""The demo county's command tools: responsibility lists and supervision orders.

Decided up front from the seed (``plan_duties``), then sent as the units themselves:
the county sets its townships' lists and orders them, each township its villages',
and each unit acknowledges and reports under its own token (minted with the county's
signing key, ``FRONTLINE_JWT_PRIVATE_KEY_PATH``, which `make up` puts in stack.env).
Most orders are reported on time and accepted; some are returned once, some get an
extension, some are still overdue; items due so far are mostly completed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from frontline.kernel.calendar import WorkingCalendar

CATEGORIES = ["organization_building", "service", "rule_of_law"]
TARGETS = {
    "organization_building": ["按期完成换届选举", "三会一课全年落实", "发展党员计划完成"],
    "service": ["党群服务中心代办服务全覆盖", "办件按时办结率不低于95%"],
    "rule_of_law": ["矛盾纠纷排查每半月一次", "三资清理台账全部销号"],
}
ORDER_TITLES = {
    "secretary_vacant_90d": "限期配齐村党组织书记",
    "election_overdue": "督促按期完成换届",
    "meeting_compliance_low": "整改三会一课落实不到位问题",
    "decision_stuck": "推动四议两公开事项按程序办理",
    "": "专项督办：基层党建重点任务",
}


@dataclass
class OrderPlan:
    key: str
    issuer: str  # plan key of the issuing unit
    receiver: str  # plan key of the receiving unit
    alert_kind: str
    issued_on: dt.date
    working_days: int
    # (step, day, extra): ack, extend (extra: working days), grant, report, return, accept.
    steps: list[tuple[str, dt.date, int]] = field(default_factory=list)


@dataclass
class ListPlan:
    key: str
    setter: str
    unit: str
    year: int
    set_on: dt.date
    # (category, target, due, reported 100 % on (or None), checked completed on (or None))
    items: list[tuple[str, str, dt.date, dt.date | None, dt.date | None]]


@dataclass
class DutiesPlan:
    lists: list[ListPlan] = field(default_factory=list)
    orders: list[OrderPlan] = field(default_factory=list)

    def calls(self) -> int:
        items = [i for lp in self.lists for i in lp.items]
        return (
            len(self.lists)
            + sum(1 for i in items if i[3])
            + sum(1 for i in items if i[4])
            + sum(1 + len(o.steps) for o in self.orders)
        )


def plan_duties(
    seed: int, today: dt.date, townships: list[Any], villages: dict[str, list[Any]]
) -> DutiesPlan:
    rng = random.Random(f"duties:{seed}")
    cal, plan = WorkingCalendar(), DutiesPlan()
    year = today.year if today.month > 1 else today.year - 1
    set_on = min(dt.date(year, 1, 10), today)
    for town in townships:
        plan.lists.append(_list(rng, "county", town.key, year, set_on, today, 4))
        for village in villages[town.code]:
            plan.lists.append(_list(rng, town.key, village.key, year, set_on, today, 3))
    pairs = [("county", t.key) for t in townships] + [
        (t.key, v.key) for t in townships for v in villages[t.code]
    ]
    for n in range(max(len(pairs) + len(pairs) // 2, 1)):
        issuer, receiver = rng.choice(pairs)
        plan.orders.append(_order(rng, cal, f"order-{n}", issuer, receiver, today))
    return plan


def _list(
    rng: random.Random, setter: str, unit: str, year: int, set_on: dt.date, today: dt.date, n: int
) -> ListPlan:
    items = []
    for i in range(n):
        category = CATEGORIES[i % len(CATEGORIES)]
        due = dt.date(year, 3 * (i % 4) + 3, 28)
        finished = checked = None
        roll = rng.random()
        if due <= today and roll < 0.85:
            # Finished on time mostly, a few late; checked a few days after finishing.
            finished = (
                due - dt.timedelta(days=rng.randint(1, 20))
                if roll < 0.75
                else due + dt.timedelta(days=rng.randint(1, 10))
            )
            finished = min(max(finished, set_on), today)
            checked = min(finished + dt.timedelta(days=rng.randint(1, 5)), today)
        items.append((category, rng.choice(TARGETS[category]), due, finished, checked))
    return ListPlan(f"list-{unit}", setter, unit, year, set_on, items)


def _order(
    rng: random.Random, cal: WorkingCalendar, key: str, issuer: str, receiver: str, today: dt.date
) -> OrderPlan:
    issued = today - dt.timedelta(days=rng.randint(2, 300))
    days = rng.choice([5, 10, 15])
    due = cal.add_working_days(issued, days).date
    order = OrderPlan(key, issuer, receiver, rng.choice(list(ORDER_TITLES)), issued, days)
    roll = rng.random()
    steps: list[tuple[str, dt.date, int]] = [("ack", issued + dt.timedelta(days=1), 0)]
    if roll < 0.12:  # overdue: acknowledged, never reported
        pass
    elif roll < 0.20:  # an extension asked before the deadline and granted
        asked = issued + dt.timedelta(days=2)
        due = cal.add_working_days(due, 5).date
        report = due - dt.timedelta(days=1)
        steps += [
            ("extend", asked, 5),
            ("grant", asked + dt.timedelta(days=1), 0),
            ("report", report, 0),
            ("accept", report + dt.timedelta(days=2), 0),
        ]
    elif roll < 0.32:  # returned once, reported again
        first = due - dt.timedelta(days=rng.randint(1, 3))
        again = first + dt.timedelta(days=rng.randint(3, 8))
        steps += [
            ("report", first, 0),
            ("return", first + dt.timedelta(days=1), 0),
            ("report", again, 0),
            ("accept", again + dt.timedelta(days=1), 0),
        ]
    else:  # reported on time (a few a little late) and accepted
        report = due - dt.timedelta(days=rng.randint(-2 if roll > 0.9 else 0, 4))
        steps += [
            ("report", report, 0),
            ("accept", report + dt.timedelta(days=rng.randint(1, 3)), 0),
        ]
    # Only what has happened by today; each step on or after the one before.
    last = issued
    for step, on, extra in steps:
        on = max(on, last)
        if on > today:
            break
        order.steps.append((step, on, extra))
        last = on
    return order
