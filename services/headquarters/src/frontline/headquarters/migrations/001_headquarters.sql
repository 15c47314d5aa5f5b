-- State that survives a read-model rebuild: which schema is live and rebuild runs.
CREATE TABLE IF NOT EXISTS hq_rebuilds (
    rebuild_id text PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    phase text NOT NULL,
    events_applied bigint NOT NULL DEFAULT 0,
    events_total bigint NOT NULL DEFAULT 0,
    message text NOT NULL DEFAULT ''
);
