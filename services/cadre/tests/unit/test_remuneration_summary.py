"""Income growth plan: a township's yearly summary, never one person's pay."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from frontline.cadre.domain.remuneration_summary import (
    PublishRemunerationSummary,
    RemunerationSummaryPublished,
    remuneration_summary_decider,
)
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit


def publish(amounts: list[str], previous: str | None = None) -> PublishRemunerationSummary:
    return PublishRemunerationSummary(
        township_code="440781101",
        year=2025,
        amounts_yuan=tuple(Decimal(a) for a in amounts),
        previous_average_yuan=None if previous is None else Decimal(previous),
        published_on=date(2026, 2, 1),
    )


def test_the_summary_has_count_average_median_and_growth() -> None:
    command = publish(["40000", "50000", "66000", "48000"], previous="45000")
    scenario(remuneration_summary_decider).when(command).then(
        RemunerationSummaryPublished(
            township_code="440781101",
            year=2025,
            cadre_count=4,
            average_yuan=Decimal("51000.00"),
            median_yuan=Decimal("49000.00"),
            growth_rate=Decimal("0.1333"),
            published_on=date(2026, 2, 1),
        )
    )


def test_the_first_year_has_no_growth() -> None:
    events = scenario(remuneration_summary_decider).when(publish(["1", "2", "3"])).outcome()
    assert isinstance(events[0], RemunerationSummaryPublished)
    assert events[0].growth_rate is None


@pytest.mark.parametrize("amounts", [[], ["40000"], ["40000", "50000"]])
def test_fewer_than_three_cadres_would_reveal_pay(amounts: list[str]) -> None:
    scenario(remuneration_summary_decider).when(publish(amounts)).raises(PreconditionFailed)


def test_a_summary_is_per_township() -> None:
    command = publish(["1", "2", "3"]).model_copy(update={"township_code": "440781"})
    scenario(remuneration_summary_decider).when(command).raises(InvalidArgument)
