"""The overview computed straight from the read model's dated facts, as headquarters
did before it kept per-day figures: for every place asked, every figure is summed
again over the facts whose division code starts with the place's code.

The tests compare the answers headquarters gives (per-day figures, rankings from
them, caches) with this. It shares only the pure rules with the service (score
formula, inputs and indicators of a pillar, alert and weak-and-lax rules); the SQL,
the sums per place, the assembly and the trends are its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from frontline.contracts.cadre import EducationLevel
from frontline.headquarters.query.alerts import unit_ref
from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.models import (
    Activity,
    ChildSummary,
    Overview,
    Pillar,
    TrendPoint,
    TrendSeries,
    UnitRef,
)
from frontline.headquarters.query.pillars import (
    NO_CENTRE_DATA,
    NO_RULE_OF_LAW,
    fortress_indicators,
    fortress_inputs,
    service_indicators,
    service_inputs,
)
from frontline.headquarters.query.scoring import combine, score_inputs
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

from . import direct_command
from .direct_sql import (
    ACTIVITY,
    CADRES,
    DECISIONS,
    MEETINGS,
    MONTHLY,
    RATINGS,
    REMUNERATION,
    SECRETARIES,
    STUDENTS,
    UNITS,
    UPGRADES,
    WEAK_LAX,
)
from .direct_sums import alerts, fortress, service

EDUCATION_ORDER = list(get_args(EducationLevel))
COLLEGE = {"college", "bachelor", "postgraduate"}
YOUNG = {"under_30", "30_39"}
POSTED = {"township", "village", "community", "branch"}
PENDING = {"draft", "proposed", "deliberated", "reviewed", "resolved"}
LEVEL_ORDER = ["county", "township", "village", "community", "branch"]


class Direct:
    """Facts of a day loaded row by row, then summed per place on every question."""

    def __init__(self, conn: Conn, settings: HeadquartersSettings) -> None:
        self.conn, self.s = conn, settings
        self.days: dict[dt.date, tuple[Facts, list[Any]]] = {}
        self.command: dict[dt.date, direct_command.DirectCommand] = {}

    async def facts(self, day: dt.date) -> tuple[Facts, list[Any]]:
        if day not in self.days:
            self.days[day] = await self._load(day)
        return self.days[day]

    async def _load(self, day: dt.date) -> tuple[Facts, list[Any]]:
        c, q = self.s.compliance, self.conn.fetch
        units = {r["unit_id"]: UnitFacts(**dict(r)) for r in await q(UNITS, day)}
        for r in await q(SECRETARIES, day):
            if u := units.get(r["unit_id"]):
                u.secretary_filled = bool(r["filled"])
                u.vacant_since = None if u.secretary_filled else r["last_vacated"]
        for u in units.values():
            if not u.secretary_filled and u.vacant_since is None:
                u.vacant_since = u.established_on
        p = c.meeting_period_months
        for r in await q(MEETINGS, day, list(p), list(p.values()), c.meeting_window_months):
            if u := units.get(r["unit_id"]):
                u.meetings_expected, u.meetings_held = r["expected"], r["held"]
        for r in await q(DECISIONS, day, c.decision_stuck_days):
            if r["unit_id"] and (u := units.get(r["unit_id"])):
                u.decisions[r["state"]] += r["n"]
                u.decisions_stuck += r["old"] if r["state"] in PENDING else 0
                u.decisions_unpublished += r["old"] if r["state"] == "resolved" else 0
        for r in await q(WEAK_LAX, day):
            if u := units.get(r["unit_id"]):
                u.weak_lax_confirmed_on, u.weak_lax_signed_off_on = r[1], r[2]
                u.rectification_percent = r["percent_complete"]
        for r in await q(RATINGS, day):
            if u := units.get(r["unit_id"]):
                u.rating = r["rating"]
        self.command[day] = await direct_command.load(self.conn, day, self.s)
        self.command[day].mark(units)
        facts = Facts(
            day, units, [], await q(UPGRADES, day), await q(STUDENTS), await q(REMUNERATION, day)
        )
        return facts, await q(CADRES, day, EDUCATION_ORDER)

    async def pillars(
        self, day: dt.date, prefix: str, compare: dt.date | None
    ) -> tuple[float | None, list[Pillar]]:
        facts, cadres = await self.facts(day)
        s = self.s
        ff, sf = fortress(facts, prefix, s), service(facts, cadres, prefix, s)
        ff.command = self.command[day].figures(prefix)
        pf = ps = None
        if compare is not None:
            before, before_cadres = await self.facts(compare)
            pf, ps = fortress(before, prefix, s), service(before, before_cadres, prefix, s)
            pf.command = self.command[compare].figures(prefix)
        f_score, f_in = score_inputs(fortress_inputs(ff, s), fortress_inputs(pf, s) if pf else None)
        s_score, s_in = score_inputs(service_inputs(sf, s), service_inputs(ps, s) if ps else None)
        pillars = [
            Pillar(
                key="fortress",
                label="战斗堡垒",
                score=f_score,
                has_data=f_score is not None,
                inputs=f_in,
                indicators=fortress_indicators(ff),
                note="" if f_score is not None else "暂无数据",
            ),
            Pillar(
                key="service",
                label="服务",
                score=s_score,
                has_data=s_score is not None,
                inputs=s_in,
                indicators=service_indicators(sf),
                note=NO_CENTRE_DATA,
            ),
            Pillar(key="rule_of_law", label="法治", note=NO_RULE_OF_LAW),
        ]
        if pf is not None and ps is not None:
            pillars[0].delta = _minus(f_score, score_inputs(fortress_inputs(pf, s))[0])
            pillars[1].delta = _minus(s_score, score_inputs(service_inputs(ps, s))[0])
        w = s.scoring.pillars
        return combine(
            [(f_score, w.fortress), (s_score, w.service), (None, w.rule_of_law)]
        ), pillars

    async def overview(self, code: str, day: dt.date) -> Overview:
        compare = day - dt.timedelta(days=self.s.scoring.comparison_days)
        facts, _ = await self.facts(day)
        combined, pillars = await self.pillars(day, code, compare)
        before, _ = await self.pillars(compare, code, None)
        return Overview(
            unit=_unit(facts, code),
            as_of=day.isoformat(),
            compared_with=compare.isoformat(),
            combined_score=combined,
            combined_delta=None
            if combined is None or before is None
            else round(combined - before, 1),
            pillars=pillars,
            children=await self.children(facts, code),
            alerts=alerts(facts, code, self.s),
            trends=await self.trends(code, day),
            activity=[
                Activity(**{**dict(r), "occurred_at": r["occurred_at"].isoformat()})
                for r in await self.conn.fetch(ACTIVITY, code, day)
            ],
            path=[
                unit_ref(u)
                for n in (6, 9, 12)
                if len(code) >= n and (u := _by_code(facts, code[:n]))
            ],
        )

    async def children(self, facts: Facts, code: str) -> list[ChildSummary]:
        levels = {6: ("township",), 9: ("village", "community")}.get(len(code), ())
        out = []
        for u in facts.units.values():
            if u.division_code.startswith(code) and u.level in levels:
                combined, pillars = await self.pillars(facts.as_of, u.division_code, None)
                out.append(
                    ChildSummary(
                        unit=unit_ref(u),
                        combined_score=combined,
                        fortress_score=pillars[0].score,
                        service_score=pillars[1].score,
                        alert_count=len(alerts(facts, u.division_code, self.s)),
                    )
                )
        out.sort(key=lambda c: (-(c.combined_score or -1), c.unit.division_code))
        for rank, child in enumerate(out, start=1):
            child.rank = rank
        return out

    async def trends(self, code: str, day: dt.date) -> list[TrendSeries]:
        ends, first = [], day.replace(day=1)
        for _ in range(11):
            first -= dt.timedelta(days=1)
            ends.append(first)
            first = first.replace(day=1)
        ends = [*reversed(ends), day]
        months = [d.replace(day=1).isoformat() for d in ends]
        points = []
        for end in ends:
            facts, _ = await self.facts(end)
            combined, pillars = await self.pillars(end, code, None)
            f = fortress(facts, code, self.s)
            points.append(
                {
                    "combined": combined,
                    "fortress": pillars[0].score,
                    "service": pillars[1].score,
                    "meeting_compliance": round(100 * f.meetings_held / f.meetings_expected, 1)
                    if f.meetings_expected
                    else None,
                    "secretary_vacant": f.vacant if f.posts else None,
                }
            )
        series = [
            TrendSeries(
                key=k,
                label=label,
                unit=unit,
                points=[
                    TrendPoint(month=m, value=p[k]) for m, p in zip(months, points, strict=True)
                ],
            )
            for k, label, unit in [
                ("combined", "综合得分", "分"),
                ("fortress", "战斗堡垒", "分"),
                ("service", "服务", "分"),
                ("meeting_compliance", "三会一课落实率", "%"),
                ("secretary_vacant", "书记空缺", "个"),
            ]
        ]
        since = ends[0].replace(day=1) - dt.timedelta(days=1)
        counts = {
            (r["month"], r["series"]): float(r["n"])
            for r in await self.conn.fetch(MONTHLY, code, since, day)
        }
        for k, label, unit in [
            ("meetings_held", "组织生活次数", "次"),
            ("decisions_public", "决议公开", "件"),
            ("training_hours", "培训学时", "小时"),
        ]:
            series.append(
                TrendSeries(
                    key=k,
                    label=label,
                    unit=unit,
                    points=[
                        TrendPoint(month=m, value=round(counts.get((m, k), 0.0), 1)) for m in months
                    ],
                )
            )
        return series


def _by_code(facts: Facts, code: str) -> UnitFacts | None:
    found = [u for u in facts.units.values() if u.division_code == code]
    return min(found, key=lambda u: LEVEL_ORDER.index(u.level), default=None)


def _unit(facts: Facts, code: str) -> UnitRef:
    found = _by_code(facts, code)
    return unit_ref(found) if found else UnitRef(name="全县", level="county", division_code=code)


def _minus(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else round(now - before, 1)
