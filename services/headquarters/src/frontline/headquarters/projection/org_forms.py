"""The meetings each unit owes, from ``OrgFormRecorded`` (DOMAIN.md "Meetings").

The organization service derives them from the unit's form (委员会 / 总支 / 支部),
member count and party groups, at the county's frequencies (joint meetings
quarterly by default), and the event lists them all: headquarters stores the list
as it is, and meeting compliance counts only those (``query/facts_sql.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from frontline.headquarters.projection.ops import (
    EventLike,
    Op,
    Projection,
    activity,
    day,
    event_day,
    event_time,
)

TOPIC = "organization.events.v1"
_NS = "cn.frontline.organization."

FORM_LABELS = {"committee": "党委", "general_branch": "党总支", "branch": "党支部"}


def form_recorded(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "recorded_on") or event_day(e)
    duties = [(str(x["meeting_type"]), int(x["every_months"])) for x in d.get("meetings_due") or []]
    division = str(d["division_code"])
    op = Op(
        "INSERT INTO {s}.org_forms (event_id, unit_id, recorded_on, at, form, member_count,"
        " meeting_types, every_months) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        " ON CONFLICT (event_id) DO NOTHING",
        (
            e.event_id,
            str(d["org_unit_id"]),
            on,
            event_time(e),
            str(d["form"]),
            int(d["member_count"]),
            [kind for kind, _ in duties],
            [months for _, months in duties],
        ),
    )
    label = FORM_LABELS.get(str(d["form"]), "党组织")
    note = activity(e, division, "unit", f"登记组织形式：{label}（党员{int(d['member_count'])}名）")
    # Compliance changes from the record's day on.
    return Projection([op, note], [division], on)


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "OrgFormRecorded.v1": form_recorded,
}
