"""Income growth plan (收入增长计划): a township's yearly pay summary.

HQ sees average and growth, never individual pay (DOMAIN.md). With fewer than
three cadres an average or median would reveal a person's pay to colleagues,
so the summary is refused below that count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from statistics import median
from typing import ClassVar

from pydantic import Field

from frontline.cadre.domain.vocabulary import DivisionCode
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed

STREAM_TYPE = "remuneration-summary"
MIN_CADRES = 3
CENT = Decimal("0.01")


class PublishRemunerationSummary(Command):
    township_code: DivisionCode
    year: int = Field(ge=2000, le=2100)
    # Read by the service from its private pay records; never stored or published.
    amounts_yuan: tuple[Decimal, ...]
    previous_average_yuan: Decimal | None = None
    published_on: date


class RemunerationSummaryPublished(DomainEvent):
    event_type: ClassVar[str] = "RemunerationSummaryPublished"
    township_code: str
    year: int
    cadre_count: int
    average_yuan: Decimal
    median_yuan: Decimal
    growth_rate: Decimal | None = None
    published_on: date


@dataclass(frozen=True)
class SummaryState:
    published_times: int = 0


def summary_stream_id(township_code: str, year: int) -> str:
    return f"{township_code}-{year}"


def _growth(average: Decimal, previous: Decimal | None) -> Decimal | None:
    if previous is None or previous == 0:
        return None
    return ((average - previous) / previous).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def decide(command: PublishRemunerationSummary, state: SummaryState) -> Sequence[DomainEvent]:
    if len(command.township_code) != 9:
        raise InvalidArgument.field(
            "township_code", "a township code has 9 digits", "NOT_A_TOWNSHIP_CODE"
        )
    amounts = command.amounts_yuan
    if len(amounts) < MIN_CADRES:
        raise PreconditionFailed(
            "TOO_FEW_CADRES",
            f"township/{command.township_code}",
            "a summary needs pay records of at least {least} cadres for {year}",
            least=MIN_CADRES,
            year=command.year,
        )
    average = (sum(amounts, Decimal(0)) / len(amounts)).quantize(CENT, ROUND_HALF_UP)
    return [
        RemunerationSummaryPublished(
            township_code=command.township_code,
            year=command.year,
            cadre_count=len(amounts),
            average_yuan=average,
            median_yuan=Decimal(median(amounts)).quantize(CENT, ROUND_HALF_UP),
            growth_rate=_growth(average, command.previous_average_yuan),
            published_on=command.published_on,
        )
    ]


def evolve(state: SummaryState, event: DomainEvent) -> SummaryState:
    return SummaryState(published_times=state.published_times + 1)


remuneration_summary_decider: Decider[PublishRemunerationSummary, SummaryState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=SummaryState,
    evolve=evolve,
    rules={PublishRemunerationSummary: decide},
    events=[RemunerationSummaryPublished],
)
