-- The headquarters read model, created per schema: "{s}" is the live schema or a
-- rebuild schema (rebuild.py swaps them). The file is idempotent and runs at every
-- start; a column added later gets an ADD COLUMN IF NOT EXISTS beside its table. Tables hold dated facts, one row per
-- source aggregate, so "as of a date" is a query over valid-time rows and
-- events of different aggregates commute (their topics are not ordered
-- against each other). Indicators, alerts and scores are computed at query time
-- because time passing alone changes them (a vacancy turns 31 days old).
CREATE SCHEMA IF NOT EXISTS {s};

CREATE TABLE IF NOT EXISTS {s}.applied_events (
    event_id text PRIMARY KEY
);

-- A dissolution may be written before the establishment it ends (rebuild batches
-- group writes by statement), so a row can exist with an empty level for a moment.
CREATE TABLE IF NOT EXISTS {s}.units (
    unit_id text PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    level text NOT NULL DEFAULT '',
    division_code text NOT NULL DEFAULT '',
    parent_id text,
    established_on date,
    dissolved_on date,
    term_years int
);
CREATE INDEX IF NOT EXISTS units_division ON {s}.units (division_code);

-- Election due date history: the due date valid from a day on (as-of queries).
CREATE TABLE IF NOT EXISTS {s}.election_terms (
    unit_id text NOT NULL,
    valid_from date NOT NULL,
    election_due_on date NOT NULL,
    event_id text NOT NULL,
    PRIMARY KEY (unit_id, valid_from, event_id)
);

-- Secretary and other posts, from the organization's secretary events and the
-- cadre service's appointments (both describe the same post; queries union them).
CREATE TABLE IF NOT EXISTS {s}.posts (
    source text NOT NULL,
    unit_id text NOT NULL,
    cadre_id text NOT NULL,
    post text NOT NULL,
    division_code text,
    started_on date NOT NULL,
    also_village_head boolean NOT NULL DEFAULT false,
    PRIMARY KEY (source, unit_id, cadre_id, post, started_on)
);
CREATE INDEX IF NOT EXISTS posts_unit ON {s}.posts (unit_id, post);

-- Leaving a post is its own row: a leave may arrive before the appointment it ends
-- (different aggregates, different partitions); a post ends at the first leave on
-- or after its start.
CREATE TABLE IF NOT EXISTS {s}.post_ends (
    source text NOT NULL,
    unit_id text NOT NULL,
    cadre_id text NOT NULL,
    post text NOT NULL,
    left_on date NOT NULL,
    PRIMARY KEY (source, unit_id, cadre_id, post, left_on)
);

CREATE TABLE IF NOT EXISTS {s}.meetings (
    meeting_id text PRIMARY KEY,
    unit_id text NOT NULL,
    division_code text,
    meeting_type text NOT NULL,
    held_on date NOT NULL
);
-- The month a meeting was held in, counted from year 0 (year * 12 + month - 1): meeting
-- periods are whole months (query/facts_sql.py MEETINGS), and integer arithmetic on a
-- stored column keeps that query off per-row date functions.
ALTER TABLE {s}.meetings ADD COLUMN IF NOT EXISTS held_month int GENERATED ALWAYS AS
    (extract(year FROM held_on)::int * 12 + extract(month FROM held_on)::int - 1) STORED;
DROP INDEX IF EXISTS {s}.meetings_unit;
CREATE INDEX IF NOT EXISTS meetings_unit_month ON {s}.meetings (unit_id, meeting_type, held_month);

-- One row per decision step the public events reveal. The state as of a day is the
-- furthest step of the latest round dated on or before it: a step recorded late (a
-- notice timer firing after the fact) never moves a decision backwards.
CREATE TABLE IF NOT EXISTS {s}.decision_steps (
    decision_id text NOT NULL,
    -- Not every public step event repeats the unit: queries take it from any step.
    unit_id text,
    division_code text,
    state text NOT NULL,
    on_date date NOT NULL,
    seq int NOT NULL,
    -- Drafting round: a rejected decision may be redrafted and go through the steps again.
    round int NOT NULL DEFAULT 1,
    quorum_met boolean,
    PRIMARY KEY (decision_id, state, on_date)
);
CREATE INDEX IF NOT EXISTS decision_steps_unit ON {s}.decision_steps (unit_id);
-- Columns added after a schema was first created (this file runs at every start).
ALTER TABLE {s}.decision_steps ADD COLUMN IF NOT EXISTS round int NOT NULL DEFAULT 1;
-- Each decision's furthest step as of a day, read in index order (query/facts_sql.py).
CREATE INDEX IF NOT EXISTS decision_steps_latest ON {s}.decision_steps (decision_id, round DESC, seq DESC, on_date DESC) INCLUDE (state, unit_id);

CREATE TABLE IF NOT EXISTS {s}.weak_lax (
    unit_id text NOT NULL,
    confirmed_on date NOT NULL,
    criteria text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (unit_id, confirmed_on)
);

