-- The organization service's read model, rebuilt from the event store at will.
-- Rows are written from the aggregate's state inside each command's transaction.

CREATE TABLE org_units (
    unit_id text PRIMARY KEY,
    level text NOT NULL,
    division_code text NOT NULL,
    name text NOT NULL,
    parent_id text,
    status text NOT NULL,
    established_on date NOT NULL,
    term_years int NOT NULL,
    term_started_on date NOT NULL,
    election_due_on date NOT NULL,
    election_reminded boolean NOT NULL DEFAULT false,
    election_overdue boolean NOT NULL DEFAULT false,
    secretary_cadre_id text,
    secretary_since date,
    secretary_vacant_since date,
    one_shoulder boolean NOT NULL DEFAULT false,
    team jsonb NOT NULL DEFAULT '[]',
    rectification jsonb,
    ratings jsonb NOT NULL DEFAULT '[]',
    dissolved_on date,
    merged_into_unit_id text,
    version int NOT NULL
);
CREATE INDEX org_units_by_code ON org_units (division_code text_pattern_ops);
CREATE INDEX org_units_by_parent ON org_units (parent_id);
-- One active county/township/village/community unit per division code; branches share
-- their village's code.
CREATE UNIQUE INDEX org_units_one_per_code ON org_units (division_code)
    WHERE level <> 'branch' AND status = 'active';

CREATE TABLE decisions (
    decision_id text PRIMARY KEY,
    unit_id text NOT NULL,
    division_code text NOT NULL,
    title text NOT NULL,
    matter text NOT NULL,
    source text NOT NULL,
    state text NOT NULL,
    round int NOT NULL,
    drafted_on date NOT NULL,
    last_step_on date,
    notice_days int NOT NULL DEFAULT 0,
    notice_ends_on date,
    notice_completed boolean NOT NULL DEFAULT false,
    result_summary text NOT NULL DEFAULT '',
    steps jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX decisions_by_unit ON decisions (unit_id, state);
CREATE INDEX decisions_by_code ON decisions (division_code text_pattern_ops);

CREATE TABLE meetings (
    meeting_id text PRIMARY KEY,
    unit_id text NOT NULL,
    division_code text NOT NULL,
    meeting_type text NOT NULL,
    held_on date NOT NULL,
    members_due int NOT NULL,
    members_present int NOT NULL,
    topic text NOT NULL DEFAULT ''
);
CREATE INDEX meetings_by_unit ON meetings (unit_id, held_on);
CREATE INDEX meetings_by_code ON meetings (division_code text_pattern_ops, held_on);
