"""The demo county's open registers, decided up front: disputes (矛盾纠纷) with their
mediation, sweeps (排查) and the ledgers (台账). Pure; drawn from the generator the
discipline plan passes in."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from frontline.cli.demo_plan import CountyPlan

D = dt.timedelta
# The seed's five problems come first: land and the collective's money (DOMAIN.md).
TYPES = [
    ("land_compensation_arrears", 12),
    ("reserved_land", 6),
    ("land_three_chaos", 8),
    ("landless_pension", 6),
    ("three_capitals", 8),
    ("homestead", 14),
    ("land_contracting", 14),
    ("family", 12),
    ("labour", 6),
    ("neighbour", 10),
    ("other", 4),
]
MONEY = {"land_compensation_arrears", "landless_pension", "three_capitals", "labour"}
# (step, day, extra): escalate, resolve (extra: seek judicial confirmation), apply,
# follow, close, divert (extra: route).
Step = tuple[str, dt.date, object]


@dataclass
class DisputePlan:
    key: str
    division_code: str
    dispute_type: str
    risk_level: str
    amount_yuan: int
    parties: int
    registered_on: dt.date
    steps: list[Step] = field(default_factory=list)


@dataclass
class LedgerEntry:
    key: str
    kind: str  # arrears, reserved_land, pension, three_capitals
    division_code: str
    recorded_on: dt.date
    amounts: dict[str, float]
    # How the reserved land in ``fulfilled_mu`` was fulfilled: land, property or cash.
    form: str = ""


@dataclass
class RegistersPlan:
    disputes: list[DisputePlan]
    # (division code, a day of the period, swept on, disputes found); 0 found: 零报告
    sweeps: list[tuple[str, dt.date, dt.date, int]]
    ledgers: list[LedgerEntry]
    # Collective-asset deals recorded with no decision behind them: each raises a clue.
    unbacked_deals: list[tuple[str, str, int, dt.date]]


def plan_registers(rng: random.Random, county: CountyPlan) -> RegistersPlan:
    today, villages = county.today, county.all_villages()
    # A few villages where disputes concentrate lately (矛盾纠纷集中).
    hot = {v.code for v in rng.sample(villages, max(1, len(villages) // 25))}
    disputes: list[DisputePlan] = []
    for v in villages:
        for n in range(rng.randint(0, 9)):
            disputes.append(
                _dispute(rng, f"{v.key}-d{n}", v.code, today - D(days=rng.randint(0, 700)), today)
            )
        if v.code in hot:
            for n in range(6):
                on = today - D(days=rng.randint(0, 80))
                disputes.append(_dispute(rng, f"{v.key}-h{n}", v.code, on, today))
    sweeps = _sweeps(rng, county, disputes)
    ledgers = [e for v in villages for e in _ledgers(rng, v.key, v.code, today)]
    deals = [
        (
            v.code,
            rng.choice(["lease", "sale"]),
            rng.randint(5, 80) * 10_000,
            today - D(days=rng.randint(10, 300)),
        )
        for v in rng.sample(villages, min(3, len(villages)))
    ]
    return RegistersPlan(disputes, sweeps, ledgers, deals)


def _dispute(rng: random.Random, key: str, code: str, on: dt.date, today: dt.date) -> DisputePlan:
    kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
    d = DisputePlan(
        key,
        code,
        kind,
        rng.choices(["low", "medium", "high"], [60, 30, 10])[0],
        rng.randint(1, 60) * 5_000 if kind in MONEY else 0,
        rng.randint(2, 6),
        on,
    )
    day, level = on, "village"
    for _ in range(3):
        day += D(days=rng.randint(5, 40))
        if day > today:
            return d  # still being mediated
        draw = rng.random()
        if draw < 0.72 or level == "county":
            _resolve(rng, d, day, today)
            return d
        if draw < 0.8:
            d.steps.append(
                ("divert", day, rng.choice(["litigation", "arbitration", "administrative_review"]))
            )
            return d
        level = "township" if level == "village" else "county"
        d.steps.append(("escalate", day, None))
    return d


def _resolve(rng: random.Random, d: DisputePlan, day: dt.date, today: dt.date) -> None:
    seek = rng.random() < 0.2
    d.steps.append(("resolve", day, seek))
    if seek and rng.random() < 0.75:
        applied = day + D(days=rng.randint(3, 25))
        if applied > today:
            return
        d.steps.append(("apply", applied, None))
        day = applied
    followed = day + D(days=rng.randint(10, 40))
    if followed > today or rng.random() < 0.15:
        return
    d.steps.append(("follow", followed, None))
    closed = followed + D(days=rng.randint(5, 30))
    if closed <= today and rng.random() < 0.8:
        d.steps.append(("close", closed, None))


def _sweeps(
    rng: random.Random, county: CountyPlan, disputes: list[DisputePlan]
) -> list[tuple[str, dt.date, dt.date, int]]:
    """A year of half-monthly village sweeps, two of monthly township ones and quarterly
    county ones; most on time, some late, a few not reported at all."""
    today = county.today
    found: dict[tuple[str, dt.date], int] = {}
    for d in disputes:
        found[(d.division_code, _half(d.registered_on))] = (
            found.get((d.division_code, _half(d.registered_on)), 0) + 1
        )
    out = []
    for v in county.all_villages():
        diligence = rng.choice([0.8, 0.9, 0.95, 1.0, 1.0])
        start = _half(today - D(days=365))
        while start + D(days=14) < today:
            end = start.replace(day=15) if start.day == 1 else _next_half(start) - D(days=1)
            if rng.random() < diligence:
                late = rng.random() < 0.1
                swept = min(
                    today,
                    end + D(days=rng.randint(1, 10))
                    if late
                    else start + D(days=rng.randint(0, (end - start).days)),
                )
                out.append((v.code, start, swept, found.get((v.code, start), 0)))
            start = _next_half(start)
    for t in county.townships:
        month = (today - D(days=730)).replace(day=1)
        while (month + D(days=31)).replace(day=1) <= today:
            end = (month + D(days=31)).replace(day=1) - D(days=1)
            if rng.random() < 0.95:
                out.append((t.code, month, end - D(days=rng.randint(0, 5)), rng.randint(0, 4)))
            month = end + D(days=1)
    return out


def _half(day: dt.date) -> dt.date:
    return day.replace(day=1 if day.day <= 15 else 16)


def _next_half(start: dt.date) -> dt.date:
    return start.replace(day=16) if start.day == 1 else (start + D(days=20)).replace(day=1)


def _ledgers(rng: random.Random, key: str, code: str, today: dt.date) -> list[LedgerEntry]:
    out: list[LedgerEntry] = []
    first = today - D(days=rng.randint(300, 700))

    def entry(kind: str, on: dt.date, form: str = "", **amounts: float) -> None:
        day = min(on, today)
        out.append(LedgerEntry(f"{key}-{kind}-{len(out)}", kind, code, day, amounts, form))

    items = rng.randint(20, 120)
    found = rng.randint(0, 8)
    entry("three_capitals", first, items_inventoried=items, contracts_found=found)
    if found:
        entry(
            "three_capitals",
            first + D(days=rng.randint(60, 250)),
            # At least one: a ledger entry recording nothing is refused (all zero).
            contracts_corrected=rng.randint(1, found),
            funds_recovered_yuan=rng.randint(0, 40) * 5_000,
        )
    if rng.random() < 0.35:  # land was taken here: compensation, reserved land, pensions
        owed = rng.randint(10, 200) * 10_000
        entry("arrears", first, owed_yuan=owed)
        entry(
            "arrears",
            first + D(days=rng.randint(30, 280)),
            paid_yuan=owed * rng.randint(2, 10) // 10,
            recovered_yuan=rng.randint(0, 10) * 10_000,
        )
        area = float(rng.randint(5, 60))
        entry("reserved_land", first, owed_mu=area)
        entry(
            "reserved_land",
            first + D(days=rng.randint(30, 280)),
            rng.choice(["land", "property", "cash"]),
            fulfilled_mu=round(area * rng.randint(1, 8) / 10, 1),
        )
        entitled = rng.randint(20, 200)
        entry("pension", first, entitled=entitled, enrolled=entitled * rng.randint(5, 10) // 10)
    return out
