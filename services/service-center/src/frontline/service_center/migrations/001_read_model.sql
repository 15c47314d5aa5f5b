-- The service-center service's read model, rebuilt from the event store at will.
-- Rows are written from the aggregate's state inside each command's statement.

CREATE TABLE centres (
    centre_id text PRIMARY KEY,
    org_unit_id text NOT NULL,
    division_code text NOT NULL,
    level text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    status text NOT NULL,
    established_on date NOT NULL,
    closed_on date,
    lines jsonb NOT NULL DEFAULT '[]',
    staff jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX centres_by_code ON centres (division_code text_pattern_ops);
-- One active centre per org unit.
CREATE UNIQUE INDEX centres_one_per_unit ON centres (org_unit_id) WHERE status = 'active';

-- contact_sealed and description_sealed open only with the requester's key
-- (subject_keys): erasing the key erases them here too.
CREATE TABLE requests (
    request_id text PRIMARY KEY,
    centre_id text NOT NULL,
    division_code text NOT NULL,
    township_code text NOT NULL,
    line text NOT NULL,
    kind text NOT NULL,
    channel text NOT NULL,
    status text NOT NULL,
    requester_id text NOT NULL,
    contact_sealed text NOT NULL,
    description_sealed text NOT NULL,
    submitted_on date NOT NULL,
    time_limit_days int NOT NULL,
    due_on date NOT NULL,
    due_provisional boolean NOT NULL,
    assignee_kind text,
    assignee_cadre_id text,
    assignee_department text,
    assignments int NOT NULL,
    assigned_at timestamptz,
    sign_for_due_at timestamptz,
    signed_for_at timestamptz,
    sign_for_overdue boolean NOT NULL,
    first_response text,
    refusals int NOT NULL,
    extension_requested_due_on date,
    extensions int NOT NULL,
    reminders int NOT NULL,
    escalation text NOT NULL,
    resolutions int NOT NULL,
    resolutions_on_time int NOT NULL,
    resolved_on date,
    resolved_on_time boolean NOT NULL,
    resolution_summary text NOT NULL,
    return_visit_due_on date,
    return_visit_overdue boolean NOT NULL,
    visits jsonb NOT NULL,
    visits_satisfied int NOT NULL,
    visits_basically_satisfied int NOT NULL,
    visits_unsatisfied int NOT NULL,
    visits_no_answer int NOT NULL,
    closed_on date,
    reopened int NOT NULL,
    transferred_on date,
    counts_as_resolved boolean NOT NULL
);
CREATE INDEX requests_by_code ON requests (division_code text_pattern_ops, submitted_on);
CREATE INDEX requests_by_centre ON requests (centre_id, status);
CREATE INDEX requests_by_requester ON requests (requester_id);

-- Requesters by the keyed hash of their phone (PersonalDataVault.keyed_hash), so one
-- person's requests share one key; the row goes when the requester is erased.
CREATE TABLE requester_index (
    phone_hash text PRIMARY KEY,
    requester_id text NOT NULL UNIQUE
);

-- What this service knows of other services, from their public events.
-- organization.events.v1: the org units a centre can be established on.
CREATE TABLE org_directory (
    org_unit_id text PRIMARY KEY,
    division_code text NOT NULL,
    level text NOT NULL,
    dissolved_on date
);
-- cadre.events.v1: where each cadre serves (posts held, student officials' villages).
CREATE TABLE cadre_directory (
    cadre_id text NOT NULL,
    serves_as text NOT NULL,  -- a post in an org unit, or 'student_official'
    org_unit_id text NOT NULL DEFAULT '',
    division_code text NOT NULL,
    PRIMARY KEY (cadre_id, serves_as, org_unit_id)
);
CREATE INDEX cadre_directory_by_code ON cadre_directory (cadre_id, division_code);
