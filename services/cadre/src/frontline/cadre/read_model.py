"""The read model's writes, as data: each row written whole from the cadre's view.

Projections return ``Op``s (frontline.kernel.ops) and the kernel sends them with the
command's events. Each event names the rows it changed; most commands change one
row, so they are one statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.remuneration_summary import RemunerationSummaryPublished
from frontline.cadre.domain.small_groups import SummaryState
from frontline.cadre.erasure import erasure_ops
from frontline.cadre.views import (
    CadreView,
    EvaluationView,
    HoldingView,
    PayView,
    ProcedureView,
    StudentOfficialView,
    TrainingView,
    UpgradeView,
)
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op

_UPSERT_CADRE = """
INSERT INTO cadres (cadre_id, division_code, gender, age_band, education_level,
    party_member, registered_on, sealed_personal, erased_on)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
ON CONFLICT (cadre_id) DO UPDATE SET education_level = EXCLUDED.education_level,
    sealed_personal = EXCLUDED.sealed_personal, erased_on = EXCLUDED.erased_on
"""

_UPSERT_PROCEDURE = """
INSERT INTO appointment_procedures (procedure_id, cadre_id, org_unit_id, division_code,
    post, stage, nominated_on, integrity_opinion, notice_starts_on, notice_ends_on,
    notice_provisional, term_end, also_village_head, finished_on, objection,
    objection_reported_on, objection_checked_on)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
ON CONFLICT (procedure_id) DO UPDATE SET stage = EXCLUDED.stage,
    integrity_opinion = EXCLUDED.integrity_opinion,
    notice_starts_on = EXCLUDED.notice_starts_on, notice_ends_on = EXCLUDED.notice_ends_on,
    notice_provisional = EXCLUDED.notice_provisional, finished_on = EXCLUDED.finished_on,
    objection = EXCLUDED.objection, objection_reported_on = EXCLUDED.objection_reported_on,
    objection_checked_on = EXCLUDED.objection_checked_on
"""

_UPSERT_HOLDING = """
INSERT INTO post_holdings (org_unit_id, post, cadre_id, division_code, since, term_end,
    also_village_head, via)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (org_unit_id, post, cadre_id) DO UPDATE SET since = EXCLUDED.since,
    term_end = EXCLUDED.term_end, also_village_head = EXCLUDED.also_village_head,
    via = EXCLUDED.via
"""

_UPSERT_UPGRADE = """
INSERT INTO academic_upgrades (upgrade_id, cadre_id, target_level, institution, enrolled_on,
    graduated_on)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (upgrade_id) DO UPDATE SET graduated_on = EXCLUDED.graduated_on
"""

_UPSERT_TRAINING = """
INSERT INTO trainings (training_id, cadre_id, topic, title, planned_hours, hours, started_on,
    completed_on)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (training_id) DO UPDATE SET hours = EXCLUDED.hours,
    completed_on = EXCLUDED.completed_on
"""

_UPSERT_OFFICIAL = """
INSERT INTO student_officials (cadre_id, village_code, term_years, starts_on, ends_on, status,
    finished_on)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (cadre_id) DO UPDATE SET status = EXCLUDED.status,
    finished_on = EXCLUDED.finished_on
"""

_UPSERT_EVALUATION = """
INSERT INTO evaluations (cadre_id, year, grade, achievements) VALUES ($1, $2, $3, $4)
ON CONFLICT (cadre_id, year) DO UPDATE SET grade = EXCLUDED.grade,
    achievements = EXCLUDED.achievements
"""

# One person's pay, sealed, kept for the township summary only (never published).
_UPSERT_PAY = """
INSERT INTO remunerations (cadre_id, year, township_code, sealed_amount, legacy_amount_yuan)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (cadre_id, year) DO UPDATE SET sealed_amount = EXCLUDED.sealed_amount,
    legacy_amount_yuan = EXCLUDED.legacy_amount_yuan