-- A sign-off ends the first confirmation on or before it (整顿销号).
CREATE TABLE IF NOT EXISTS {s}.weak_lax_signoffs (
    unit_id text NOT NULL,
    signed_off_on date NOT NULL,
    PRIMARY KEY (unit_id, signed_off_on)
);

CREATE TABLE IF NOT EXISTS {s}.rectification_progress (
    unit_id text NOT NULL,
    recorded_on date NOT NULL,
    percent_complete int NOT NULL,
    event_id text NOT NULL,
    PRIMARY KEY (unit_id, event_id)
);

CREATE TABLE IF NOT EXISTS {s}.secretary_ratings (
    unit_id text NOT NULL,
    year int NOT NULL,
    cadre_id text NOT NULL,
    rating text NOT NULL,
    rated_on date NOT NULL,
    PRIMARY KEY (unit_id, year, cadre_id)
);

CREATE TABLE IF NOT EXISTS {s}.cadres (
    cadre_id text PRIMARY KEY,
    gender text,
    age_band text,
    party_member boolean,
    division_code text,
    registered_on date
);

-- Education level history (registration, then each upgrade).
CREATE TABLE IF NOT EXISTS {s}.education_levels (
    cadre_id text NOT NULL,
    valid_from date NOT NULL,
    level text NOT NULL,
    event_id text NOT NULL,
    PRIMARY KEY (cadre_id, event_id)
);

CREATE TABLE IF NOT EXISTS {s}.upgrades (
    upgrade_id text PRIMARY KEY,
    cadre_id text NOT NULL,
    division_code text,
    target_level text,
    enrolled_on date,
    graduated_on date
);

CREATE TABLE IF NOT EXISTS {s}.trainings (
    training_id text PRIMARY KEY,
    cadre_id text NOT NULL,
    division_code text,
    topic text,
    hours double precision NOT NULL,
    completed_on date NOT NULL
);

CREATE TABLE IF NOT EXISTS {s}.student_officials (
    cadre_id text PRIMARY KEY,
    division_code text,
    starts_on date,
    ends_on date,
    converted_on date,
    departed_on date
);

CREATE TABLE IF NOT EXISTS {s}.evaluations (
    cadre_id text NOT NULL,
    year int NOT NULL,
    grade text NOT NULL,
    division_code text,
    PRIMARY KEY (cadre_id, year)
);

CREATE TABLE IF NOT EXISTS {s}.remuneration (
    township_code text NOT NULL,
    year int NOT NULL,
    cadre_count int NOT NULL,
    average_yuan double precision NOT NULL,
    median_yuan double precision NOT NULL,
    growth_rate double precision,
    PRIMARY KEY (township_code, year)
);

CREATE TABLE IF NOT EXISTS {s}.activity (
    event_id text PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    division_code text NOT NULL DEFAULT '',
    kind text NOT NULL,
    summary text NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_time ON {s}.activity (occurred_at DESC);

-- Daily rollups: the overview computed for a past day, kept until a fact dated
-- on or before that day arrives (backdated records invalidate later days).
CREATE TABLE IF NOT EXISTS {s}.daily_rollups (
    day date NOT NULL,
    division_code text NOT NULL,
    overview jsonb NOT NULL,
    PRIMARY KEY (day, division_code)
);

-- Supervision orders (督办单, projection/command.py): one row per order, one per dated
-- step. The deadline as of a day is the latest step on or before it that sets one
-- (issued, extended, recounted); the report owed, the latest reported/returned step.
CREATE TABLE IF NOT EXISTS {s}.orders (
    order_id text PRIMARY KEY,
    unit_id text NOT NULL,
    division_code text NOT NULL,
    issuer_division_code text NOT NULL,
    alert_kind text,
    concerning_division_code text,
    issued_on date NOT NULL
);
CREATE TABLE IF NOT EXISTS {s}.order_steps (
    order_id text NOT NULL,
    event_id text NOT NULL,
    step text NOT NULL,
    on_date date NOT NULL,
    due_on date,
    provisional boolean,
    round int,
    on_time boolean,
    PRIMARY KEY (order_id, event_id)
);

-- Responsibility list items (责任清单) and their checks by the level above.
CREATE TABLE IF NOT EXISTS {s}.duty_items (
    item_id text PRIMARY KEY,
    list_id text NOT NULL,
    division_code text NOT NULL,
    year int NOT NULL,
    category text NOT NULL,
    due_on date NOT NULL,
    set_on date NOT NULL
);
CREATE TABLE IF NOT EXISTS {s}.duty_checks (
    item_id text NOT NULL,
    event_id text NOT NULL,
    checked_on date NOT NULL,
    completed boolean NOT NULL,
    on_time boolean NOT NULL,
    PRIMARY KEY (item_id, event_id)
);

-- Notable events with their business dates, for the monthly briefing (projection/notable.py).
CREATE TABLE IF NOT EXISTS {s}.notable_events (
    event_id text PRIMARY KEY,
    kind text NOT NULL,
    on_date date NOT NULL,
    division_code text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS notable_events_day ON {s}.notable_events (on_date);
