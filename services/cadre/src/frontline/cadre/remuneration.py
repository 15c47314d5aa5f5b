"""Publishing a township's yearly pay summary from the private pay records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import asyncpg

from frontline.cadre.domain.remuneration_summary import (
    MIN_CADRES,
    PublishRemunerationSummary,
    RemunerationSummaryPublished,
    remuneration_summary_decider,
    summary_stream_id,
)
from frontline.kernel.commands import CommandHandler


async def _amounts(pool: asyncpg.Pool, township_code: str, year: int) -> tuple[Decimal, ...]:
    rows = await pool.fetch(
        "SELECT amount_yuan FROM remunerations WHERE township_code = $1 AND year = $2",
        township_code, year,
    )  # fmt: skip
    return tuple(Decimal(r["amount_yuan"]) for r in rows)


async def publish_summary(
    pool: asyncpg.Pool, commands: CommandHandler, township_code: str, year: int, today: date
) -> RemunerationSummaryPublished:
    previous = await _amounts(pool, township_code, year - 1)
    # Growth only against a year that could itself be summarised without revealing pay.
    previous_average = (
        sum(previous, Decimal(0)) / len(previous) if len(previous) >= MIN_CADRES else None
    )
    command = PublishRemunerationSummary(
        township_code=township_code,
        year=year,
        amounts_yuan=await _amounts(pool, township_code, year),
        previous_average_yuan=previous_average,
        published_on=today,
    )
    stream_id = summary_stream_id(township_code, year)
    result = await commands.execute(remuneration_summary_decider, stream_id, command)
    published = result.events[-1].event
    assert isinstance(published, RemunerationSummaryPublished)
    return published
