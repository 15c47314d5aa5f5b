"""SQL reading the rule-of-law facts as of one day, as rows (division_code, breakdown, key, n).

``$1`` is the day, ``$2`` the start of the trailing window the rates count (exclusive),
``$3`` the start of the recent window of alerts and the concentration rule. A row with
an empty ``breakdown`` is a plain count named ``key``; otherwise it is one bar of that
breakdown. Clues, and cases until decided, count in their township; a decided case in
its village; investigations always in the township (a village never sees how long its
case took). Rows whose count is zero are left out.
"""

from __future__ import annotations

_ROWS = """
SELECT v.division_code, v.breakdown, v.key, sum(v.n)::float AS n
FROM {source} CROSS JOIN LATERAL (VALUES {values}) AS v(division_code, breakdown, key, n)
WHERE v.n <> 0 AND v.key IS NOT NULL AND v.division_code IS NOT NULL
GROUP BY 1, 2, 3
"""


def _rows(source: str, *values: str) -> str:
    return _ROWS.format(source=source, values=", ".join(f"({v})" for v in values))


def _flag(condition: str) -> str:
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


CLUES = _rows(
    """(SELECT c.*, (SELECT x.disposal FROM {s}.discipline_clue_disposals x
        WHERE x.clue_id = c.clue_id AND x.disposed_on <= $1
        ORDER BY x.disposed_on DESC, x.disposal LIMIT 1) AS disposal
      FROM {s}.discipline_clues c WHERE c.received_on <= $1) c""",
    "c.township_code, '', 'clues_received', 1",
    "c.township_code, 'clue_disposal', COALESCE(c.disposal, 'pending'), 1",
    "c.township_code, 'clue_source', c.source, 1",
    "c.township_code, 'verification_outcome', c.verification_outcome, "
    + _flag("c.concluded_on <= $1"),
    "c.township_code, '', 'replies_on_time', "
    + _flag("c.replied_on <= $1 AND c.replied_on > $2 AND c.reply_on_time"),
    "c.township_code, '', 'replies_late', "
    + _flag("c.replied_on <= $1 AND c.replied_on > $2 AND NOT c.reply_on_time"),
    "c.township_code, '', 'replies_overdue', "
    + _flag("c.reply_overdue_on <= $1 AND (c.replied_on IS NULL OR c.replied_on > $1)"),
)

_CASE_SOURCE = """(SELECT k.*,
      CASE WHEN k.decided_on <= $1 THEN k.division_code ELSE k.township_code END AS place,
      (k.decided_on IS NULL OR k.decided_on > $1) AND (k.submitted_on IS NULL
        OR k.submitted_on > $1 OR (k.returned_on <= $1 AND k.returned_on >= k.submitted_on))
        AS investigating,
      CASE WHEN k.extended_on <= $1 THEN k.extended_due_on ELSE k.due_on END AS due
    FROM {s}.discipline_cases k WHERE k.filed_on <= $1) k"""

CASES = _rows(
    _CASE_SOURCE,
    "k.place, '', 'cases_filed', 1",
    "k.place, 'case_category', k.category, 1",
    "k.place, '', 'cases_decided', " + _flag("k.decided_on <= $1"),
    "k.place, '', 'cases_closed', " + _flag("k.archived_on <= $1"),
    "k.place, 'closed_category', k.category, " + _flag("k.archived_on <= $1"),
    "k.place, 'four_forms', k.four_forms_level::text, " + _flag("k.decided_on <= $1"),
    "k.place, '', 'appeals', " + _flag("k.appealed_on <= $1"),
    "k.place, '', 'appeals_revoked', "
    + _flag("k.appeal_concluded_on <= $1 AND k.appeal_outcome = 'revoked'"),
    "k.township_code, '', 'investigating', " + _flag("k.investigating"),
    "k.township_code, '', 'investigations_overdue', " + _flag("k.investigating AND k.due < $1"),
    "k.township_code, '', 'investigations_extended', " + _flag("k.extended_on <= $1"),
    "k.township_code, '', 'filed_recent', " + _flag("k.filed_on > $2"),
    # Late: went to review after its deadline, or still investigating past it (the
    # case's own dates, not when a timer happened to flag it).
    "k.township_code, '', 'filed_recent_on_time', "
    + _flag(
        "k.filed_on > $2 AND NOT COALESCE(k.submitted_on <= $1 AND k.submitted_on > k.due, false)"
        " AND NOT COALESCE(k.investigating AND k.due < $1, false)"
    ),
)

# Each measure a decision imposed: counted per measure (人次), by type and by kind.
MEASURES = _rows(
    """(SELECT k.division_code, m.measure_type, m.kind FROM {s}.discipline_measures m
      JOIN {s}.discipline_cases k USING (case_id) WHERE k.decided_on <= $1) m""",
    "m.division_code, 'measure_type', m.measure_type, 1",
    "m.division_code, 'sanction_kind', m.kind, 1",
)

_DISPUTE_SOURCE = """(SELECT d.*,
      COALESCE(d.resolved_on <= $1, false) AS resolved,
      COALESCE(d.diverted_on <= $1, false) AS diverted,
      NOT COALESCE(d.resolved_on <= $1, false) AND NOT COALESCE(d.diverted_on <= $1, false)
        AS open,
      CASE WHEN d.county_on <= $1 THEN 'county' WHEN d.township_on <= $1 THEN 'township'
        ELSE d.registered_level END AS level_now
    FROM {s}.disputes d WHERE d.registered_on <= $1) d"""

