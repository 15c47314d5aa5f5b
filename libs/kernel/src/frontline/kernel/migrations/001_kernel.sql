-- The kernel's tables in every service database (DESIGN.md §4).
CREATE TABLE IF NOT EXISTS events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id text NOT NULL,
    stream_type text NOT NULL,
    version integer NOT NULL,
    event_id uuid NOT NULL UNIQUE,
    event_type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (stream_id, version)
);

-- Rows live only until Kafka acknowledged them; the relay deletes after every ack.
CREATE TABLE IF NOT EXISTS outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic text NOT NULL,
    key text NOT NULL,
    value bytea NOT NULL,
    -- Flat name, value, name, value ...: decoded without JSON by the relay.
    headers text[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS inbox (
    consumer text NOT NULL,
    event_id text NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE IF NOT EXISTS idempotency (
    request_id text PRIMARY KEY,
    response jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS timers (
    key text PRIMARY KEY,
    kind text NOT NULL,
    stream_id text NOT NULL,
    due_at timestamptz NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    provisional boolean NOT NULL DEFAULT false,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    fired_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS timers_due ON timers (due_at) WHERE fired_at IS NULL;

-- Statutory working-day schedules loaded by operators for years the calendar
-- package does not know yet (DESIGN.md §4, timers).
CREATE TABLE IF NOT EXISTS calendar_years (
    year integer PRIMARY KEY,
    holidays date[] NOT NULL,
    workdays date[] NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
