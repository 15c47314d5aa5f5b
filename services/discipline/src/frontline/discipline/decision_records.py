"""Organization's 四议两公开 decisions as discipline keeps them (the ``DecisionRecords`` port).

A service never reads another's database: this small table is written from
organization's public events (reactions.py) and answers one question — does a
collective-assets decision of that village, through its procedure by the deal's
date, stand behind a deal?
"""

from __future__ import annotations

from datetime import date

from asyncpg.pool import Pool

from frontline.discipline.use_cases.ports import DecisionFact
from frontline.kernel.personal_data import Conn

# Through its procedure: voted, made public for its full notice period, implementing.
THROUGH = ("implementing", "result_public", "closed")
COLLECTIVE_ASSETS = "collective_assets"

_NOTE = (
    "INSERT INTO asset_decisions (decision_id, division_code, matter, state, through_on)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (decision_id) DO UPDATE SET"
    " state = EXCLUDED.state, through_on = COALESCE(asset_decisions.through_on,"
    " EXCLUDED.through_on)"
)


class PgDecisionRecords:
    def __init__(self, db: Pool | Conn) -> None:
        # A reaction writes in the transaction of its inbox row; look-ups use the pool.
        self.db = db

    async def note(self, fact: DecisionFact) -> None:
        await self.db.execute(
            _NOTE, fact.decision_id, fact.division_code, fact.matter, fact.state, fact.through_on
        )

    async def backs_asset_deal(self, decision_id: str, division_code: str, on: date) -> bool:
        found = await self.db.fetchval(
            "SELECT 1 FROM asset_decisions WHERE decision_id = $1 AND division_code = $2"
            " AND matter = $3 AND state = ANY($4::text[]) AND through_on <= $5",
            decision_id,
            division_code,
            COLLECTIVE_ASSETS,
            list(THROUGH),
            on,
        )
        return found is not None
