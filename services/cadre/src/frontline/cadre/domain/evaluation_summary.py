"""Annual evaluation (实绩考核): a township's yearly counts per grade.

Individual grades stay in the service; what is published is how many cadres of a
township got each grade in a year, under the same rule as pay (DOMAIN.md "Annual
evaluation", small_groups.py): at least five people, once per township-year,
corrected only when enough grades changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import ClassVar, get_args

from pydantic import BaseModel, ConfigDict, Field

from frontline.cadre.domain.small_groups import (
    MIN_PEOPLE,
    SummaryState,
    TownshipSummary,
    evolve_summary,
    require_enough_people,
    require_first_or_correction,
    require_township,
)
from frontline.cadre.domain.vocabulary import DivisionCode, EvaluationGrade
from frontline.kernel.decider import Command, Decider, DomainEvent

STREAM_TYPE = "evaluation-summary"
GRADES: tuple[EvaluationGrade, ...] = get_args(EvaluationGrade)


class GradedRecord(BaseModel):
    """One cadre's grade for the year, read by the service for the summary only."""

    model_config = ConfigDict(frozen=True)

    cadre_id: str
    grade: EvaluationGrade


class PublishEvaluationSummary(Command):
    township_code: DivisionCode
    year: int = Field(ge=2000, le=2100)
    records: tuple[GradedRecord, ...]
    # The county's least number of people in a summary (never below five).
    minimum: int = Field(default=MIN_PEOPLE, ge=MIN_PEOPLE)
    published_on: date


class EvaluationSummaryPublished(TownshipSummary):
    event_type: ClassVar[str] = "EvaluationSummaryPublished"
    # Cadres per grade; every grade is present (0 when nobody got it).
    counts: dict[EvaluationGrade, int]


def decide(command: PublishEvaluationSummary, state: SummaryState) -> Sequence[DomainEvent]:
    subject = require_township(command.township_code)
    records = command.records
    require_enough_people(subject, command.year, len(records), command.minimum, "evaluations")
    basis: dict[str, str] = {r.cadre_id: r.grade for r in records}
    require_first_or_correction(subject, state, basis, command.minimum)
    counted = Counter(r.grade for r in records)
    return [
        EvaluationSummaryPublished(
            township_code=command.township_code,
            year=command.year,
            cadre_count=len(records),
            counts={grade: counted[grade] for grade in GRADES},
            published_on=command.published_on,
            basis=basis,
        )
    ]


evaluation_summary_decider: Decider[PublishEvaluationSummary, SummaryState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=SummaryState,
    evolve=evolve_summary,
    rules={PublishEvaluationSummary: decide},
    events=[EvaluationSummaryPublished],
)
