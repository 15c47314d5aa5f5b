"""A deterministic demo county: what `frontline demo seed` records, decided up front.

Pure: the same seed gives the same county (names, dates, outcomes), so a demo or a
benchmark can be repeated. About 12 townships, 200 villages and communities, 1,500
cadres and two years of meetings, decisions, appointments and trainings.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

TOWNSHIPS = [
    "台城街道",
    "大江镇",
    "水步镇",
    "四九镇",
    "白沙镇",
    "三合镇",
    "冲蒌镇",
    "斗山镇",
    "都斛镇",
    "赤溪镇",
    "端芬镇",
    "广海镇",
]
SYLLABLES = "东西南北上下新旧龙凤石桥塘坑岭田山水湖沙竹松梅兰安和平康乐福寿富裕华光明德仁义"
SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志海波辉"
EDUCATION = [
    ("junior_secondary", 14),
    ("senior_secondary", 26),
    ("vocational", 16),
    ("college", 26),
    ("bachelor", 16),
    ("postgraduate", 2),
]
MATTERS = [
    "village_rules_and_plans",
    "land_contracting",
    "collective_assets",
    "project",
    "public_works_fundraising",
]
TITLES = {
    "village_rules_and_plans": "修订村规民约",
    "land_contracting": "集体土地承包经营权流转",
    "collective_assets": "集体厂房出租",
    "project": "村道硬底化工程立项",
    "public_works_fundraising": "农田水利设施一事一议筹资",
}
TOPICS = [
    "party_building",
    "rural_governance",
    "agriculture",
    "law",
    "digital_skills",
    "collective_economy",
]
MONTHLY = ["branch_committee_meeting", "party_group_meeting", "theme_party_day"]
QUARTERLY = ["branch_member_meeting", "party_lesson"]
# Held by the village's organization whatever its form (DOMAIN.md "Meetings": quarterly).
JOINT = ["leading_bodies_joint_meeting", "party_masses_joint_meeting"]
# The name each form gives the organization (委员会 / 总支 / 支部).
FORM_NAMES = {"committee": "党委", "general_branch": "党总支", "branch": "党支部"}


@dataclass(frozen=True)
class FormPlan:
    """The organization's form (委员会 / 总支 / 支部), members and party groups."""

    form: str
    members: int
    party_groups: bool


@dataclass
class CadrePlan:
    key: str
    name: str
    gender: str
    birth_date: dt.date
    education: str
    party_member: bool
    phone: str
    id_number: str
    post: str
    appointed_on: dt.date
    left_on: dt.date | None = None
    trainings: list[tuple[str, float, dt.date]] = field(default_factory=list)
    upgrade: tuple[str, dt.date, dt.date | None] | None = None
    by_procedure: bool = False


@dataclass
class DecisionPlan:
    key: str
    matter: str
    title: str
    drafted_on: dt.date
    # How many steps it gets through (1 = proposed … 8 = closed); rejected at review if set.
    steps: int
    rejected: bool = False


@dataclass
class UnitPlan:
    key: str
    level: str
    code: str
    name: str
    established_on: dt.date
    term_started_on: dt.date
    term_years: int = 5
    cadres: list[CadrePlan] = field(default_factory=list)
    meetings: list[tuple[str, dt.date]] = field(default_factory=list)
    decisions: list[DecisionPlan] = field(default_factory=list)
    rating: str | None = None
    form: FormPlan | None = None


@dataclass
class CountyPlan:
    code: str
    name: str
    today: dt.date
    county: UnitPlan
    townships: list[UnitPlan]
    villages: dict[str, list[UnitPlan]]
    # University-student village officials: (cadre, village code, outcome "", converted, left).
    students: list[tuple[CadrePlan, str, str]] = field(default_factory=list)

    def all_villages(self) -> list[UnitPlan]:
        return [v for vs in self.villages.values() for v in vs]


def plan_county(
    seed: int,
    today: dt.date,
    code: str = "440781",
    villages: int = 200,
    cadres_per_village: int = 7,
) -> CountyPlan:
    rng = random.Random(seed)
    start = today - dt.timedelta(days=730)
    county = UnitPlan(
        "county",
        "county",
        code,
        "中共示范县委员会",
        start - dt.timedelta(days=400),
        start - dt.timedelta(days=400),
    )
    townships: list[UnitPlan] = []
    by_township: dict[str, list[UnitPlan]] = {}
    for t, name in enumerate(TOWNSHIPS, start=1):
        tcode = f"{code}{100 + t:03d}"
        town = UnitPlan(
            f"t{t}",
            "township",
            tcode,
            f"中共{name}委员会",
            county.established_on,
            start - dt.timedelta(days=rng.randint(0, 900)),
        )
        town.cadres = [
            _cadre(rng, f"t{t}-c{i}", post, start, today)
            for i, post in enumerate(["secretary", "deputy_secretary", "committee_member"])
        ]
        townships.append(town)
        by_township[tcode] = []
    for n in range(villages):
        town = townships[n % len(townships)]
        by_township[town.code].append(
            _village(rng, town, len(by_township[town.code]) + 1, start, today, cadres_per_village)
        )
    plan = CountyPlan(code, "示范县", today, county, townships, by_township)
    all_villages = plan.all_villages()
    for village in all_villages:
        # Own generators: the rest of the county is drawn exactly as before forms existed.
        _give_form(village, random.Random(f"{seed}:{village.key}:form"), start, today)
    for n in range(64):
        student = _cadre(rng, f"s{n}", "other", start, today)
        student.education, student.birth_date = "bachelor", dt.date(rng.randint(1996, 2001), 6, 1)
        outcome = rng.choices(["", "converted", "left"], [40, 45, 15])[0]
        plan.students.append((student, rng.choice(all_villages).code, outcome))
    return plan


