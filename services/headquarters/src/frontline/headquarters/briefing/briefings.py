"""Briefings on demand: what gRPC (``GetBriefing``), the dashboard and the CLI call.

The figures come from the same queries as the overview; the PDF is drawn off the event
loop (a thread), one at a time, so a briefing never stalls the live view.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from frontline.headquarters.briefing.content import gather
from frontline.headquarters.briefing.fonts import CjkFonts, find_fonts
from frontline.headquarters.briefing.period import Period, parse_period
from frontline.headquarters.query.overview import Queries

CONTENT_TYPE = "application/pdf"


@dataclass(frozen=True)
class Rendered:
    period: Period
    pdf: bytes

    @property
    def filename(self) -> str:
        return self.period.filename


class Briefings:
    def __init__(self, queries: Queries) -> None:
        self.queries = queries
        self._fonts: CjkFonts | None = None
        self._one_at_a_time = asyncio.Semaphore(1)

    def fonts(self) -> CjkFonts:
        if self._fonts is None:
            b = self.queries.settings.briefing
            self._fonts = find_fonts(b.font_path, b.font_index, b.bold_font_path)
        return self._fonts

    async def render(self, period_text: str) -> Rendered:
        """The briefing of a month (YYYY-MM) or quarter (YYYY-Qn) that has ended."""
        period = parse_period(period_text, self.queries.today())
        # fpdf2 and matplotlib load on the first briefing asked for, not at start: a
        # process that renders none keeps its idle memory (DESIGN.md §8). A period
        # refused is refused before that: at once, whatever was asked before.
        from frontline.headquarters.briefing.render import render_pdf

        fonts = self.fonts()
        async with self._one_at_a_time:
            content = await gather(self.queries, period)
            pdf = await asyncio.to_thread(render_pdf, content, fonts)
        return Rendered(period, pdf)
