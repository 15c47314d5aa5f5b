"""Views to proto messages, and the request values the kernel's conversion does not
cover: the cadre vocabulary (``Literal`` words, not enums) and hours."""

from __future__ import annotations

import math
from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.use_cases.registry import CadreRecord, Personal
from frontline.cadre.views import (
    CadreView,
    EvaluationView,
    HoldingView,
    ProcedureView,
    StudentOfficialView,
    TrainingView,
    UpgradeView,
)
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument

# A course is at most a year of full-time study (the commands' own bound).
MOST_HOURS = 2000.0


def word(enum: cv.ProtoEnum, value: int, field: str) -> Any:
    """A proto enum value as the cadre vocabulary's word (``POST_SECRETARY`` → ``secretary``);
    UNSPECIFIED or unknown is refused. ``Any``: the command checks the word's type."""
    if value == 0 or value not in enum.values():
        choices = ", ".join(cv.enum_value(enum, n) for n in enum.values() if n)
        raise InvalidArgument.field(
            field, "must be one of: {choices}", "NOT_ONE_OF", choices=choices
        )
    return cv.enum_value(enum, value)


def hours(value: float, field: str) -> float:
    """A positive number of hours, at most ``MOST_HOURS``."""
    if not (math.isfinite(value) and 0 < value <= MOST_HOURS):
        raise InvalidArgument.field(
            field, "must be more than 0 and at most {most}", "HOURS", most=f"{MOST_HOURS:g}"
        )
    return value


def personal(p: Personal) -> pb.PersonalData:
    if p.status == "withheld":
        return pb.PersonalData(status=pb.PERSONAL_DATA_STATUS_WITHHELD)
    if p.fields is None:
        return pb.PersonalData(status=pb.PERSONAL_DATA_STATUS_ERASED)
    return pb.PersonalData(
        status=pb.PERSONAL_DATA_STATUS_SHOWN,
        name=p.fields.name,
        birth_date=p.fields.birth_date.isoformat(),
        phone=p.fields.phone,
    )


def _cadre(v: CadreView, personal_data: pb.PersonalData) -> pb.Cadre:
    return pb.Cadre(
        cadre_id=v.cadre_id,
        division_code=v.division_code,
        gender=cv.enum_out(pb.Gender, v.gender),
        age_band=v.age_band,
        education_level=cv.enum_out(pb.EducationLevel, v.education_level),
        party_member=v.party_member,
        registered_on=cv.iso(v.registered_on),
        personal=personal_data,
    )


def cadre(record: CadreRecord) -> pb.Cadre:
    message = _cadre(record.cadre, personal(record.personal))
    message.posts.extend(holding(h) for h in record.posts)
    message.evaluations.extend(evaluation(e) for e in record.evaluations)
    if record.student_official is not None:
        message.student_official.CopyFrom(student_official(record.student_official))
    return message


def holding(v: HoldingView) -> pb.PostHolding:
    return pb.PostHolding(
        cadre_id=v.cadre_id,
        org_unit_id=v.org_unit_id,
        division_code=v.division_code,
        post=cv.enum_out(pb.Post, v.post),
        since=cv.iso(v.since),
        term_end=cv.iso(v.term_end),
        also_village_head=v.also_village_head,
        via=v.via,
    )


def evaluation(v: EvaluationView) -> pb.Evaluation:
    return pb.Evaluation(
        year=v.year,
        grade=cv.enum_out(pb.EvaluationGrade, v.grade),
        achievements=list(v.achievements),
    )


def student_official(v: StudentOfficialView) -> pb.StudentOfficial:
    return pb.StudentOfficial(
        cadre_id=v.cadre_id,
        village_code=v.village_code,
        term_years=v.term_years,
        starts_on=cv.iso(v.starts_on),
        ends_on=cv.iso(v.ends_on),
        status=v.status,
        finished_on=cv.iso(v.finished_on),
        latest_grade=cv.enum_out(pb.EvaluationGrade, v.latest_grade),
    )


def procedure(v: ProcedureView) -> pb.AppointmentProcedure:
    return pb.AppointmentProcedure(
        procedure_id=v.procedure_id,
        cadre_id=v.cadre_id,
        org_unit_id=v.org_unit_id,
        division_code=v.division_code,
        post=cv.enum_out(pb.Post, v.post),
        stage=v.stage,
        nominated_on=cv.iso(v.nominated_on),
        integrity_opinion=cv.enum_out(pb.IntegrityOpinion, v.integrity_opinion),
        notice_starts_on=cv.iso(v.notice_starts_on),
        notice_ends_on=cv.iso(v.notice_ends_on),
        notice_provisional=v.notice_provisional,
        term_end=cv.iso(v.term_end),
        also_village_head=v.also_village_head,
        finished_on=cv.iso(v.finished_on),
        objection=v.objection or "",
        objection_reported_on=cv.iso(v.objection_reported_on),
        objection_checked_on=cv.iso(v.objection_checked_on),
    )


def academic_upgrade(v: UpgradeView) -> pb.AcademicUpgrade:
    return pb.AcademicUpgrade(
        upgrade_id=v.upgrade_id,
        target_level=cv.enum_out(pb.EducationLevel, v.target_level),
        institution=v.institution,
        enrolled_on=cv.iso(v.enrolled_on),
        graduated_on=cv.iso(v.graduated_on),
    )


def training(v: TrainingView) -> pb.Training:
    return pb.Training(
        training_id=v.training_id,
        topic=cv.enum_out(pb.TrainingTopic, v.topic_category),
        title=v.title,
        planned_hours=v.planned_hours,
        hours=v.hours or 0.0,
        started_on=cv.iso(v.started_on),
        completed_on=cv.iso(v.completed_on),
    )
