"""Projector of ``organization.events.v1`` (contracts: ``frontline.contracts.organization``).

Feeds the fortress pillar (DOMAIN.md "Organization service"): the org tree,
election due dates, the secretary post, meetings, 四议两公开 decision steps,
weak-and-lax handling and secretary ratings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from frontline.headquarters.projection.decision_steps import decision_step
from frontline.headquarters.projection.ops import (
    EventLike,
    Op,
    Projection,
    activity,
    day,
    event_day,
    first,
)
from frontline.headquarters.projection.posts import post_ended, post_started

TOPIC = "organization.events.v1"
_NS = "cn.frontline.organization."

LEVEL_LABELS = {
    "county": "县委",
    "township": "乡镇（街道）党委",
    "village": "村党组织",
    "community": "社区党组织",
    "branch": "党支部",
}
MEETING_LABELS = {
    "branch_member_meeting": "党员大会",
    "branch_committee_meeting": "支委会",
    "party_group_meeting": "党小组会",
    "party_lesson": "党课",
    "theme_party_day": "主题党日",
    "leading_bodies_joint_meeting": "班子联席会议",
    "party_masses_joint_meeting": "党群联席会议",
}


def _unit(d: dict[str, Any]) -> str:
    return str(d.get("org_unit_id") or d.get("unit_id"))


def _division(d: dict[str, Any]) -> str | None:
    value = d.get("division_code")
    return str(value) if value else None


def established(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "established_on") or event_day(e)
    unit, division = _unit(d), str(d["division_code"])
    ops = [
        Op(
            "INSERT INTO {s}.units (unit_id, name, level, division_code, parent_id, established_on,"
            " term_years) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (unit_id) DO UPDATE SET"
            " name = EXCLUDED.name, level = EXCLUDED.level, division_code = EXCLUDED.division_code,"
            " parent_id = EXCLUDED.parent_id, established_on = EXCLUDED.established_on,"
            " term_years = EXCLUDED.term_years"
            # A unit's division, level and parent never change (issue 13): a later
            # event that contradicts them moves nothing (cadre's directory alerts).
            " WHERE units.division_code = '' OR (units.division_code = EXCLUDED.division_code"
            " AND units.level = EXCLUDED.level"
            " AND units.parent_id IS NOT DISTINCT FROM EXCLUDED.parent_id)",
            (
                unit,
                d.get("name") or "",
                d["level"],
                division,
                first(d, "parent_id", "parent_unit_id"),
                on,
                d.get("term_years"),
            ),
        )
    ]
    due = day(d, "election_due_on", "election_due")
    if due:
        ops.append(_election_term(unit, day(d, "term_started_on") or on, due, e.event_id))
    label = LEVEL_LABELS.get(d["level"], d["level"])
    ops.append(activity(e, division, "unit", f"成立{label}：{d.get('name') or division}"))
    return Projection(ops, [division], on)


def _election_term(unit: str, since: dt.date, due: dt.date, event_id: str) -> Op:
    return Op(
        "INSERT INTO {s}.election_terms (unit_id, valid_from, election_due_on, event_id)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        (unit, since, due, event_id),
    )


def election_held(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "held_on") or event_day(e)
    due = day(d, "election_due_on", "next_election_due_on")
    ops = [activity(e, _division(d), "election", "完成换届选举")]
    if due:
        ops.insert(0, _election_term(_unit(d), on, due, e.event_id))
    return Projection(ops, _codes(d), on)


def election_postponed(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "approved_on", "postponed_on") or event_day(e)
    due = day(d, "election_due_on", "new_due_on")
    ops = [activity(e, _division(d), "election", "换届延期获批")]
    if due:
        ops.insert(0, _election_term(_unit(d), on, due, e.event_id))
    return Projection(ops, _codes(d), on)


def dissolved(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "dissolved_on") or event_day(e)
    ops = [
        Op(
            "INSERT INTO {s}.units (unit_id, dissolved_on) VALUES ($1, $2)"
            " ON CONFLICT (unit_id) DO UPDATE SET dissolved_on = EXCLUDED.dissolved_on",
            (_unit(d), on),
        ),
        activity(e, _division(d), "unit", "撤销党组织"),
    ]
    return Projection(ops, _codes(d), on)


def secretary_filled(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "filled_on", "appointed_on") or event_day(e)
    op = post_started(
        "org",
        _unit(d),
        d["cadre_id"],
        "secretary",
        _division(d),
        on,
        bool(first(d, "also_village_head", "one_shoulder")),
    )
    note = activity(e, _division(d), "secretary", "书记到岗")
    return Projection([op, note], _codes(d), on)


def secretary_vacated(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "vacated_on", "left_on") or event_day(e)
    ops = [
        post_ended("org", _unit(d), d["cadre_id"], "secretary", on),
        activity(e, _division(d), "secretary", "书记岗位空缺"),
    ]
    return Projection(ops, _codes(d), on)


def meeting_held(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "held_on", "date") or event_day(e)
    kind = str(first(d, "meeting_type", "type", "kind"))
    op = Op(
        "INSERT INTO {s}.meetings (meeting_id, unit_id, division_code, meeting_type, held_on)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (meeting_id) DO NOTHING",
        (str(first(d, "meeting_id") or e.event_id), _unit(d), _division(d), kind, on),
    )
    label = MEETING_LABELS.get(kind, "会议")
    return Projection(
        [op, activity(e, _division(d), "meeting", f"召开{label}")],
        _codes(d),
        on,
    )


def weak_lax_confirmed(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "confirmed_on") or event_day(e)
    ops = [
        Op(
            "INSERT INTO {s}.weak_lax (unit_id, confirmed_on, criteria) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING",
            (_unit(d), on, [str(c) for c in d.get("criteria") or []]),
        ),
        activity(e, _division(d), "weak_lax", "认定软弱涣散党组织"),
    ]
    return Projection(ops, _codes(d), on)


def rectification_progress(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "recorded_on") or event_day(e)
    op = Op(
        "INSERT INTO {s}.rectification_progress (unit_id, recorded_on, percent_complete, event_id)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        (_unit(d), on, int(first(d, "percent_complete", "percent") or 0), e.event_id),
    )
    return Projection([op], _codes(d), on)


def rectification_signed_off(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "signed_off_on") or event_day(e)
    ops = [
        Op(
            "INSERT INTO {s}.weak_lax_signoffs (unit_id, signed_off_on) VALUES ($1, $2)"
            " ON CONFLICT DO NOTHING",
            (_unit(d), on),
        ),
        activity(e, _division(d), "weak_lax", "软弱涣散整顿销号"),
    ]
    return Projection(ops, _codes(d), on)


def secretary_rated(e: EventLike) -> Projection:
    d = e.data
    # The rating is for a year (述职评议); it counts from that year's end on.
    on = day(d, "rated_on") or dt.date(int(d["year"]), 12, 31)
    op = Op(
        "INSERT INTO {s}.secretary_ratings (unit_id, year, cadre_id, rating, rated_on)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (unit_id, year, cadre_id) DO UPDATE SET"
        " rating = EXCLUDED.rating, rated_on = EXCLUDED.rated_on",
        (_unit(d), int(d["year"]), str(d.get("cadre_id") or ""), str(d["rating"]), on),
    )
    return Projection([op], _codes(d), on)


def election_notice(e: EventLike) -> Projection:
    overdue = e.type.endswith("ElectionOverdue.v1")
    text = "换届逾期" if overdue else "换届提醒"
    return Projection(
        [activity(e, _division(e.data), "election", f"{text}")],
        _codes(e.data),
    )


def _codes(d: dict[str, Any]) -> list[str]:
    division = _division(d)
    return [division] if division else []


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "OrgUnitEstablished.v1": established,
    _NS + "ElectionHeld.v1": election_held,
    _NS + "ElectionPostponed.v1": election_postponed,
    _NS + "OrgUnitDissolved.v1": dissolved,
    _NS + "SecretaryPostFilled.v1": secretary_filled,
    _NS + "SecretaryPostVacated.v1": secretary_vacated,
    _NS + "MeetingHeld.v1": meeting_held,
    _NS + "WeakLaxConfirmed.v1": weak_lax_confirmed,
    _NS + "RectificationProgressRecorded.v1": rectification_progress,
    _NS + "RectificationSignedOff.v1": rectification_signed_off,
    _NS + "SecretaryRated.v1": secretary_rated,
    _NS + "ElectionReminderIssued.v1": election_notice,
    _NS + "ElectionOverdue.v1": election_notice,
    **{
        _NS + name + ".v1": decision_step
        for name in (
            "DecisionDrafted",
            "DecisionRedrafted",
            "DecisionProposed",
            "DecisionDeliberated",
            "DecisionReviewed",
            "DecisionResolved",
            "DecisionRejected",
            "DecisionPublished",
            "DecisionNoticeCompleted",
            "DecisionImplementationStarted",
            "DecisionImplemented",
            "DecisionClosed",
        )
    },
}
