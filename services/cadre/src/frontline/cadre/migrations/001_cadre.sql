-- Per-person data keys (AES-GCM), wrapped with the county key. Deleting a row
-- erases that person's personal fields from every stored event (DESIGN.md §6).
CREATE TABLE IF NOT EXISTS subject_keys (
    subject_id  text PRIMARY KEY,
    wrapped_key bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Keyed hash of the resident ID number -> cadre: one registration per person.
-- Removed on erasure so the person is no longer recognisable.
CREATE TABLE cadre_identities (
    id_hash  text PRIMARY KEY,
    cadre_id text NOT NULL UNIQUE
);

-- The service's own directory of org units, built from organization.events.v1.
CREATE TABLE org_units (
    org_unit_id   text PRIMARY KEY,
    division_code text NOT NULL,
    level         text NOT NULL DEFAULT '',
    dissolved_on  date
);

CREATE TABLE cadres (
    cadre_id        text PRIMARY KEY,
    division_code   text NOT NULL,
    gender          text NOT NULL,
    age_band        text NOT NULL,
    education_level text NOT NULL,
    party_member    boolean NOT NULL,
    registered_on   date NOT NULL,
    -- Latest ciphertext of the personal fields; NULL once erased.
    sealed_personal text,
    erased_on       date
);
CREATE INDEX cadres_division ON cadres (division_code text_pattern_ops);

CREATE TABLE post_holdings (
    org_unit_id       text NOT NULL,
    post              text NOT NULL,
    cadre_id          text NOT NULL,
    division_code     text NOT NULL,
    since             date NOT NULL,
    term_end          date,
    also_village_head boolean NOT NULL DEFAULT false,
    via               text NOT NULL,
    PRIMARY KEY (org_unit_id, post, cadre_id)
);
CREATE INDEX post_holdings_cadre ON post_holdings (cadre_id);

CREATE TABLE appointment_procedures (
    procedure_id       text PRIMARY KEY,
    cadre_id           text NOT NULL,
    org_unit_id        text NOT NULL,
    division_code      text NOT NULL,
    post               text NOT NULL,
    stage              text NOT NULL,
    nominated_on       date NOT NULL,
    integrity_opinion  text,
    notice_starts_on   date,
    notice_ends_on     date,
    notice_provisional boolean NOT NULL DEFAULT false,
    term_end           date,
    also_village_head  boolean NOT NULL DEFAULT false,
    finished_on        date
);
CREATE INDEX appointment_procedures_division
    ON appointment_procedures (division_code text_pattern_ops);

CREATE TABLE academic_upgrades (
    upgrade_id   text PRIMARY KEY,
    cadre_id     text NOT NULL,
    target_level text NOT NULL,
    institution  text NOT NULL,
    enrolled_on  date NOT NULL,
    graduated_on date
);
CREATE INDEX academic_upgrades_cadre ON academic_upgrades (cadre_id);

CREATE TABLE trainings (
    training_id   text PRIMARY KEY,
    cadre_id      text NOT NULL,
    topic         text NOT NULL,
    title         text NOT NULL,
    planned_hours double precision NOT NULL,
    hours         double precision,
    started_on    date NOT NULL,
    completed_on  date
);
CREATE INDEX trainings_cadre ON trainings (cadre_id);

CREATE TABLE student_officials (
    cadre_id     text PRIMARY KEY,
    village_code text NOT NULL,
    term_years   integer NOT NULL,
    starts_on    date NOT NULL,
    ends_on      date NOT NULL,
    status       text NOT NULL,
    finished_on  date
);
CREATE INDEX student_officials_village ON student_officials (village_code text_pattern_ops);

CREATE TABLE evaluations (
    cadre_id     text NOT NULL,
    year         integer NOT NULL,
    grade        text NOT NULL,
    achievements text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (cadre_id, year)
);

-- Income growth plan: one person's pay, never published (DOMAIN.md).
CREATE TABLE remunerations (
    cadre_id      text NOT NULL,
    year          integer NOT NULL,
    township_code text NOT NULL,
    amount_yuan   numeric(14, 2) NOT NULL,
    PRIMARY KEY (cadre_id, year)
);
CREATE INDEX remunerations_township ON remunerations (township_code, year);

CREATE TABLE remuneration_summaries (
    township_code text NOT NULL,
    year          integer NOT NULL,
    cadre_count   integer NOT NULL,
    average_yuan  numeric(14, 2) NOT NULL,
    median_yuan   numeric(14, 2) NOT NULL,
    growth_rate   numeric(8, 4),
    published_on  date NOT NULL,
    PRIMARY KEY (township_code, year)
);
