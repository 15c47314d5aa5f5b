"""The rule-of-law figures summed directly: every row of the discipline tables loaded as
it is, then each place's figures counted in Python with the definitions SCORING.md
gives (see direct_overview.py). Only the figures' container and the pillar's pure
rules are shared with the service; the SQL and the counting are this module's own."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from frontline.headquarters.query.rule_of_law_facts import UNIT_KEYS, RuleOfLawFacts
from frontline.headquarters.query.rule_of_law_figures import RuleOfLawFigures
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

TABLES = (
    "discipline_clues",
    "discipline_clue_disposals",
    "discipline_cases",
    "discipline_measures",
    "disputes",
    "sweep_periods",
    "sweep_duties",
    "ledger_entries",
    "asset_deals",
)
LEDGER_KEYS = {
    "arrears_owed_yuan": "owed_yuan",
    "arrears_paid_yuan": "paid_yuan",
    "arrears_recovered_yuan": "recovered_yuan",
    "reserved_owed_mu": "owed_mu",
    "reserved_land_mu": "land_mu",
    "reserved_property_mu": "property_mu",
    "reserved_cash_mu": "cash_mu",
    "pension_entitled": "entitled",
    "pension_enrolled": "enrolled",
    "items_inventoried": "items_inventoried",
    "contracts_found": "contracts_found",
    "contracts_corrected": "contracts_corrected",
    "funds_recovered_yuan": "funds_recovered_yuan",
}
Tables = dict[str, list[dict[str, Any]]]
# (place, breakdown, key) -> n; breakdown "" is a plain count.
Tally = defaultdict[tuple[str, str, str], float]


async def load_tables(conn: Conn) -> Tables:
    return {t: [dict(r) for r in await conn.fetch(f"SELECT * FROM hq.{t}")] for t in TABLES}


def _on(value: dt.date | None, day: dt.date) -> bool:
    return value is not None and value <= day


class DirectRuleOfLaw:
    def __init__(self, tables: Tables, day: dt.date, s: HeadquartersSettings) -> None:
        c = s.compliance
        self.day = day
        self.window = day - dt.timedelta(days=c.rule_of_law_window_days)
        self.recent = day - dt.timedelta(days=c.recent_days)
        self.tally: Tally = defaultdict(float)
        self._clues(tables)
        self._cases(tables)
        self._disputes(tables)
        self._sweeps(tables)
        self._ledgers(tables)

    def _add(self, place: str | None, key: str, n: float = 1, breakdown: str = "") -> None:
        if place and n and key is not None:
            self.tally[(place, breakdown, key)] += n

    def _clues(self, t: Tables) -> None:
        d, latest = self.day, {}
        for x in sorted(
            t["discipline_clue_disposals"], key=lambda x: (x["disposed_on"], x["disposal"])
        ):
            if x["disposed_on"] <= d and (
                x["clue_id"] not in latest or latest[x["clue_id"]][0] < x["disposed_on"]
            ):
                latest[x["clue_id"]] = (x["disposed_on"], x["disposal"])
        for c in t["discipline_clues"]:
            if not _on(c["received_on"], d):
                continue
            at = c["township_code"]
            self._add(at, "clues_received")
            self._add(at, latest.get(c["clue_id"], (None, "pending"))[1], 1, "clue_disposal")
            self._add(at, c["source"], 1, "clue_source")
            if _on(c["concluded_on"], d):
                self._add(at, c["verification_outcome"], 1, "verification_outcome")
            replied = _on(c["replied_on"], d) and c["replied_on"] > self.window
            self._add(at, "replies_on_time", replied and bool(c["reply_on_time"]))
            self._add(at, "replies_late", replied and not c["reply_on_time"])
            self._add(
                at, "replies_overdue", _on(c["reply_overdue_on"], d) and not _on(c["replied_on"], d)
            )

    def _cases(self, t: Tables) -> None:
        d, decided_at = self.day, {}
        for k in t["discipline_cases"]:
            if not _on(k["filed_on"], d):
                continue
            decided = _on(k["decided_on"], d)
            at, town = (k["division_code"] if decided else k["township_code"]), k["township_code"]
            decided_at[k["case_id"]] = at if decided else None
            self._add(at, "cases_filed")
            self._add(at, k["category"], 1, "case_category")
            self._add(at, "cases_decided", decided)
            self._add(at, "cases_closed", _on(k["archived_on"], d))
            if _on(k["archived_on"], d):
                self._add(at, k["category"], 1, "closed_category")
            if decided:
                self._add(at, str(k["four_forms_level"]), 1, "four_forms")
            self._add(at, "appeals", _on(k["appealed_on"], d))
            revoked = _on(k["appeal_concluded_on"], d) and k["appeal_outcome"] == "revoked"
            self._add(at, "appeals_revoked", revoked)
            submitted, returned = k["submitted_on"], k["returned_on"]
            in_review = _on(submitted, d) and not (_on(returned, d) and returned >= submitted)
            investigating = not decided and not in_review
            due = k["extended_due_on"] if _on(k["extended_on"], d) else k["due_on"]
            self._add(town, "investigating", investigating)
            self._add(town, "investigations_overdue", investigating and due < d)
            self._add(town, "investigations_extended", _on(k["extended_on"], d))
            recent = k["filed_on"] > self.window
            self._add(town, "filed_recent", recent)
            late = (_on(submitted, d) and submitted > due) or (investigating and due < d)
            self._add(town, "filed_recent_on_time", recent and not late)
        for m in t["discipline_measures"]:
            at = decided_at.get(m["case_id"])
            self._add(at, m["measure_type"], 1, "measure_type")
            self._add(at, m["kind"], 1, "sanction_kind")

    def _disputes(self, t: Tables) -> None:
        d = self.day
        for x in t["disputes"]:
            if not _on(x["registered_on"], d):
                continue
            at = x["division_code"]
            resolved, diverted = _on(x["resolved_on"], d), _on(x["diverted_on"], d)
            is_open = not resolved and not diverted
            level = (
                "county"
                if _on(x["county_on"], d)
                else "township"
                if _on(x["township_on"], d)
                else x["registered_level"]
            )
            self._add(at, "disputes_registered")
            self._add(at, x["dispute_type"], 1, "dispute_type")
            if is_open:
                self._add(at, x["dispute_type"], 1, "open_type")
                self._add(at, level, 1, "open_level")
                self._add(at, "disputes_open")
                self._add(at, "disputes_open_high_risk", x["risk_level"] == "high")
                self._add(at, "disputes_open_amount_yuan", x["amount_yuan"] or 0)
            if resolved:
                self._add(at, "disputes_resolved")
                self._add(at, x["resolved_level"], 1, "resolved_level")
            self._add(at, "disputes_escalated", _on(x["township_on"], d) or _on(x["county_on"], d))
            if diverted:
                self._add(at, "disputes_diverted")
                self._add(at, x["route"], 1, "diverted_route")
            self._add(at, "disputes_closed", _on(x["closed_on"], d))
            lapsed = _on(x["confirmation_lapsed_on"], d) and not _on(
                x["confirmation_applied_on"], d
            )
            self._add(at, "confirmations_lapsed", lapsed)
            recent, village = x["registered_on"] > self.window, len(at) == 12
            self._add(at, "recent_registered", recent)
            self._add(at, "recent_diverted", recent and diverted)
            self._add(at, "recent_resolved", recent and resolved)
            self._add(at, "recent_village_resolved", recent and resolved and village)
            in_village = recent and resolved and village and x["resolved_level"] == "village"
            self._add(at, "recent_resolved_in_village", in_village)
            self._add(at, "disputes_concentration", x["registered_on"] > self.recent)

    def _sweeps(self, t: Tables) -> None:
        d = self.day
        for p in t["sweep_periods"]:
            at, due = p["division_code"], self.window < p["period_ends_on"] < d
            reported = _on(p["swept_on"], d)
            self._add(at, "sweeps_due", due)
            self._add(at, "sweeps_on_time", due and reported and bool(p["on_time"]))
            self._add(at, "sweeps_late", due and reported and not p["on_time"])
            self._add(at, "sweeps_nil", due and reported and bool(p["nil_report"]))
            missed = p["missed"] and not reported and self.recent < p["period_ends_on"] < d
            self._add(at, "sweeps_missed", missed)
        for w in t["sweep_duties"]:
            owed = _on(w["starts_on"], d) and not _on(w["ended_on"], d)
            self._add(w["division_code"], "sweep_duties", owed)

    def _ledgers(self, t: Tables) -> None:
        for e in (e for e in t["ledger_entries"] if e["recorded_on"] <= self.day):
            for key, column in LEDGER_KEYS.items():
                self._add(e["division_code"], key, e[column])
        for a in (a for a in t["asset_deals"] if a["deal_on"] <= self.day):
            self._add(a["division_code"], "asset_deals")
            self._add(a["division_code"], "asset_deal_amount_yuan", a["amount_yuan"])

    def figures(self, prefix: str) -> RuleOfLawFigures:
        f = RuleOfLawFigures(village=len(prefix) == 12)
        for (place, breakdown, key), n in self.tally.items():
            if place.startswith(prefix):
                if breakdown:
                    f.breakdowns[breakdown][key] += n
                else:
                    f.counts[key] += n
        return f

    def unit_facts(self) -> RuleOfLawFacts:
        """The counts the unit rules read, at exact division codes."""
        facts = RuleOfLawFacts()
        for (place, breakdown, key), n in self.tally.items():
            if not breakdown and key in UNIT_KEYS:
                facts.at[place][key] = n
        return facts
