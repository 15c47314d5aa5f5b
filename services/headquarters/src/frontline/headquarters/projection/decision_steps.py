"""Writes for 四议两公开 decision events (organization topic; see organization.py).

Every decision event names the state it leaves the decision in; one row per step
lets "as of a day" find the state then (DOMAIN.md "Decision").
"""

from __future__ import annotations

from typing import Any, get_args

from frontline.contracts.organization import DecisionState
from frontline.headquarters.projection.ops import (
    EventLike,
    Op,
    Projection,
    activity,
    day,
    event_day,
)

# Decision states in the order of DOMAIN.md "four discussions and two openness",
# as the public contract lists them.
DECISION_STATES = list(get_args(DecisionState))
STATE_LABELS = {
    "draft": "起草",
    "proposed": "支委会提议",
    "deliberated": "两委会商议",
    "reviewed": "党员大会审议",
    "resolved": "村民(代表)会议决议",
    "resolution_public": "决议公开",
    "implementing": "组织实施",
    "result_public": "实施结果公开",
    "closed": "办结",
    "rejected": "未通过",
}


# The date a decision event happened on, by the field each event type carries.
_STEP_DATES = (
    "held_on",
    "drafted_on",
    "published_on",
    "completed_on",
    "started_on",
    "result_published_on",
    "closed_on",
)


def decision_step(e: EventLike) -> Projection:
    """Every decision event names the state it leaves the decision in (contract field)."""
    d = e.data
    state = str(d["state"])
    on = day(d, *_STEP_DATES) or event_day(e)
    due, present = d.get("members_due"), d.get("members_present")
    # Quorum of the party member meeting (DOMAIN.md step 4): two thirds present.
    quorum = None if not due or present is None else 3 * int(present) >= 2 * int(due)
    ops = [
        Op(
            "INSERT INTO {s}.decision_steps (decision_id, unit_id, division_code, state, on_date,"
            " seq, quorum_met, round) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            " ON CONFLICT DO NOTHING",
            (
                str(d["decision_id"]),
                _unit(d),
                _division(d),
                state,
                on,
                DECISION_STATES.index(state),
                quorum,
                int(d.get("round") or 1),
            ),
        ),
        activity(
            e,
            _division(d),
            "decision",
            f"四议两公开·{STATE_LABELS.get(state, state)}",
        ),
    ]
    return Projection(ops, _codes(d), on)


def _unit(d: dict[str, Any]) -> str:
    return str(d.get("org_unit_id") or d.get("unit_id"))


def _division(d: dict[str, Any]) -> str | None:
    value = d.get("division_code")
    return str(value) if value else None


def _codes(d: dict[str, Any]) -> list[str]:
    division = _division(d)
    return [division] if division else []
