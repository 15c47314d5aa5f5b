"""Projector of ``cadre.events.v1`` (contracts: ``frontline.contracts.cadre``).

Feeds the service pillar's cadre figures (DOMAIN.md "Cadre service"): education
and age structure of cadres in office, Double Training, student officials — never a
person's name or pay (the township summaries of pay and grades:
``cadre_summaries.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

TOPIC = "cadre.events.v1"
_NS = "cn.frontline.cadre."
# Registration predates any dated record we know of: the level holds "since always".
_SINCE_ALWAYS = dt.date(1900, 1, 1)

POST_LABELS = {
    "secretary": "书记",
    "deputy_secretary": "副书记",
    "committee_member": "委员",
    "village_committee_head": "村委会主任",
    "village_committee_member": "村委会委员",
    "other": "其他职务",
}


def _education(cadre_id: str, since: dt.date, level: str, event_id: str) -> Op:
    return Op(
        "INSERT INTO {s}.education_levels (cadre_id, valid_from, level, event_id)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        (cadre_id, since, level, event_id),
    )


def _cadre_row(e: EventLike, division: str | None) -> Op:
    d = e.data
    # Appointments repeat gender and age band; whichever event comes first fills the row.
    return Op(
        "INSERT INTO {s}.cadres (cadre_id, gender, age_band, party_member, division_code,"
        " registered_on) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (cadre_id) DO UPDATE SET"
        " gender = COALESCE(EXCLUDED.gender, cadres.gender),"
        " age_band = COALESCE(EXCLUDED.age_band, cadres.age_band),"
        " party_member = COALESCE(EXCLUDED.party_member, cadres.party_member),"
        " division_code = COALESCE(cadres.division_code, EXCLUDED.division_code),"
        " registered_on = LEAST(cadres.registered_on, EXCLUDED.registered_on)",
        (
            d["cadre_id"],
            d.get("gender"),
            d.get("age_band"),
            d.get("party_member"),
            division,
            event_day(e),
        ),
    )


def registered(e: EventLike) -> Projection:
    d = e.data
    division = d.get("division_code")
    ops = [
        _cadre_row(e, division),
        _education(d["cadre_id"], _SINCE_ALWAYS, d["education_level"], e.event_id),
    ]
    # The level holds since always, so every past day's figures may change.
    return Projection(ops, [division] if division else [], _SINCE_ALWAYS)


def appointed(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "appointed_on") or event_day(e)
    division = d["division_code"]
    label = POST_LABELS.get(d["post"], d["post"])
    ops = [
        _cadre_row(e, None),
        _education(d["cadre_id"], on, d["education_level"], e.event_id),
        post_started(
            "cadre",
            d["org_unit_id"],
            d["cadre_id"],
            d["post"],
            division,
            on,
            bool(d.get("also_village_head")),
        ),
        activity(e, division, "appointment", f"任命{label}"),
    ]
    return Projection(ops, [division], on)


def left_post(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "left_on") or event_day(e)
    division = d["division_code"]
    label = POST_LABELS.get(d["post"], d["post"])
    ops = [
        post_ended("cadre", d["org_unit_id"], d["cadre_id"], d["post"], on),
        activity(e, division, "left_post", f"{label}离任"),
    ]
    return Projection(ops, [division], on)


def nominated(e: EventLike) -> Projection:
    d = e.data
    label = POST_LABELS.get(d["post"], d["post"])
    op = activity(e, d["division_code"], "nomination", f"民主推荐{label}人选")
    return Projection([op], [d["division_code"]])


def education_upgraded(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "upgraded_on") or event_day(e)
    op = _education(d["cadre_id"], on, d["to_level"], e.event_id)
    return Projection([op], _divisions(d), on)


def _upgrade(e: EventLike, enrolled: dt.date | None, graduated: dt.date | None) -> Op:
    d = e.data
    # Enrolment and graduation may arrive in either order: each fills only its column.
    return Op(
        "INSERT INTO {s}.upgrades (upgrade_id, cadre_id, division_code, target_level,"
        " enrolled_on, graduated_on) VALUES ($1, $2, $3, $4, $5, $6)"
        " ON CONFLICT (upgrade_id) DO UPDATE SET"
        " division_code = COALESCE(upgrades.division_code, EXCLUDED.division_code),"
        " target_level = COALESCE(EXCLUDED.target_level, upgrades.target_level),"
        " enrolled_on = COALESCE(EXCLUDED.enrolled_on, upgrades.enrolled_on),"
        " graduated_on = COALESCE(EXCLUDED.graduated_on, upgrades.graduated_on)",
        (
            d["upgrade_id"],
            d["cadre_id"],
            d.get("division_code"),
            d.get("target_level"),
            enrolled,
            graduated,
        ),
    )


def upgrade_enrolled(e: EventLike) -> Projection:
    on = day(e.data, "enrolled_on") or event_day(e)
    ops = [
        _upgrade(e, on, None),
        activity(e, e.data.get("division_code"), "upgrade", "学历提升报名入学"),
    ]
    return Projection(ops, _divisions(e.data), on)


def upgrade_graduated(e: EventLike) -> Projection:
    on = day(e.data, "graduated_on") or event_day(e)
    ops = [
        _upgrade(e, None, on),
        activity(e, e.data.get("division_code"), "upgrade", "学历提升毕业"),
    ]
    return Projection(ops, _divisions(e.data), on)


def training_completed(e: EventLike) -> Projection:
    d = e.data
    on = day(d, "completed_on") or event_day(e)
    op = Op(
        "INSERT INTO {s}.trainings (training_id, cadre_id, division_code, topic, hours,"
        " completed_on) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (training_id) DO NOTHING",
        (
            d["training_id"],
            d["cadre_id"],
            d.get("division_code"),
            first(d, "topic_category", "topic"),
            float(d["hours"]),
            on,
        ),
    )
    return Projection([op], _divisions(d), on)


def _student(e: EventLike, column: str, on: dt.date) -> Op:
    d = e.data
    starts, ends = day(d, "starts_on"), day(d, "ends_on")
    values = {"converted_on": None, "departed_on": None, column: on}
    return Op(
        "INSERT INTO {s}.student_officials (cadre_id, division_code, starts_on, ends_on,"
        " converted_on, departed_on) VALUES ($1, $2, $3, $4, $5, $6)"
        " ON CONFLICT (cadre_id) DO UPDATE SET"
        " division_code = COALESCE(EXCLUDED.division_code, student_officials.division_code),"
        " starts_on = COALESCE(EXCLUDED.starts_on, student_officials.starts_on),"
        " ends_on = COALESCE(EXCLUDED.ends_on, student_officials.ends_on),"
        " converted_on = COALESCE(EXCLUDED.converted_on, student_officials.converted_on),"
        " departed_on = COALESCE(EXCLUDED.departed_on, student_officials.departed_on)",
        (
            d["cadre_id"],
            d.get("division_code"),
            starts,
            ends,
            values["converted_on"],
            values["departed_on"],
        ),
    )


def student_assigned(e: EventLike) -> Projection:
    on = day(e.data, "starts_on") or event_day(e)
    div = e.data.get("division_code")
    ops = [
        _student(e, "starts_on", on),
        activity(e, div, "student_official", "大学生村官到村任职"),
    ]
    return Projection(ops, _divisions(e.data), on)


def student_converted(e: EventLike) -> Projection:
    on = day(e.data, "converted_on") or event_day(e)
    div = e.data.get("division_code")
    ops = [
        _student(e, "converted_on", on),
        activity(e, div, "student_official", "大学生村官转任村干部"),
    ]
    return Projection(ops, _divisions(e.data), on)


def student_departed(e: EventLike) -> Projection:
    on = day(e.data, "departed_on") or event_day(e)
    return Projection([_student(e, "departed_on", on)], _divisions(e.data), on)


def evaluated(e: EventLike) -> Projection:
    d = e.data
    op = Op(
        "INSERT INTO {s}.evaluations (cadre_id, year, grade, division_code)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT (cadre_id, year) DO UPDATE SET grade = EXCLUDED.grade",
        (d["cadre_id"], int(d["year"]), d["grade"], d.get("division_code")),
    )
    return Projection([op], _divisions(d))


def _divisions(data: dict[str, object]) -> list[str]:
    division = data.get("division_code")
    return [str(division)] if division else []


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "CadreRegistered.v1": registered,
    _NS + "AppointmentNominated.v1": nominated,
    _NS + "CadreAppointed.v1": appointed,
    _NS + "CadreLeftPost.v1": left_post,
    _NS + "EducationUpgraded.v1": education_upgraded,
    _NS + "AcademicUpgradeEnrolled.v1": upgrade_enrolled,
    _NS + "AcademicUpgradeGraduated.v1": upgrade_graduated,
    _NS + "TrainingCompleted.v1": training_completed,
    _NS + "StudentOfficialAssigned.v1": student_assigned,
    _NS + "StudentOfficialConverted.v1": student_converted,
    _NS + "StudentOfficialDeparted.v1": student_departed,
    _NS + "CadreEvaluated.v1": evaluated,
}
