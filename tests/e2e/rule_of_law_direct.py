"""The county's rule-of-law figures counted straight from the discipline service's own
store (its read model: clues, cases, disputes, ledgers), and the same figures as
headquarters shows them (`frontline hq overview --json`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import asyncpg

WAN = 10_000
# (figure, SQL over the discipline store giving rows of (key, n)); "" keys a plain count.
COUNTS = {
    "clues_received": "SELECT '', count(*) FROM clues WHERE received_on <= $1",
    "clue_disposal": "SELECT COALESCE(disposal, 'pending'), count(*) FROM clues"
    " WHERE received_on <= $1 GROUP BY 1",
    "cases_filed": "SELECT '', count(*) FROM cases WHERE filed_on <= $1",
    "case_category": "SELECT category, count(*) FROM cases WHERE filed_on <= $1 GROUP BY 1",
    "cases_decided": "SELECT '', count(*) FROM cases WHERE decided_on <= $1",
    "cases_closed": "SELECT '', count(*) FROM cases WHERE archived_on <= $1",
    "closed_category": "SELECT category, count(*) FROM cases WHERE archived_on <= $1 GROUP BY 1",
    "measure_type": "SELECT m->>'type', count(*) FROM cases, jsonb_array_elements(measures) m"
    " WHERE decided_on <= $1 GROUP BY 1",
    "disputes_registered": "SELECT '', count(*) FROM disputes WHERE registered_on <= $1",
    "dispute_type": "SELECT dispute_type, count(*) FROM disputes WHERE registered_on <= $1"
    " GROUP BY 1",
    "disputes_open": "SELECT '', count(*) FROM disputes WHERE status = 'mediating'"
    " AND $1::date IS NOT NULL",
    "open_level": "SELECT level, count(*) FROM disputes WHERE status = 'mediating'"
    " AND $1::date IS NOT NULL GROUP BY 1",
    "disputes_resolved": "SELECT '', count(*) FROM disputes WHERE resolved_on <= $1",
    "resolved_level": "SELECT level, count(*) FROM disputes WHERE resolved_on <= $1 GROUP BY 1",
    "disputes_diverted": "SELECT '', count(*) FROM disputes WHERE diverted_on <= $1",
    "pension_entitled": "SELECT '', sum(pension_entitled) FROM ledgers WHERE $1::date IS NOT NULL",
    "items_inventoried": "SELECT '', sum(items_inventoried) FROM ledgers"
    " WHERE $1::date IS NOT NULL",
    "contracts_found": "SELECT '', sum(contracts_found) FROM ledgers WHERE $1::date IS NOT NULL",
    "contracts_corrected": "SELECT '', sum(contracts_corrected) FROM ledgers"
    " WHERE $1::date IS NOT NULL",
    "asset_deals": "SELECT '', count(*) FROM asset_deals WHERE deal_on <= $1",
}
# Sums of yuan headquarters shows in 万元.
AMOUNTS = {
    "arrears_owed": "arrears_owed_yuan",
    "arrears_paid": "arrears_paid_yuan",
    "arrears_recovered": "arrears_recovered_yuan",
    "funds_recovered": "funds_recovered_yuan",
}


async def direct_counts(conn: asyncpg.Connection, today: dt.date) -> dict[str, float]:
    found: dict[str, float] = {}
    for figure, sql in COUNTS.items():
        for key, n in await conn.fetch(sql, today):
            if n:
                found[f"{figure}:{key}" if key else figure] = float(n)
    for figure, column in AMOUNTS.items():
        total = await conn.fetchval(f"SELECT COALESCE(sum({column}), 0) FROM ledgers")
        found[figure] = round(float(total) / WAN, 2)
    return found


def shown_counts(overview: dict[str, Any]) -> dict[str, float]:
    """Indicators by key, breakdown items as ``breakdown:item``."""
    law = next(p for p in overview["pillars"] if p["key"] == "rule_of_law")
    shown = {i["key"]: float(i["value"]) for i in law["indicators"] if "value" in i}
    for b in law.get("breakdowns", []):
        for item in b.get("items", []):
            shown[f"{b['key']}:{item['key']}"] = float(item["value"])
    return shown