DISPUTES = _rows(
    _DISPUTE_SOURCE,
    "d.division_code, '', 'disputes_registered', 1",
    "d.division_code, 'dispute_type', d.dispute_type, 1",
    "d.division_code, 'open_type', d.dispute_type, " + _flag("d.open"),
    "d.division_code, 'open_level', d.level_now, " + _flag("d.open"),
    "d.division_code, '', 'disputes_open', " + _flag("d.open"),
    "d.division_code, '', 'disputes_open_high_risk', " + _flag("d.open AND d.risk_level = 'high'"),
    "d.division_code, '', 'disputes_open_amount_yuan', "
    "CASE WHEN d.open THEN COALESCE(d.amount_yuan, 0) ELSE 0 END",
    "d.division_code, '', 'disputes_resolved', " + _flag("d.resolved"),
    "d.division_code, 'resolved_level', d.resolved_level, " + _flag("d.resolved"),
    "d.division_code, '', 'disputes_escalated', "
    + _flag("d.township_on <= $1 OR d.county_on <= $1"),
    "d.division_code, '', 'disputes_diverted', " + _flag("d.diverted"),
    "d.division_code, 'diverted_route', d.route, " + _flag("d.diverted"),
    "d.division_code, '', 'disputes_closed', " + _flag("d.closed_on <= $1"),
    "d.division_code, '', 'confirmations_lapsed', "
    + _flag(
        "d.confirmation_lapsed_on <= $1"
        " AND (d.confirmation_applied_on IS NULL OR d.confirmation_applied_on > $1)"
    ),
    "d.division_code, '', 'recent_registered', " + _flag("d.registered_on > $2"),
    "d.division_code, '', 'recent_diverted', " + _flag("d.registered_on > $2 AND d.diverted"),
    "d.division_code, '', 'recent_resolved', " + _flag("d.registered_on > $2 AND d.resolved"),
    "d.division_code, '', 'recent_village_resolved', "
    + _flag("d.registered_on > $2 AND d.resolved AND length(d.division_code) = 12"),
    "d.division_code, '', 'recent_resolved_in_village', "
    + _flag(
        "d.registered_on > $2 AND d.resolved AND length(d.division_code) = 12"
        " AND d.resolved_level = 'village'"
    ),
    "d.division_code, '', 'disputes_concentration', " + _flag("d.registered_on > $3"),
)

# Periods ended inside the window count; a nil report (零报告) is a report.
SWEEPS = _rows(
    """(SELECT p.*, p.period_ends_on < $1 AND p.period_ends_on > $2 AS due,
      COALESCE(p.swept_on <= $1, false) AS reported FROM {s}.sweep_periods p) p""",
    "p.division_code, '', 'sweeps_due', " + _flag("p.due"),
    "p.division_code, '', 'sweeps_on_time', " + _flag("p.due AND p.reported AND p.on_time"),
    "p.division_code, '', 'sweeps_late', " + _flag("p.due AND p.reported AND NOT p.on_time"),
    "p.division_code, '', 'sweeps_nil', " + _flag("p.due AND p.reported AND p.nil_report"),
    "p.division_code, '', 'sweeps_missed', "
    + _flag("p.missed AND NOT p.reported AND p.period_ends_on < $1 AND p.period_ends_on > $3"),
)

SWEEP_DUTIES = _rows(
    """(SELECT * FROM {s}.sweep_duties WHERE starts_on <= $1
      AND (ended_on IS NULL OR ended_on > $1)) w""",
    "w.division_code, '', 'sweep_duties', 1",
)

_LEDGER_COLUMNS = [
    ("arrears_owed_yuan", "owed_yuan"),
    ("arrears_paid_yuan", "paid_yuan"),
    ("arrears_recovered_yuan", "recovered_yuan"),
    ("reserved_owed_mu", "owed_mu"),
    ("reserved_land_mu", "land_mu"),
    ("reserved_property_mu", "property_mu"),
    ("reserved_cash_mu", "cash_mu"),
    ("pension_entitled", "entitled"),
    ("pension_enrolled", "enrolled"),
    ("items_inventoried", "items_inventoried"),
    ("contracts_found", "contracts_found"),
    ("contracts_corrected", "contracts_corrected"),
    ("funds_recovered_yuan", "funds_recovered_yuan"),
]
LEDGERS = _rows(
    "(SELECT * FROM {s}.ledger_entries WHERE recorded_on <= $1) e",
    *(f"e.division_code, '', '{key}', e.{column}" for key, column in _LEDGER_COLUMNS),
)

DEALS = _rows(
    "(SELECT * FROM {s}.asset_deals WHERE deal_on <= $1) a",
    "a.division_code, '', 'asset_deals', 1",
    "a.division_code, '', 'asset_deal_amount_yuan', a.amount_yuan",
)

ALL = [CLUES, CASES, MEASURES, DISPUTES, SWEEPS, SWEEP_DUTIES, LEDGERS, DEALS]
