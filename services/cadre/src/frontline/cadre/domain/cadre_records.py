"""The records a cadre's state keeps: procedures, posts held, Double Training,
student-official service and evaluations (the read model shows them as they are here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from frontline.cadre.domain.vocabulary import (
    AppointmentVia,
    EducationLevel,
    EvaluationGrade,
    IntegrityOpinion,
    Post,
    TrainingTopic,
)

ProcedureStage = Literal["nominated", "inspected", "in_notice", "appointed", "withdrawn"]
OPEN_STAGES: frozenset[ProcedureStage] = frozenset({"nominated", "inspected", "in_notice"})
ServiceStatus = Literal["serving", "converted", "departed"]
# An objection reported during the notice: open until checked, then its outcome.
ObjectionState = Literal["open", "cleared", "upheld"]


@dataclass(frozen=True)
class Procedure:
    org_unit_id: str
    division_code: str
    post: Post
    term_end: date | None
    also_village_head: bool
    nominated_on: date
    stage: ProcedureStage = "nominated"
    integrity_opinion: IntegrityOpinion | None = None
    notice_starts_on: date | None = None
    notice_ends_on: date | None = None
    notice_provisional: bool = False
    # The latest objection reported during the notice and its check (None: none reported).
    objection: ObjectionState | None = None
    objection_reported_on: date | None = None
    objection_checked_on: date | None = None
    # The day it was appointed or withdrawn.
    finished_on: date | None = None

    @property
    def held(self) -> bool:
        """An objection is being checked: nobody appoints until it is (DOMAIN.md)."""
        return self.objection == "open"


@dataclass(frozen=True)
class Holding:
    division_code: str
    since: date
    term_end: date | None
    also_village_head: bool
    via: AppointmentVia


@dataclass(frozen=True)
class Sanction:
    """A discipline sanction as the cadre service keeps it: when its influence (影响期) ends."""

    decided_on: date
    influence_ends_on: date | None
    permanent: bool
    lifted_on: date | None = None

    def bars_nomination_on(self, day: date) -> bool:
        """No nomination dated before the influence period ends, unless revoked on appeal."""
        if self.lifted_on is not None:
            return False
        return self.permanent or (
            self.influence_ends_on is not None and day < self.influence_ends_on
        )


@dataclass(frozen=True)
class AcademicUpgrade:
    target_level: EducationLevel
    institution: str
    enrolled_on: date
    graduated_on: date | None = None


@dataclass(frozen=True)
class TrainingRecord:
    topic_category: TrainingTopic
    title: str
    planned_hours: float
    started_on: date
    hours: float | None = None
    completed_on: date | None = None

    @property
    def completed(self) -> bool:
        return self.completed_on is not None


@dataclass(frozen=True)
class StudentOfficial:
    village_code: str
    term_years: int
    starts_on: date
    ends_on: date
    status: ServiceStatus = "serving"
    finished_on: date | None = None


@dataclass(frozen=True)
class Evaluation:
    grade: EvaluationGrade
    achievements: tuple[str, ...]


@dataclass(frozen=True)
class PayRecord:
    """A year's pay, sealed under the person's key (erasing the key erases it)."""

    sealed_amount: str | None
    # Only on records stored plain before pay was sealed (RemunerationRecorded schema 1);
    # erasure removes it from the store (read_model.py).
    legacy_amount_yuan: Decimal | None = None
