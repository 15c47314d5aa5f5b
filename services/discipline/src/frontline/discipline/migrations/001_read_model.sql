-- The discipline service's read model, rebuilt from the event store at will; written
-- from each aggregate's state inside its command's transaction. Clues and cases hold
-- confidential text: only this service reads them, and only through its use cases.

CREATE TABLE clues (
    clue_id text PRIMARY KEY,
    division_code text NOT NULL,
    source text NOT NULL,
    category text NOT NULL,
    summary text NOT NULL,
    status text NOT NULL,
    received_on date NOT NULL,
    disposal text,
    disposed_on date,
    outcome text,
    concluded_on date,
    -- The reporter's identity, sealed under the person's own key (never plain text).
    reporter_subject text,
    reporter_sealed text,
    reply_due_on date,
    reply_provisional boolean NOT NULL DEFAULT false,
    replied_on date,
    reply_accepted boolean,
    reply_overdue boolean NOT NULL DEFAULT false,
    cadre_id text,
    origin_ref text,
    recused text[] NOT NULL DEFAULT '{}',
    case_id text,
    version int NOT NULL
);
CREATE INDEX clues_by_code ON clues (division_code text_pattern_ops, received_on);

CREATE TABLE cases (
    case_id text PRIMARY KEY,
    clue_id text NOT NULL UNIQUE,
    division_code text NOT NULL,
    category text NOT NULL,
    cadre_id text,
    status text NOT NULL,
    filed_on date NOT NULL,
    investigation_due_on date NOT NULL,
    extensions int NOT NULL DEFAULT 0,
    overdue boolean NOT NULL DEFAULT false,
    evidence jsonb NOT NULL DEFAULT '[]',
    submitted_on date,
    returns int NOT NULL DEFAULT 0,
    decided_on date,
    four_forms_level int,
    measures jsonb NOT NULL DEFAULT '[]',
    decision_summary text NOT NULL DEFAULT '',
    executed_on date,
    archived_on date,
    appeal jsonb,
    revoked boolean NOT NULL DEFAULT false,
    recused text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX cases_by_code ON cases (division_code text_pattern_ops, filed_on);
CREATE INDEX cases_by_cadre ON cases (cadre_id) WHERE cadre_id IS NOT NULL;

CREATE TABLE disputes (
    dispute_id text PRIMARY KEY,
    division_code text NOT NULL,
    dispute_type text NOT NULL,
    risk_level text NOT NULL,
    amount_yuan bigint,
    parties int NOT NULL,
    summary text NOT NULL,
    registered_on date NOT NULL,
    registered_level text NOT NULL,
    level text NOT NULL,
    status text NOT NULL,
    resolved_on date,
    resolution_note text NOT NULL DEFAULT '',
    confirmation_due_on date,
    confirmation_applied_on date,
    confirmation_lapsed boolean NOT NULL DEFAULT false,
    follow_ups int NOT NULL DEFAULT 0,
    followed_up_on date,
    closed_on date,
    route text,
    diverted_on date,
    last_on date
);
CREATE INDEX disputes_by_code ON disputes (division_code text_pattern_ops, registered_on);

CREATE TABLE sweep_duties (
    division_code text PRIMARY KEY,
    level text NOT NULL,
    active boolean NOT NULL,
    next_period text,
    next_period_ends_on date
);

CREATE TABLE sweep_periods (
    division_code text NOT NULL,
    period text NOT NULL,
    level text NOT NULL,
    period_starts_on date NOT NULL,
    period_ends_on date NOT NULL,
    reported boolean NOT NULL DEFAULT false,
    swept_on date,
    disputes_found int NOT NULL DEFAULT 0,
    on_time boolean NOT NULL DEFAULT false,
    missed boolean NOT NULL DEFAULT false,
    PRIMARY KEY (division_code, period)
);
CREATE INDEX sweep_periods_by_code ON sweep_periods (division_code text_pattern_ops, period_starts_on);

CREATE TABLE ledgers (
    division_code text PRIMARY KEY,
    arrears_owed_yuan bigint NOT NULL DEFAULT 0,
    arrears_paid_yuan bigint NOT NULL DEFAULT 0,
    arrears_recovered_yuan bigint NOT NULL DEFAULT 0,
    reserved_owed_mu double precision NOT NULL DEFAULT 0,
    reserved_fulfilled_mu jsonb NOT NULL DEFAULT '{}',
    pension_entitled int NOT NULL DEFAULT 0,
    pension_enrolled int NOT NULL DEFAULT 0,
    items_inventoried int NOT NULL DEFAULT 0,
    contracts_found int NOT NULL DEFAULT 0,
    contracts_corrected int NOT NULL DEFAULT 0,
    funds_recovered_yuan bigint NOT NULL DEFAULT 0,
    last_on date
);

CREATE TABLE asset_deals (
    deal_id text PRIMARY KEY,
    division_code text NOT NULL,
    deal_kind text NOT NULL,
    amount_yuan bigint NOT NULL,
    deal_on date NOT NULL,
    decision_id text,
    decision_backed boolean NOT NULL,
    description text NOT NULL DEFAULT ''
);
CREATE INDEX asset_deals_by_code ON asset_deals (division_code, deal_on);

-- Organization's 四议两公开 decisions as discipline knows them from organization's
-- public events (a service keeps its own small projection of another's data).
CREATE TABLE asset_decisions (
    decision_id text PRIMARY KEY,
    division_code text NOT NULL,
    matter text NOT NULL,
    state text NOT NULL,
    through_on date
);