def _village(
    rng: random.Random, town: UnitPlan, n: int, start: dt.date, today: dt.date, cadres: int
) -> UnitPlan:
    community = rng.random() < 0.15
    name = rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + ("社区" if community else "村")
    # Terms started up to five years ago: some elections are due soon, a few overdue.
    term_start = today - dt.timedelta(days=rng.randint(200, 1900))
    v = UnitPlan(
        f"{town.key}-v{n}",
        "community" if community else "village",
        f"{town.code}{n:03d}",
        f"{name}党支部",
        start,
        min(term_start, start),
    )
    posts = [
        "secretary",
        "deputy_secretary",
        "committee_member",
        "committee_member",
        "village_committee_member",
        "village_committee_member",
        "other",
    ]
    v.cadres = [
        _cadre(rng, f"{v.key}-c{i}", posts[i % len(posts)], start, today) for i in range(cadres)
    ]
    if rng.random() < 0.06:  # the secretary left and the post is still open
        v.cadres[0].left_on = today - dt.timedelta(days=rng.randint(20, 200))
        # A procedure's notice timer appoints on the day it fires, after such a leave.
        v.cadres[0].by_procedure = False
    v.meetings = _meetings(rng, start, today)
    v.decisions = [_decision(rng, f"{v.key}-d{i}", start, today) for i in range(rng.randint(3, 8))]
    v.rating = rng.choices(["good", "fairly_good", "average", "poor"], [45, 35, 15, 5])[0]
    return v


def _give_form(v: UnitPlan, rng: random.Random, start: dt.date, today: dt.date) -> None:
    """Most villages are one branch (a few too small to elect a committee), some a
    general branch or a committee; all hold the joint meetings every quarter."""
    draw = rng.random()
    if draw < 0.07:
        v.form = FormPlan("general_branch", rng.randint(50, 99), False)
    elif draw < 0.1:
        v.form = FormPlan("committee", rng.randint(100, 160), False)
    else:
        members = rng.randint(5, 49)
        v.form = FormPlan("branch", members, members >= 15 and rng.random() < 0.85)
    v.name = v.name.removesuffix(FORM_NAMES["branch"]) + FORM_NAMES[v.form.form]
    quarter = dt.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
    while quarter < today.replace(day=1):
        for kind in JOINT:
            held = quarter + dt.timedelta(days=rng.randint(10, 80))
            if rng.random() < 0.85 and start <= held < today:
                v.meetings.append((kind, held))
        quarter = (quarter + dt.timedelta(days=95)).replace(day=1)


def resident_id(first_seventeen: str) -> str:
    """The ID number with its check character (GB 11643, ISO 7064 MOD 11-2): the cadre
    service refuses a mistyped one."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(first_seventeen, weights, strict=True))
    return first_seventeen + "10X98765432"[total % 11]


def _cadre(rng: random.Random, key: str, post: str, start: dt.date, today: dt.date) -> CadrePlan:
    birth = dt.date(rng.randint(1962, 1998), rng.randint(1, 12), rng.randint(1, 28))
    education = rng.choices([e for e, _ in EDUCATION], [w for _, w in EDUCATION])[0]
    c = CadrePlan(
        key=key,
        name=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(["", *GIVEN]),
        gender=rng.choice(["female", "male", "male"]),
        birth_date=birth,
        education=education,
        party_member=post != "other" or rng.random() < 0.5,
        phone=f"13{rng.randint(100000000, 999999999)}",
        id_number=resident_id(f"440781{birth:%Y%m%d}{rng.randint(1000, 9999) // 10}"),
        post=post,
        appointed_on=start + dt.timedelta(days=rng.randint(0, 60)),
        by_procedure=rng.random() < 0.03,
    )
    for _ in range(rng.randint(0, 4)):
        c.trainings.append(
            (
                rng.choice(TOPICS),
                float(rng.choice([8, 12, 16, 24, 32])),
                start + dt.timedelta(days=rng.randint(30, 725)),
            )
        )
    if education in ("senior_secondary", "vocational") and rng.random() < 0.25:
        # Two-year programmes: those who enrolled before the records start have graduated.
        enrolled = start + dt.timedelta(days=rng.randint(-500, 300))
        graduated = (
            enrolled + dt.timedelta(days=730) if enrolled + dt.timedelta(days=730) < today else None
        )
        c.upgrade = ("college", enrolled, graduated)
    return c


def _meetings(rng: random.Random, start: dt.date, today: dt.date) -> list[tuple[str, dt.date]]:
    diligence = rng.choice([0.45, 0.7, 0.8, 0.85, 0.9, 0.9, 0.95, 1.0, 1.0, 1.0])
    out = []
    month = dt.date(start.year, start.month, 1)
    while month < today.replace(day=1):
        for kind in MONTHLY:
            if rng.random() < diligence:
                out.append((kind, month + dt.timedelta(days=rng.randint(2, 25))))
        if month.month in (3, 6, 9, 12):
            for kind in QUARTERLY:
                if rng.random() < diligence:
                    out.append((kind, month + dt.timedelta(days=rng.randint(2, 25))))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return out


def _decision(rng: random.Random, key: str, start: dt.date, today: dt.date) -> DecisionPlan:
    matter = rng.choice(MATTERS)
    drafted = start + dt.timedelta(days=rng.randint(0, 700))
    # Young decisions stop where today cuts them off; a few get stuck at a step.
    steps = rng.randint(1, 4) if rng.random() < 0.05 else 8
    return DecisionPlan(key, matter, TITLES[matter], drafted, steps, rejected=rng.random() < 0.04)
