"""Clue and case events of ``discipline.events.v1`` as read-model writes.

DOMAIN.md "Discipline service": before a decision a clue or case is public at
township code and category only, so that is all headquarters keeps; the village
comes with ``CaseDecided``. Headquarters never keeps who a case is about: the
sanction events that name a cadre are not projected (the cadre and organization
services act on them, and their own events show the post left and the vacancy).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontline.headquarters.projection.ops import EventLike, Op, Projection, activity, day

CATEGORY_LABELS = {
    "discipline_violation": "违纪",
    "agriculture_duty_crime": "涉农职务犯罪",
    "evil_forces_umbrella": "涉黑涉恶“保护伞”",
    "three_capitals_misuse": "侵占“三资”",
    "other": "其他",
}
DISPOSAL_LABELS = {
    "talk_inquiry": "谈话函询",
    "preliminary_verification": "初步核实",
    "shelve": "暂存待查",
    "close": "予以了结",
}


def _clue_row(d: dict[str, Any], columns: dict[str, Any]) -> Op:
    """Upsert the clue's row: its township and category, and ``columns`` where given."""
    names = ["clue_id", "township_code", "category", *columns]
    values = [d["clue_id"], d["township_code"], d["category"], *columns.values()]
    updates = ", ".join(f"{n} = COALESCE(EXCLUDED.{n}, discipline_clues.{n})" for n in columns)
    return Op(
        f"INSERT INTO {{s}}.discipline_clues ({', '.join(names)})"
        f" VALUES ({', '.join(f'${n}' for n in range(1, len(names) + 1))})"
        f" ON CONFLICT (clue_id) DO UPDATE SET {updates or 'clue_id = EXCLUDED.clue_id'}",
        tuple(values),
    )


def _case_row(d: dict[str, Any], columns: dict[str, Any], latest: bool = False) -> Op:
    """Upsert the case's row; ``latest`` keeps the later of two dates (a case may be
    submitted, returned and submitted again)."""
    names = ["case_id", "township_code", "category", *columns]
    values = [d["case_id"], d["township_code"], d["category"], *columns.values()]
    merge = "GREATEST" if latest else "COALESCE"
    updates = ", ".join(f"{n} = {merge}(EXCLUDED.{n}, discipline_cases.{n})" for n in columns)
    return Op(
        f"INSERT INTO {{s}}.discipline_cases ({', '.join(names)})"
        f" VALUES ({', '.join(f'${n}' for n in range(1, len(names) + 1))})"
        f" ON CONFLICT (case_id) DO UPDATE SET category = EXCLUDED.category, {updates}",
        tuple(values),
    )


def _township(d: dict[str, Any]) -> list[str]:
    return [str(d["township_code"])]


def _on(d: dict[str, Any], key: str) -> dt.date:
    found = day(d, key)
    assert found is not None, f"{key} is required by the contract"
    return found


def clue_received(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "received_on")
    row = _clue_row(
        d, {"source": d["source"], "received_on": on, "reply_due_on": day(d, "reply_due_on")}
    )
    note = activity(e, d["township_code"], "clue", "受理问题线索")
    return Projection([row, note], _township(d), on)


def clue_disposed(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "disposed_on")
    disposal = Op(
        "INSERT INTO {s}.discipline_clue_disposals (clue_id, disposal, disposed_on)"
        " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        (d["clue_id"], d["disposal"], on),
    )
    label = DISPOSAL_LABELS.get(d["disposal"], d["disposal"])
    note = activity(e, d["township_code"], "clue", f"问题线索处置：{label}")
    return Projection([_clue_row(d, {}), disposal, note], _township(d), on)


def verification_concluded(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "concluded_on")
    row = _clue_row(d, {"verification_outcome": d["outcome"], "concluded_on": on})
    return Projection([row], _township(d), on)


def reply_sent(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "replied_on")
    row = _clue_row(
        d,
        {
            "replied_on": on,
            "reply_on_time": bool(d["on_time"]),
            "reply_due_on": _on(d, "reply_due_on"),
        },
    )
    return Projection([row], _township(d), on)


def reply_overdue(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "flagged_on")
    row = _clue_row(d, {"reply_overdue_on": on, "reply_due_on": _on(d, "reply_due_on")})
    note = activity(e, d["township_code"], "clue", "实名举报答复逾期")
    return Projection([row, note], _township(d), on)


def case_filed(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "filed_on")
    row = _case_row(d, {"filed_on": on, "due_on": _on(d, "investigation_due_on")})
    label = CATEGORY_LABELS.get(d["category"], d["category"])
    note = activity(e, d["township_code"], "case", f"立案审查调查（{label}）")
    return Projection([row, note], _township(d), on)


def investigation_extended(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "extended_on")
    due = _on(d, "investigation_due_on")
    row = _case_row(d, {"extended_on": on, "extended_due_on": due}, latest=True)
    return Projection([row], _township(d), on)


def investigation_overdue(e: EventLike) -> Projection:
    """An activity line: the figures count a case late from its own dates (its deadline,
    its submission), whenever the service's timer noticed."""
    d = e.data
    note = activity(e, d["township_code"], "case", "审查调查超期")
    return Projection([note], _township(d))


def case_submitted(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "submitted_on")
    return Projection([_case_row(d, {"submitted_on": on}, latest=True)], _township(d), on)


def case_returned(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "returned_on")
    return Projection([_case_row(d, {"returned_on": on}, latest=True)], _township(d), on)


def case_decided(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "decided_on")
    row = _case_row(
        d,
        {
            "division_code": d["division_code"],
            "decided_on": on,
            "four_forms_level": int(d["four_forms_level"]),
        },
    )
    measures = [
        Op(
            "INSERT INTO {s}.discipline_measures (case_id, measure_type, kind)"
            " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            (d["case_id"], m["measure_type"], m["kind"]),
        )
        for m in d.get("measures") or []
    ]
    note = activity(e, d["division_code"], "case", "案件审理终结，作出处理决定")
    return Projection([row, *measures, note], [d["division_code"]], on)


def _decided_step(column: str, date_key: str, summary: str | None = None) -> Any:
    def project(e: EventLike) -> Projection:
        d = e.data
        on = _on(d, date_key)
        ops = [_case_row(d, {"division_code": d["division_code"], column: on})]
        if summary:
            ops.append(activity(e, d["division_code"], "case", summary))
        return Projection(ops, [d["division_code"]], on)

    return project


case_executed = _decided_step("executed_on", "executed_on")
case_archived = _decided_step("archived_on", "archived_on", "案件结案归档")
appeal_recorded = _decided_step("appealed_on", "appealed_on")


def appeal_concluded(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "concluded_on")
    row = _case_row(
        d,
        {
            "division_code": d["division_code"],
            "appeal_concluded_on": on,
            "appeal_outcome": d["outcome"],
        },
    )
    return Projection([row], [d["division_code"]], on)