"""


def _cadre(e: Any, s: CadreState) -> list[Op]:
    v = CadreView.of_state(s)
    return [
        Op(
            _UPSERT_CADRE,
            (
                v.cadre_id,
                v.division_code,
                v.gender,
                v.age_band,
                v.education_level,
                v.party_member,
                v.registered_on,
                v.sealed_personal,
                v.erased_on,
            ),
        )
    ]


def _erased(e: ev.PersonalDataErased, s: CadreState) -> list[Op]:
    return [*erasure_ops(s.cadre_id), *_cadre(e, s)]


def _procedure(e: Any, s: CadreState) -> list[Op]:
    v = ProcedureView.of_state(s, e.procedure_id)
    return [
        Op(
            _UPSERT_PROCEDURE,
            (
                v.procedure_id,
                v.cadre_id,
                v.org_unit_id,
                v.division_code,
                v.post,
                v.stage,
                v.nominated_on,
                v.integrity_opinion,
                v.notice_starts_on,
                v.notice_ends_on,
                v.notice_provisional,
                v.term_end,
                v.also_village_head,
                v.finished_on,
                v.objection,
                v.objection_reported_on,
                v.objection_checked_on,
            ),
        )
    ]


def _appointed(e: ev.CadreAppointed, s: CadreState) -> list[Op]:
    h = HoldingView.of_state(s, e.org_unit_id, e.post)
    holding = Op(
        _UPSERT_HOLDING,
        (
            h.org_unit_id,
            h.post,
            h.cadre_id,
            h.division_code,
            h.since,
            h.term_end,
            h.also_village_head,
            h.via,
        ),
    )
    return [holding, *(_procedure(e, s) if e.procedure_id is not None else [])]


def _left(e: ev.CadreLeftPost, s: CadreState) -> list[Op]:
    return [
        Op(
            "DELETE FROM post_holdings WHERE org_unit_id = $1 AND post = $2 AND cadre_id = $3",
            (e.org_unit_id, e.post, s.cadre_id),
        )
    ]


def _upgrade(e: Any, s: CadreState) -> list[Op]:
    v = UpgradeView.of_state(s, e.upgrade_id)
    args = (v.upgrade_id, v.cadre_id, v.target_level, v.institution, v.enrolled_on, v.graduated_on)
    return [Op(_UPSERT_UPGRADE, args)]


def _graduated(e: ev.AcademicUpgradeGraduated, s: CadreState) -> list[Op]:
    return [*_upgrade(e, s), *_cadre(e, s)]  # the cadre's education level rose


def _training(e: Any, s: CadreState) -> list[Op]:
    v = TrainingView.of_state(s, e.training_id)
    args = (
        v.training_id,
        v.cadre_id,
        v.topic_category,
        v.title,
        v.planned_hours,
        v.hours,
        v.started_on,
        v.completed_on,
    )
    return [Op(_UPSERT_TRAINING, args)]


def _official(e: Any, s: CadreState) -> list[Op]:
    v = StudentOfficialView.of_state(s)
    args = (
        v.cadre_id,
        v.village_code,
        v.term_years,
        v.starts_on,
        v.ends_on,
        v.status,
        v.finished_on,
    )
    return [Op(_UPSERT_OFFICIAL, args)]


def _evaluated(e: ev.CadreEvaluated, s: CadreState) -> list[Op]:
    v = EvaluationView.of_state(s, e.year)
    return [Op(_UPSERT_EVALUATION, (v.cadre_id, v.year, v.grade, list(v.achievements)))]


def _paid(e: ev.RemunerationRecorded, s: CadreState) -> list[Op]:
    v = PayView.of_state(s, e.year)
    args = (v.cadre_id, v.year, v.township_code, v.sealed_amount, v.legacy_amount_yuan)
    return [Op(_UPSERT_PAY, args)]


ROWS: dict[type[DomainEvent], Callable[[Any, CadreState], list[Op]]] = {
    ev.CadreRegistered: _cadre,
    ev.PersonalDataUpdated: _cadre,
    ev.PersonalDataErased: _erased,
    ev.AppointmentNominated: _procedure,
    ev.CandidateInspected: _procedure,
    ev.PublicNoticeStarted: _procedure,
    ev.PublicNoticeRescheduled: _procedure,
    ev.NoticeObjectionReported: _procedure,
    ev.NoticeObjectionChecked: _procedure,
    ev.AppointmentWithdrawn: _procedure,
    ev.CadreAppointed: _appointed,
    ev.CadreLeftPost: _left,
    ev.AcademicUpgradeEnrolled: _upgrade,
    ev.AcademicUpgradeGraduated: _graduated,
    ev.TrainingStarted: _training,
    ev.TrainingCompleted: _training,
    ev.StudentOfficialAssigned: _official,
    ev.StudentOfficialConverted: _official,
    ev.StudentOfficialDeparted: _official,
    ev.CadreEvaluated: _evaluated,
    ev.RemunerationRecorded: _paid,
    ev.IntegrityOpinionReceived: _procedure,
    # Sanctions only bar nominations (the decider's state); the posts they end are
    # CadreLeftPost events of their own.
    ev.SanctionRecorded: lambda e, s: [],
    ev.SanctionLifted: lambda e, s: [],
}


def cadre_ops(stored: Sequence[StoredEvent], s: CadreState) -> list[Op]:
    ops: list[Op] = []
    for item in stored:
        for op in ROWS[type(item.event)](item.event, s):
            if op not in ops:  # two events of one command may change the same row
                ops.append(op)
    return ops


_UPSERT_SUMMARY = """
INSERT INTO remuneration_summaries (township_code, year, cadre_count, average_yuan,
    growth_rate, published_on, revision)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (township_code, year) DO UPDATE SET cadre_count = EXCLUDED.cadre_count,
    average_yuan = EXCLUDED.average_yuan, growth_rate = EXCLUDED.growth_rate,
    published_on = EXCLUDED.published_on, revision = EXCLUDED.revision
"""


def summary_ops(stored: Sequence[StoredEvent], s: SummaryState) -> list[Op]:
    """The township-year's latest published figures (growth reads the previous year's)."""
    ops = []
    for item in stored:
        e = item.event
        assert isinstance(e, RemunerationSummaryPublished)
        args = (
            e.township_code,
            e.year,
            e.cadre_count,
            e.average_yuan,
            e.growth_rate,
            e.published_on,
            s.revision,
        )
        ops.append(Op(_UPSERT_SUMMARY, args))
    return ops
