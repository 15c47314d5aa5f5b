"""The cadre service's words, shared by domain events, commands and public events.

The value sets are the public contract's (``frontline.contracts.cadre``), so a
domain value always maps onto a public one without translation.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import StringConstraints

from frontline.contracts.cadre import (
    AgeBand,
    AppointmentVia,
    EducationLevel,
    EvaluationGrade,
    Gender,
    LeaveReason,
    Post,
    TrainingTopic,
)
from frontline.contracts.discipline import MeasureKind, MeasureType, Opinion

__all__ = [
    "EDUCATION_ORDER",
    "AgeBand",
    "AppointmentVia",
    "DivisionCode",
    "EducationLevel",
    "EvaluationGrade",
    "Gender",
    "IntegrityOpinion",
    "LeaveReason",
    "MeasureKind",
    "MeasureType",
    "ObjectionOutcome",
    "Post",
    "StudentDepartureReason",
    "TrainingTopic",
]

# County 6 digits, township/street 9, village/community 12 (DOMAIN.md "Places and units").
DivisionCode = Annotated[str, StringConstraints(pattern=r"^(\d{6}|\d{9}|\d{12})$")]

# The discipline service's integrity opinion (廉洁意见) on an inspected candidate, and
# its sanctions (影响期): the discipline contract's words.
IntegrityOpinion = Opinion

# What checking an objection reported during the public notice found (任前公示期间反映问题).
ObjectionOutcome = Literal["cleared", "upheld"]

StudentDepartureReason = Literal["term_end", "resignation", "other"]

EDUCATION_ORDER: tuple[EducationLevel, ...] = (
    "primary",
    "junior_secondary",
    "senior_secondary",
    "vocational",
    "college",
    "bachelor",
    "postgraduate",
)


def education_rank(level: EducationLevel) -> int:
    return EDUCATION_ORDER.index(level)
