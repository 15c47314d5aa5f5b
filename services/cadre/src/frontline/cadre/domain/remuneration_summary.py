"""Income growth plan (收入增长计划): a township's yearly pay summary.

HQ sees average and growth, never individual pay (DOMAIN.md). A summary counts at
least five cadres, publishes no median (with an odd count it is one person's pay)
and rounds the average to 100 yuan; a township-year is published once, corrected
only when enough records changed (small_groups.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar

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
from frontline.cadre.domain.vocabulary import DivisionCode
from frontline.kernel.decider import Command, Decider, DomainEvent

STREAM_TYPE = "remuneration-summary"
CENT = Decimal("0.01")
ROUNDED_TO = Decimal(100)


class PaidRecord(BaseModel):
    """One cadre's pay for the year, opened by the service for the summary only."""

    model_config = ConfigDict(frozen=True)

    cadre_id: str
    amount_yuan: Decimal = Field(ge=0)
    # Keyed with the person's own key: equal for the same amount in two publications,
    # meaningless once the key is erased.
    digest: str = Field(min_length=1)

    def __repr__(self) -> str:  # a stray log line must not print one person's pay
        return f"PaidRecord({self.cadre_id}, <sealed>)"

    __str__ = __repr__


class PublishRemunerationSummary(Command):
    township_code: DivisionCode
    year: int = Field(ge=2000, le=2100)
    # Read by the service from its sealed pay records; never stored or published.
    records: tuple[PaidRecord, ...]
    # The county's least number of people in a summary (never below five).
    minimum: int = Field(default=MIN_PEOPLE, ge=MIN_PEOPLE)
    # The previous year's published average: growth compares published figures only.
    previous_average_yuan: Decimal | None = None
    published_on: date


class RemunerationSummaryPublished(TownshipSummary):
    """Schema 2: no median, the average rounded to 100 yuan, the basis of a correction."""

    event_type: ClassVar[str] = "RemunerationSummaryPublished"
    schema_version: ClassVar[int] = 2
    average_yuan: Decimal
    growth_rate: Decimal | None = None


def rounded_average(amounts: Sequence[Decimal]) -> Decimal:
    """The mean to the nearest 100 yuan: a published figure never pins down a sum."""
    mean = sum(amounts, Decimal(0)) / len(amounts)
    hundreds = (mean / ROUNDED_TO).quantize(Decimal(1), ROUND_HALF_UP)
    return (hundreds * ROUNDED_TO).quantize(CENT)


def _growth(average: Decimal, previous: Decimal | None) -> Decimal | None:
    if previous is None or previous == 0:
        return None
    return ((average - previous) / previous).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def decide(command: PublishRemunerationSummary, state: SummaryState) -> Sequence[DomainEvent]:
    subject = require_township(command.township_code)
    records = command.records
    require_enough_people(subject, command.year, len(records), command.minimum, "pay records")
    basis = {r.cadre_id: r.digest for r in records}
    require_first_or_correction(subject, state, basis, command.minimum)
    average = rounded_average([r.amount_yuan for r in records])
    return [
        RemunerationSummaryPublished(
            township_code=command.township_code,
            year=command.year,
            cadre_count=len(records),
            average_yuan=average,
            growth_rate=_growth(average, command.previous_average_yuan),
            published_on=command.published_on,
            basis=basis,
        )
    ]


remuneration_summary_decider: Decider[PublishRemunerationSummary, SummaryState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=SummaryState,
    evolve=evolve_summary,
    rules={PublishRemunerationSummary: decide},
    events=[RemunerationSummaryPublished],
)
