"""The demo county's rule of law (法治), decided up front: about two years of clues and
cases, disputes, sweeps and ledgers; a few cases remove a village secretary.

Pure and deterministic per seed, drawn from its own generator so the rest of the
county (``demo_plan``) is exactly as before. Every step is dated after the one it
follows and never after today.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from frontline.cli.demo_plan import GIVEN, SURNAMES, CadrePlan, CountyPlan, UnitPlan
from frontline.cli.demo_registers_plan import RegistersPlan, plan_registers

D = dt.timedelta
CATEGORIES = [
    ("discipline_violation", 45),
    ("agriculture_duty_crime", 20),
    ("three_capitals_misuse", 20),
    ("evil_forces_umbrella", 5),
    ("other", 10),
]
SOURCES = [("letters_visits", 45), ("report", 35), ("police_referral", 8), ("other", 12)]
# Light measures, with the "four forms" level (四种形态) they belong to.
LIGHT = [
    (2, [("party_sanction", "party_warning")]),
    (2, [("party_sanction", "party_serious_warning")]),
    (2, [("government_sanction", "demerit")]),
    (1, [("organizational_handling", "admonishment")]),
    (1, []),
]
REMOVAL = (3, [("party_sanction", "removal_from_party_post")])
SECRETARIES_REMOVED = 4


@dataclass
class CasePlan:
    filed_on: dt.date
    cadre_key: str | None
    evidence_on: dt.date
    extended_on: dt.date | None = None
    submitted_on: dt.date | None = None
    # Sent back by the reviewers, then submitted again.
    returned: tuple[dt.date, dt.date] | None = None
    decided_on: dt.date | None = None
    level: int = 1
    measures: list[tuple[str, str]] = field(default_factory=list)
    executed_on: dt.date | None = None
    archived_on: dt.date | None = None
    # (appealed on, outcome "upheld" or "revoked", concluded on)
    appeal: tuple[dt.date, str, dt.date] | None = None


@dataclass
class CluePlan:
    key: str
    division_code: str
    source: str
    category: str
    received_on: dt.date
    # (name, phone, ID number) of a real-name reporter; None when anonymous.
    reporter: tuple[str, str, str] | None
    cadre_key: str | None = None
    replied_on: dt.date | None = None
    disposal: str | None = None
    disposed_on: dt.date | None = None
    # A preliminary verification ending without a case: (outcome, concluded on).
    concluded: tuple[str, dt.date] | None = None
    case: CasePlan | None = None


@dataclass
class DisciplinePlan:
    clues: list[CluePlan]
    registers: RegistersPlan
    # Keys of the village secretaries a decided case removes from their post.
    removed_secretaries: list[str]

    def reporters(self) -> list[tuple[str, str, str]]:
        return [c.reporter for c in self.clues if c.reporter]


def plan_discipline(seed: int, county: CountyPlan) -> DisciplinePlan:
    rng = random.Random(f"{seed}:discipline")
    today = county.today
    villages = county.all_villages()
    clues: list[CluePlan] = []
    for n in range(max(12, len(villages))):
        village = rng.choice(villages)
        clues.append(_clue(rng, f"k{n}", village, today))
    removed = _removals(rng, villages)
    clues += [_removal_clue(rng, f"r{n}", v, c.key, today) for n, (v, c) in enumerate(removed)]
    return DisciplinePlan(clues, plan_registers(rng, county), [c.key for _, c in removed])


def _person(rng: random.Random) -> tuple[str, str, str]:
    birth = dt.date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28))
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    phone = f"15{rng.randint(100000000, 999999999)}"
    return name, phone, f"440781{birth:%Y%m%d}{rng.randint(1000, 9999)}"


def _weighted(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def _subject(rng: random.Random, village: UnitPlan) -> str | None:
    """A cadre the clue is about: a village cadre other than the secretary, appointed
    by election (an appointment procedure would wait on the integrity opinion)."""
    others = [c for c in village.cadres[1:] if not c.by_procedure and c.post != "other"]
    return rng.choice(others).key if others and rng.random() < 0.6 else None


def _clue(rng: random.Random, key: str, village: UnitPlan, today: dt.date) -> CluePlan:
    received = today - D(days=rng.randint(0, 700))
    source = _weighted(rng, SOURCES)
    code = village.code if rng.random() < 0.85 else village.code[:9]
    clue = CluePlan(
        key,
        code,
        "report" if source == "other" else source,
        _weighted(rng, CATEGORIES),
        received,
        _person(rng) if rng.random() < 0.6 else None,
        _subject(rng, village) if len(code) == 12 else None,
    )
    if clue.reporter and received <= today - D(days=12):
        # Most are told within the 15 working days; some late.
        late = rng.random() < 0.1
        clue.replied_on = min(
            today, received + D(days=rng.randint(25, 45) if late else rng.randint(2, 12))
        )
    if received > today - D(days=6):
        return clue  # not disposed of yet
    _dispose(rng, clue, today)
    return clue


def _dispose(rng: random.Random, clue: CluePlan, today: dt.date) -> None:
    draw = rng.random()
    clue.disposed_on = min(today, clue.received_on + D(days=rng.randint(3, 20)))
    if draw < 0.2:
        clue.disposal = "talk_inquiry"
    elif draw < 0.35:
        clue.disposal = "shelve"
    elif draw < 0.5:
        clue.disposal = "close"
    else:
        clue.disposal = "preliminary_verification"
        later = clue.disposed_on + D(days=rng.randint(15, 60))
        if later > today:
            return  # still being verified
        if clue.cadre_key and rng.random() < 0.6:
            clue.case = _case(rng, later, clue.cadre_key, today, rng.choice(LIGHT))
        else:
            clue.concluded = (rng.choice(["close", "reminder_talk", "shelve"]), later)


def _case(
    rng: random.Random,
    filed: dt.date,
    cadre_key: str | None,
    today: dt.date,
    decision: tuple[int, list[tuple[str, str]]],
) -> CasePlan:
    case = CasePlan(filed, cadre_key, min(today, filed + D(days=rng.randint(3, 20))))
    extended = rng.random() < 0.15 and filed + D(days=85) <= today
    if extended:
        case.extended_on = filed + D(days=rng.randint(70, 85))
    first, limit = (95, 180) if extended else (25, 90)
    # Most go to review in time; a few run past their deadline.
    overrun = rng.random() < 0.1
    days = rng.randint(limit + 5, limit + 40) if overrun else rng.randint(first, limit)
    steps = _steps(rng, filed + D(days=days))
    if steps[0] > today:
        return case  # still investigating
    case.submitted_on = steps[0]
    if rng.random() < 0.08 and steps[1] + D(days=20) <= today:
        case.returned = (steps[1], steps[1] + D(days=rng.randint(10, 20)))
        steps = _steps(rng, case.returned[1] + D(days=5))
    if steps[1] > today:
        return case  # in review
    _decide(rng, case, steps, decision, today)
    return case


def _decide(
    rng: random.Random,
    case: CasePlan,
    steps: list[dt.date],
    decision: tuple[int, list[tuple[str, str]]],
    today: dt.date,
) -> None:
    case.decided_on, (case.level, case.measures) = steps[1], decision
    case.executed_on = steps[2] if steps[2] <= today else None
    if case.executed_on and case.measures and rng.random() < 0.08:
        appealed = case.executed_on + D(days=5)
        concluded = appealed + D(days=rng.randint(20, 60))
        if concluded <= today:
            case.appeal = (appealed, "revoked" if rng.random() < 0.3 else "upheld", concluded)
    archive_after = case.appeal[2] if case.appeal else case.executed_on
    if archive_after and archive_after + D(days=30) <= today:
        case.archived_on = archive_after + D(days=rng.randint(10, 30))


def _steps(rng: random.Random, submitted: dt.date) -> list[dt.date]:
    """Submitted for review, decided, executed."""
    decided = submitted + D(days=rng.randint(10, 40))
    return [submitted, decided, decided + D(days=rng.randint(3, 14))]


def _removals(rng: random.Random, villages: list[UnitPlan]) -> list[tuple[UnitPlan, CadrePlan]]:
    """Village secretaries in office (elected, not leaving) a case will remove."""
    serving = [
        (v, v.cadres[0])
        for v in villages
        if v.cadres
        and v.cadres[0].post == "secretary"
        and v.cadres[0].left_on is None
        and not v.cadres[0].by_procedure
    ]
    return rng.sample(serving, min(SECRETARIES_REMOVED, len(serving)))


def _removal_clue(
    rng: random.Random, key: str, village: UnitPlan, cadre_key: str, today: dt.date
) -> CluePlan:
    """Misuse of the three capitals by the secretary: verified, filed, decided 60 to 200
    days ago with removal from the party post, executed and archived."""
    decided = today - D(days=rng.randint(60, 200))
    filed = decided - D(days=rng.randint(70, 110))
    received = filed - D(days=rng.randint(30, 60))
    clue = CluePlan(
        key, village.code, "letters_visits", "three_capitals_misuse", received, None, cadre_key
    )
    clue.disposal, clue.disposed_on = "preliminary_verification", received + D(days=7)
    submitted = decided - D(days=20)
    case = CasePlan(filed, cadre_key, filed + D(days=10), submitted_on=submitted)
    _decide(rng, case, [submitted, decided, decided + D(days=7)], REMOVAL, today)
    case.appeal = None
    clue.case = case
    return clue
