"""The service pillar's centre figures computed directly (see direct_overview.py): each
request's steps folded in Python, then summed for the one place asked about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from frontline.headquarters.query.facts import Facts
from frontline.headquarters.query.service_figures import CentreFigures, RequestFigures

VILLAGE = {"village", "community"}
STAGES = {"overdue": 1, "yellow_card": 3, "red_card": 4}
STEPS = "SELECT * FROM hq.service_request_steps WHERE on_date <= $1"
CENTRES = "SELECT * FROM hq.service_centres"


def fold(steps: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    """One request as of the day, as counts of the figures' fields."""
    taken = [s for s in steps if s["step"] == "submitted"]
    if not taken:
        return None

    def of(kind: str) -> list[Mapping[str, Any]]:
        return [s for s in steps if s["step"] == kind]

    reopened = of("reopened")
    last_reopen = max((s["on_date"] for s in reopened), default=dt.date.min)
    rounds = {s["n"] for s in of("resolved")}
    transferred = bool(of("transferred"))
    is_open = not transferred and len(reopened) not in rounds
    stage = max(
        [STAGES[s["detail"]] for s in of("overdue") if s["on_date"] > last_reopen]
        + [2 for s in of("reminded") if s["flag"] and s["on_date"] > last_reopen],
        default=0,
    )
    decided = sorted(
        (s for s in steps if s["step"] in ("signed_for", "sign_for_overdue")),
        key=lambda s: (s["n"], s["at"], s["step"]),
    )
    visits = of("visited")
    answered = [v for v in visits if v["answered"]]
    resolutions = of("resolved")
    last = max((s["n"] for s in of("assigned")), default=None)
    at_last = {s["step"] for s in steps if s["n"] == last and last is not None}
    resolved_on = max((s["on_date"] for s in resolutions), default=None)
    since = [v for v in answered if resolved_on is not None and v["on_date"] >= resolved_on]
    visit_flagged = any(
        resolved_on is not None and s["on_date"] >= resolved_on for s in of("visit_overdue")
    )
    channel = taken[0]["detail"]
    return {
        "division_code": taken[0]["division_code"],
        "line": taken[0]["line"],
        "submitted": 1,
        "open": is_open,
        "overdue": is_open and stage >= 1,
        "reminded": is_open and stage == 2,
        "yellow_cards": is_open and stage == 3,
        "red_cards": is_open and stage == 4,
        "sign_for_late": is_open
        and "sign_for_overdue" in at_last
        and not at_last & {"signed_for", "refused"},
        "visit_late": not is_open
        and not transferred
        and not of("closed")
        and visit_flagged
        and not since,
        "responded": bool(decided),
        "responded_on_time": bool(decided)
        and decided[0]["step"] == "signed_for"
        and bool(decided[0]["flag"]),
        "resolved": bool(resolutions),
        "resolved_counted": bool(resolutions)
        and not reopened
        and not any(v["detail"] == "unsatisfied" for v in visits),
        "resolutions": len(resolutions),
        "resolutions_on_time": sum(bool(s["flag"]) for s in resolutions),
        "visits_answered": len(answered),
        "visits_satisfied": sum(bool(v["flag"]) for v in answered),
        "visits_no_answer": len(visits) - len(answered),
        "reopened": bool(reopened),
        "transferred": transferred,
        "extended": bool(of("extended")),
        **{c: channel == c for c in ("walk_in", "phone", "online", "door_to_door")},
    }


def requests_of(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    by_request: dict[str, list[Mapping[str, Any]]] = {}
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
