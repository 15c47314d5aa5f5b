"""The service pillar's centre figures computed directly (see direct_overview.py): each
request's steps folded in Python, then summed for the one place asked about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from frontline.headquarters.query.facts import Facts
from frontline.headquarters.query.models import Breakdown, BreakdownRow
from frontline.headquarters.query.service_figures import CentreFigures, RequestFigures
from frontline.headquarters.query.service_pillar import (
    PLACE_BREAKDOWN,
    by_line,
    indicator,
    request_values,
)
from frontline.headquarters.settings import HeadquartersSettings

VILLAGE = {"village", "community"}
STAGES = {"overdue": 1, "yellow_card": 3, "red_card": 4}
STEPS = "SELECT * FROM hq.service_request_steps WHERE on_date <= $1"
CENTRES = "SELECT * FROM hq.service_centres"


Step = Mapping[str, Any]


def _of(steps: list[Step], kind: str) -> list[Step]:
    return [s for s in steps if s["step"] == kind]


def _standing(steps: list[Step]) -> dict[str, bool]:
    """Open or not, and its card: the furthest stage since its last reopening."""
    reopened = _of(steps, "reopened")
    last_reopen = max((s["on_date"] for s in reopened), default=dt.date.min)
    rounds = {s["n"] for s in _of(steps, "resolved")}
    is_open = not _of(steps, "transferred") and len(reopened) not in rounds
    stage = max(
        [STAGES[s["detail"]] for s in _of(steps, "overdue") if s["on_date"] > last_reopen]
        + [2 for s in _of(steps, "reminded") if s["flag"] and s["on_date"] > last_reopen],
        default=0,
    )
    last = max((s["n"] for s in _of(steps, "assigned")), default=None)
    at_last = {s["step"] for s in steps if last is not None and s["n"] == last}
    return {
        "open": is_open,
        "overdue": is_open and stage >= 1,
        "reminded": is_open and stage == 2,
        "yellow_cards": is_open and stage == 3,
        "red_cards": is_open and stage == 4,
        "sign_for_late": is_open
        and "sign_for_overdue" in at_last
        and not at_last & {"signed_for", "refused"},
    }


def _handled(steps: list[Step]) -> dict[str, Any]:
    """The response, the resolutions and the return visits."""
    decided = sorted(
        (s for s in steps if s["step"] in ("signed_for", "sign_for_overdue")),
        key=lambda s: (s["n"], s["at"], s["step"]),
    )
    visits = _of(steps, "visited")
    answered = [v for v in visits if v["answered"]]
    resolutions = _of(steps, "resolved")
    return {
        "responded": bool(decided),
        "responded_on_time": bool(decided)
        and decided[0]["step"] == "signed_for"
        and bool(decided[0]["flag"]),
        "resolved": bool(resolutions),
        "resolved_counted": bool(resolutions)
        and not _of(steps, "reopened")
        and not any(v["detail"] == "unsatisfied" for v in visits),
        "resolutions": len(resolutions),
        "resolutions_on_time": sum(bool(s["flag"]) for s in resolutions),
        "visits_answered": len(answered),
        "visits_satisfied": sum(bool(v["flag"]) for v in answered),
        "visits_no_answer": len(visits) - len(answered),
    }


def _visit_late(steps: list[Step], is_open: bool) -> bool:
    """Resolved, waiting for its visit: flagged since the resolution, nobody answered."""
    resolved_on = max((s["on_date"] for s in _of(steps, "resolved")), default=None)
    if is_open or resolved_on is None or _of(steps, "transferred") or _of(steps, "closed"):
        return False
    since = [v for v in _of(steps, "visited") if v["answered"] and v["on_date"] >= resolved_on]
    flagged = any(s["on_date"] >= resolved_on for s in _of(steps, "visit_overdue"))
    return flagged and not since


def fold(steps: list[Step]) -> dict[str, Any] | None:
    """One request as of the day, as counts of the figures' fields."""
    taken = _of(steps, "submitted")
    if not taken:
        return None
    standing = _standing(steps)
    channel = taken[0]["detail"]
    return {
        "division_code": taken[0]["division_code"],
        "line": taken[0]["line"],
        "submitted": 1,
        **standing,
        "visit_late": _visit_late(steps, standing["open"]),
        **_handled(steps),
        "reopened": bool(_of(steps, "reopened")),
        "transferred": bool(_of(steps, "transferred")),
        "extended": bool(_of(steps, "extended")),
        **{c: channel == c for c in ("walk_in", "phone", "online", "door_to_door")},
    }


def requests_of(rows: Iterable[Step]) -> list[dict[str, Any]]:
    by_request: dict[str, list[Step]] = {}
    for row in rows:
        by_request.setdefault(row["request_id"], []).append(row)
    return [r for steps in by_request.values() if (r := fold(steps)) is not None]


def summed(requests: Iterable[Mapping[str, Any]]) -> RequestFigures:
    figures = RequestFigures()
    for r in requests:
        figures.add({k: int(v) for k, v in r.items() if k not in ("division_code", "line")})
    return figures


def centres_of(facts: Facts, centres: list[Any], requests: list[Any], prefix: str) -> CentreFigures:
    day = facts.as_of
    established = [
        c for c in centres if c["level"] and c["established_on"] and c["established_on"] <= day
    ]
    active = [c for c in established if c["closed_on"] is None or c["closed_on"] > day]
    mine = [c for c in active if c["division_code"].startswith(prefix)]
    covered = {c["division_code"] for c in active if c["level"] in VILLAGE}
    villages = {
        u.division_code
        for u in facts.units.values()
        if u.level in VILLAGE and u.division_code.startswith(prefix)
    }
    place = [r for r in requests if r["division_code"].startswith(prefix)]
    figures = CentreFigures(
        known=bool(established),
        villages=len(villages),
        covered=len(villages & covered),
        township_centres=sum(c["level"] not in VILLAGE for c in mine),
        village_centres=sum(c["level"] in VILLAGE for c in mine),
        requests=summed(place),
    )
    for line in sorted({r["line"] for r in place}):
        figures.lines[line] = summed(r for r in place if r["line"] == line)
    return figures


def breakdowns(facts: Facts, code: str, s: HeadquartersSettings) -> list[Breakdown]:
    """The service pillar's breakdowns of one place, each row summed on its own."""
    rows, requests = facts.service_centres.centres, facts.service_centres.requests
    place = centres_of(facts, rows, requests, code)
    if not place.known:
        return []
    found = [by_line(place, s)]
    if len(code) not in PLACE_BREAKDOWN:
        return found
    levels = {6: ("township",), 9: ("village", "community")}[len(code)]
    least = s.service_centres.min_return_visits
    children = sorted(
        (u for u in facts.units.values() if u.division_code.startswith(code) and u.level in levels),
        key=lambda u: u.division_code,
    )
    table = []
    for u in children:
        child = centres_of(facts, rows, requests, u.division_code)
        coverage = None if child.coverage is None else 100 * child.coverage
        values = [indicator("centre_coverage", "覆盖率", coverage, "%")]
        values += request_values(child.requests, least)
        table.append(
            BreakdownRow(
                key=u.division_code, label=u.name, division_code=u.division_code, values=values
            )
        )
    found.append(Breakdown(key="by_place", label=PLACE_BREAKDOWN[len(code)], rows=table))
    return found
