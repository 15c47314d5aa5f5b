-- Dashboard sessions and one-time sign-in tickets (dashboard_store.py). Rows are keyed
-- by a hash of the browser's secret and hold the operator's token sealed under a key
-- derived from it: the table alone opens nothing.
CREATE TABLE IF NOT EXISTS hq_dashboard_sessions (
    id_hash bytea PRIMARY KEY,
    sealed_token bytea NOT NULL,
    subject text NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS hq_dashboard_sessions_expiry ON hq_dashboard_sessions (expires_at);

CREATE TABLE IF NOT EXISTS hq_dashboard_tickets (
    id_hash bytea PRIMARY KEY,
    sealed_token bytea NOT NULL,
    subject text NOT NULL,
    issued_by text NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
