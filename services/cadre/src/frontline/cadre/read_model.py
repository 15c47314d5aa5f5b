"""Read-model updates, run inside each command's transaction (so queries see a
command's effect as soon as it answers)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.remuneration_summary import RemunerationSummaryPublished
from frontline.kernel.eventstore import StoredEvent

Conn = asyncpg.Connection
Apply = Callable[[Conn, str, Any, CadreState], Awaitable[None]]


async def _registered(conn: Conn, cadre_id: str, e: ev.CadreRegistered, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO cadres (cadre_id, division_code, gender, age_band, education_level,"
        " party_member, registered_on, sealed_personal) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
        cadre_id, e.division_code, e.gender, e.age_band, e.education_level,
        e.party_member, e.registered_on, e.sealed_personal,
    )  # fmt: skip


async def _updated(conn: Conn, cadre_id: str, e: ev.PersonalDataUpdated, s: CadreState) -> None:
    await conn.execute(
        "UPDATE cadres SET sealed_personal = $2 WHERE cadre_id = $1", cadre_id, e.sealed_personal
    )


async def _erased(conn: Conn, cadre_id: str, e: ev.PersonalDataErased, s: CadreState) -> None:
    # Destroying the key is the erasure; the identity row goes so the person is unknown.
    await conn.execute("DELETE FROM subject_keys WHERE subject_id = $1", cadre_id)
    await conn.execute("DELETE FROM cadre_identities WHERE cadre_id = $1", cadre_id)
    await conn.execute(
        "UPDATE cadres SET sealed_personal = NULL, erased_on = $2 WHERE cadre_id = $1",
        cadre_id, e.erased_on,
    )  # fmt: skip


async def _nominated(conn: Conn, cadre_id: str, e: ev.AppointmentNominated, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO appointment_procedures (procedure_id, cadre_id, org_unit_id, division_code,"
        " post, stage, nominated_on, term_end, also_village_head)"
        " VALUES ($1,$2,$3,$4,$5,'nominated',$6,$7,$8)",
        e.procedure_id, cadre_id, e.org_unit_id, e.division_code, e.post,
        e.nominated_on, e.term_end, e.also_village_head,
    )  # fmt: skip


async def _inspected(conn: Conn, cadre_id: str, e: ev.CandidateInspected, s: CadreState) -> None:
    await conn.execute(
        "UPDATE appointment_procedures SET stage = 'inspected', integrity_opinion = $2"
        " WHERE procedure_id = $1",
        e.procedure_id, e.integrity_opinion,
    )  # fmt: skip


async def _notice(conn: Conn, cadre_id: str, e: ev.PublicNoticeStarted, s: CadreState) -> None:
    await conn.execute(
        "UPDATE appointment_procedures SET stage = 'in_notice', notice_starts_on = $2,"
        " notice_ends_on = $3, notice_provisional = $4 WHERE procedure_id = $1",
        e.procedure_id, e.starts_on, e.ends_on, e.provisional,
    )  # fmt: skip


async def _rescheduled(
    conn: Conn, cadre_id: str, e: ev.PublicNoticeRescheduled, s: CadreState
) -> None:
    await conn.execute(
        "UPDATE appointment_procedures SET notice_ends_on = $2, notice_provisional = $3"
        " WHERE procedure_id = $1",
        e.procedure_id, e.ends_on, e.provisional,
    )  # fmt: skip


async def _withdrawn(conn: Conn, cadre_id: str, e: ev.AppointmentWithdrawn, s: CadreState) -> None:
    await conn.execute(
        "UPDATE appointment_procedures SET stage = 'withdrawn', finished_on = $2"
        " WHERE procedure_id = $1",
        e.procedure_id, e.withdrawn_on,
    )  # fmt: skip


async def _appointed(conn: Conn, cadre_id: str, e: ev.CadreAppointed, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO post_holdings (org_unit_id, post, cadre_id, division_code, since, term_end,"
        " also_village_head, via) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
        e.org_unit_id, e.post, cadre_id, e.division_code, e.appointed_on, e.term_end,
        e.also_village_head, e.via,
    )  # fmt: skip
    if e.procedure_id is not None:
        await conn.execute(
            "UPDATE appointment_procedures SET stage = 'appointed', finished_on = $2"
            " WHERE procedure_id = $1",
            e.procedure_id, e.appointed_on,
        )  # fmt: skip


async def _left(conn: Conn, cadre_id: str, e: ev.CadreLeftPost, s: CadreState) -> None:
    await conn.execute(
        "DELETE FROM post_holdings WHERE org_unit_id = $1 AND post = $2 AND cadre_id = $3",
        e.org_unit_id, e.post, cadre_id,
    )  # fmt: skip


async def _enrolled(
    conn: Conn, cadre_id: str, e: ev.AcademicUpgradeEnrolled, s: CadreState
) -> None:
    await conn.execute(
        "INSERT INTO academic_upgrades (upgrade_id, cadre_id, target_level, institution,"
        " enrolled_on) VALUES ($1,$2,$3,$4,$5)",
        e.upgrade_id, cadre_id, e.target_level, e.institution, e.enrolled_on,
    )  # fmt: skip


async def _graduated(
    conn: Conn, cadre_id: str, e: ev.AcademicUpgradeGraduated, s: CadreState
) -> None:
    await conn.execute(
        "UPDATE academic_upgrades SET graduated_on = $2 WHERE upgrade_id = $1",
        e.upgrade_id, e.graduated_on,
    )  # fmt: skip
    await conn.execute(
        "UPDATE cadres SET education_level = $2 WHERE cadre_id = $1", cadre_id, e.to_level
    )


async def _training(conn: Conn, cadre_id: str, e: ev.TrainingStarted, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO trainings (training_id, cadre_id, topic, title, planned_hours, started_on)"
        " VALUES ($1,$2,$3,$4,$5,$6)",
        e.training_id, cadre_id, e.topic_category, e.title, e.planned_hours, e.started_on,
    )  # fmt: skip


async def _trained(conn: Conn, cadre_id: str, e: ev.TrainingCompleted, s: CadreState) -> None:
    await conn.execute(
        "UPDATE trainings SET hours = $2, completed_on = $3 WHERE training_id = $1",
        e.training_id, e.hours, e.completed_on,
    )  # fmt: skip


async def _assigned(
    conn: Conn, cadre_id: str, e: ev.StudentOfficialAssigned, s: CadreState
) -> None:
    await conn.execute(
        "INSERT INTO student_officials (cadre_id, village_code, term_years, starts_on, ends_on,"
        " status) VALUES ($1,$2,$3,$4,$5,'serving')",
        cadre_id, e.village_code, e.term_years, e.starts_on, e.ends_on,
    )  # fmt: skip


async def _converted(
    conn: Conn, cadre_id: str, e: ev.StudentOfficialConverted, s: CadreState
) -> None:
    await _official_finished(conn, cadre_id, "converted", e.converted_on)


async def _departed(
    conn: Conn, cadre_id: str, e: ev.StudentOfficialDeparted, s: CadreState
) -> None:
    await _official_finished(conn, cadre_id, "departed", e.departed_on)


async def _official_finished(conn: Conn, cadre_id: str, status: str, on: object) -> None:
    await conn.execute(
        "UPDATE student_officials SET status = $2, finished_on = $3 WHERE cadre_id = $1",
        cadre_id, status, on,
    )  # fmt: skip


async def _evaluated(conn: Conn, cadre_id: str, e: ev.CadreEvaluated, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO evaluations (cadre_id, year, grade, achievements) VALUES ($1,$2,$3,$4)",
        cadre_id, e.year, e.grade, list(e.achievements),
    )  # fmt: skip


async def _paid(conn: Conn, cadre_id: str, e: ev.RemunerationRecorded, s: CadreState) -> None:
    await conn.execute(
        "INSERT INTO remunerations (cadre_id, year, township_code, amount_yuan)"
        " VALUES ($1,$2,$3,$4) ON CONFLICT (cadre_id, year)"
        " DO UPDATE SET amount_yuan = EXCLUDED.amount_yuan",
        cadre_id, e.year, s.division_code[:9], e.amount_yuan,
    )  # fmt: skip


APPLY: dict[type[Any], Apply] = {
    ev.CadreRegistered: _registered,
    ev.PersonalDataUpdated: _updated,
    ev.PersonalDataErased: _erased,
    ev.AppointmentNominated: _nominated,
    ev.CandidateInspected: _inspected,
    ev.PublicNoticeStarted: _notice,
    ev.PublicNoticeRescheduled: _rescheduled,
    ev.AppointmentWithdrawn: _withdrawn,
    ev.CadreAppointed: _appointed,
    ev.CadreLeftPost: _left,
    ev.AcademicUpgradeEnrolled: _enrolled,
    ev.AcademicUpgradeGraduated: _graduated,
    ev.TrainingStarted: _training,
    ev.TrainingCompleted: _trained,
    ev.StudentOfficialAssigned: _assigned,
    ev.StudentOfficialConverted: _converted,
    ev.StudentOfficialDeparted: _departed,
    ev.CadreEvaluated: _evaluated,
    ev.RemunerationRecorded: _paid,
}


async def project_cadre(conn: Conn, stored: Sequence[StoredEvent], state: CadreState) -> None:
    for item in stored:
        await APPLY[type(item.event)](conn, item.stream_id, item.event, state)


async def project_summary(conn: Conn, stored: Sequence[StoredEvent], state: object) -> None:
    for item in stored:
        e = item.event
        assert isinstance(e, RemunerationSummaryPublished)
        await conn.execute(
            "INSERT INTO remuneration_summaries (township_code, year, cadre_count, average_yuan,"
            " median_yuan, growth_rate, published_on) VALUES ($1,$2,$3,$4,$5,$6,$7)"
            " ON CONFLICT (township_code, year) DO UPDATE SET cadre_count = EXCLUDED.cadre_count,"
            " average_yuan = EXCLUDED.average_yuan, median_yuan = EXCLUDED.median_yuan,"
            " growth_rate = EXCLUDED.growth_rate, published_on = EXCLUDED.published_on",
            e.township_code, e.year, e.cadre_count, e.average_yuan, e.median_yuan,
            e.growth_rate, e.published_on,
        )  # fmt: skip
