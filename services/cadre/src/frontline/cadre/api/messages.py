"""Read-model rows to protobuf messages."""

from __future__ import annotations

from typing import Any

import asyncpg

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.api.convert import date_text, enum_number
from frontline.cadre.personal_data import PersonalFields

Row = asyncpg.Record


def personal(
    row: Row, fields: PersonalFields | None, allowed: bool
) -> pb.PersonalData:  # fmt: skip
    if not allowed:
        return pb.PersonalData(status=pb.PERSONAL_DATA_STATUS_WITHHELD)
    if fields is None or row["erased_on"] is not None:
        return pb.PersonalData(status=pb.PERSONAL_DATA_STATUS_ERASED)
    return pb.PersonalData(
        status=pb.PERSONAL_DATA_STATUS_SHOWN,
        name=fields.name,
        birth_date=fields.birth_date.isoformat(),
        phone=fields.phone,
    )


def cadre(row: Row, personal_data: pb.PersonalData) -> pb.Cadre:
    return pb.Cadre(
        cadre_id=row["cadre_id"],
        division_code=row["division_code"],
        gender=enum_number(pb.Gender, row["gender"]),
        age_band=row["age_band"],
        education_level=enum_number(pb.EducationLevel, row["education_level"]),
        party_member=row["party_member"],
        registered_on=date_text(row["registered_on"]),
        personal=personal_data,
    )


def holding(row: Row) -> pb.PostHolding:
    return pb.PostHolding(
        cadre_id=row["cadre_id"],
        org_unit_id=row["org_unit_id"],
        division_code=row["division_code"],
        post=enum_number(pb.Post, row["post"]),
        since=date_text(row["since"]),
        term_end=date_text(row["term_end"]),
        also_village_head=row["also_village_head"],
        via=row["via"],
    )


def evaluation(row: Row) -> pb.Evaluation:
    return pb.Evaluation(
        year=row["year"],
        grade=enum_number(pb.EvaluationGrade, row["grade"]),
        achievements=list(row["achievements"]),
    )


def student_official(row: Row) -> pb.StudentOfficial:
    return pb.StudentOfficial(
        cadre_id=row["cadre_id"],
        village_code=row["village_code"],
        term_years=row["term_years"],
        starts_on=date_text(row["starts_on"]),
        ends_on=date_text(row["ends_on"]),
        status=row["status"],
        finished_on=date_text(row["finished_on"]),
        latest_grade=enum_number(pb.EvaluationGrade, row["latest_grade"]),
    )


def procedure(row: Row) -> pb.AppointmentProcedure:
    return pb.AppointmentProcedure(
        procedure_id=row["procedure_id"],
        cadre_id=row["cadre_id"],
        org_unit_id=row["org_unit_id"],
        division_code=row["division_code"],
        post=enum_number(pb.Post, row["post"]),
        stage=row["stage"],
        nominated_on=date_text(row["nominated_on"]),
        integrity_opinion=enum_number(pb.IntegrityOpinion, row["integrity_opinion"]),
        notice_starts_on=date_text(row["notice_starts_on"]),
        notice_ends_on=date_text(row["notice_ends_on"]),
        notice_provisional=row["notice_provisional"],
        term_end=date_text(row["term_end"]),
        also_village_head=row["also_village_head"],
        finished_on=date_text(row["finished_on"]),
    )


def academic_upgrade(row: Row) -> pb.AcademicUpgrade:
    return pb.AcademicUpgrade(
        upgrade_id=row["upgrade_id"],
        target_level=enum_number(pb.EducationLevel, row["target_level"]),
        institution=row["institution"],
        enrolled_on=date_text(row["enrolled_on"]),
        graduated_on=date_text(row["graduated_on"]),
    )


def training(row: Row) -> pb.Training:
    values: dict[str, Any] = {
        "training_id": row["training_id"],
        "topic": enum_number(pb.TrainingTopic, row["topic"]),
        "title": row["title"],
        "planned_hours": row["planned_hours"],
        "hours": row["hours"] or 0.0,
        "started_on": date_text(row["started_on"]),
        "completed_on": date_text(row["completed_on"]),
    }
    return pb.Training(**values)
