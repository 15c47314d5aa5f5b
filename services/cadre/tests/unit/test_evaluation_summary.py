"""Annual evaluation: a township's counts per grade, never one person's grade
(DOMAIN.md "Annual evaluation")."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain.evaluation_summary import (
    EvaluationSummaryPublished,
    GradedRecord,
    PublishEvaluationSummary,
    evaluation_summary_decider,
)
from frontline.cadre.domain.vocabulary import EvaluationGrade
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

GRADES: list[EvaluationGrade] = [
    "excellent",
    "competent",
    "competent",
    "basically_competent",
    "competent",
]


def graded(grades: list[EvaluationGrade], first: int = 1) -> tuple[GradedRecord, ...]:
    return tuple(
        GradedRecord(cadre_id=f"c-{n}", grade=g) for n, g in enumerate(grades, start=first)
    )


def publish(records: tuple[GradedRecord, ...], minimum: int = 5) -> PublishEvaluationSummary:
    return PublishEvaluationSummary(
        township_code="440781101",
        year=2025,
        records=records,
        minimum=minimum,
        published_on=date(2026, 2, 1),
    )


def test_the_summary_counts_cadres_per_grade() -> None:
    scenario(evaluation_summary_decider).when(publish(graded(GRADES))).then(
        EvaluationSummaryPublished(
            township_code="440781101",
            year=2025,
            cadre_count=5,
            counts={
                "excellent": 1,
                "competent": 3,
                "basically_competent": 1,
                "incompetent": 0,
            },
            published_on=date(2026, 2, 1),
            basis={f"c-{n}": g for n, g in enumerate(GRADES, start=1)},
        )
    )


@pytest.mark.parametrize("people", [1, 4])
def test_fewer_than_five_cadres_would_reveal_grades(people: int) -> None:
    command = publish(graded(GRADES[:people]))
    scenario(evaluation_summary_decider).when(command).raises(PreconditionFailed)


def test_one_more_grade_does_not_reopen_the_summary() -> None:
    first = scenario(evaluation_summary_decider).when(publish(graded(GRADES))).outcome()
    newcomer = graded([*GRADES, "incompetent"])
    given = scenario(evaluation_summary_decider).given(*first)
    error = given.when(publish(newcomer)).raises(PreconditionFailed)
    assert error.violations[0].type == "ALREADY_PUBLISHED"  # type: ignore[attr-defined]
    # Five more cadres graded since: a correction.
    ten = graded([*GRADES, *GRADES])
    [corrected] = given.when(publish(ten)).outcome()
    assert isinstance(corrected, EvaluationSummaryPublished)
    assert corrected.cadre_count == 10
