-- The rule-of-law pillar's facts (法治), from discipline.events.v1: one row per clue,
-- case, dispute, sweep period, ledger entry and asset deal, each column filled by the
-- event that reveals it (events of one aggregate may be applied in a rebuild batch in
-- any order, so every write fills only its own columns). No cadre id, reporter,
-- narrative or measure decision about a person is kept: counts by division only
-- (DOMAIN.md "Headquarters": individual discipline details never reach headquarters).
-- Before a decision a clue or case is known by its township only.

CREATE TABLE IF NOT EXISTS {s}.discipline_clues (
    clue_id text PRIMARY KEY,
    township_code text NOT NULL DEFAULT '',
    category text NOT NULL DEFAULT '',
    source text,
    received_on date,
    reply_due_on date,
    replied_on date,
    reply_on_time boolean,
    reply_overdue_on date,
    verification_outcome text,
    concluded_on date
);
CREATE INDEX IF NOT EXISTS discipline_clues_township ON {s}.discipline_clues (township_code);

-- A clue may be disposed again (a talk inquiry or a shelved clue taken up): as of a day
-- the latest disposal on or before it counts.
CREATE TABLE IF NOT EXISTS {s}.discipline_clue_disposals (
    clue_id text NOT NULL,
    disposal text NOT NULL,
    disposed_on date NOT NULL,
    PRIMARY KEY (clue_id, disposal, disposed_on)
);

-- division_code is the village, known from the decision on (CaseDecided).
CREATE TABLE IF NOT EXISTS {s}.discipline_cases (
    case_id text PRIMARY KEY,
    township_code text NOT NULL DEFAULT '',
    category text NOT NULL DEFAULT '',
    division_code text,
    filed_on date,
    due_on date,
    extended_on date,
    extended_due_on date,
    submitted_on date,
    returned_on date,
    decided_on date,
    four_forms_level int,
    executed_on date,
    archived_on date,
    appealed_on date,
    appeal_concluded_on date,
    appeal_outcome text
);
CREATE INDEX IF NOT EXISTS discipline_cases_township ON {s}.discipline_cases (township_code);

-- The measures a decision imposed, by type and kind (who received them is not kept).
CREATE TABLE IF NOT EXISTS {s}.discipline_measures (
    case_id text NOT NULL,
    measure_type text NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (case_id, measure_type, kind)
);

CREATE TABLE IF NOT EXISTS {s}.disputes (
    dispute_id text PRIMARY KEY,
    division_code text NOT NULL DEFAULT '',
    dispute_type text NOT NULL DEFAULT '',
    risk_level text,
    amount_yuan bigint,
    parties int,
    registered_level text,
    registered_on date,
    township_on date,
    county_on date,
    resolved_on date,
    resolved_level text,
    confirmation_applied_on date,
    confirmation_lapsed_on date,
    followed_up_on date,
    closed_on date,
    diverted_on date,
    route text
);
CREATE INDEX IF NOT EXISTS disputes_division ON {s}.disputes (division_code);

CREATE TABLE IF NOT EXISTS {s}.sweep_duties (
    division_code text PRIMARY KEY,
    level text,
    starts_on date,
    ended_on date
);

-- One row per division and period: reported (with its day), flagged missed, or both
-- (a late report after the flag).
CREATE TABLE IF NOT EXISTS {s}.sweep_periods (
    division_code text NOT NULL,
    period text NOT NULL,
    level text NOT NULL DEFAULT '',
    period_starts_on date NOT NULL,
    period_ends_on date NOT NULL,
    swept_on date,
    nil_report boolean,
    on_time boolean,
    missed boolean NOT NULL DEFAULT false,
    PRIMARY KEY (division_code, period)
);

-- Ledger entries (台账): each adds to its division's totals, so as of a day the totals
-- are the sum of the entries recorded on or before it.
CREATE TABLE IF NOT EXISTS {s}.ledger_entries (
    event_id text PRIMARY KEY,
    division_code text NOT NULL,
    ledger text NOT NULL,
    recorded_on date NOT NULL,
    owed_yuan bigint NOT NULL DEFAULT 0,
    paid_yuan bigint NOT NULL DEFAULT 0,
    recovered_yuan bigint NOT NULL DEFAULT 0,
    owed_mu double precision NOT NULL DEFAULT 0,
    land_mu double precision NOT NULL DEFAULT 0,
    property_mu double precision NOT NULL DEFAULT 0,
    cash_mu double precision NOT NULL DEFAULT 0,
    entitled int NOT NULL DEFAULT 0,
    enrolled int NOT NULL DEFAULT 0,
    items_inventoried int NOT NULL DEFAULT 0,
    contracts_found int NOT NULL DEFAULT 0,
    contracts_corrected int NOT NULL DEFAULT 0,
    funds_recovered_yuan bigint NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS {s}.asset_deals (
    deal_id text PRIMARY KEY,
    division_code text NOT NULL,
    deal_kind text NOT NULL,
    amount_yuan bigint NOT NULL,
    deal_on date NOT NULL
);
