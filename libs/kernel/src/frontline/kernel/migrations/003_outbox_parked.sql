-- Outbox rows the broker refused for good (too large, invalid record), moved aside
-- with the error so the relay goes on with the others (DESIGN.md §7). A parked row
-- keeps its outbox id: retried, it goes back to its place, ahead of the rows of its
-- aggregate that wait behind it (the relay skips those while it is parked).
CREATE TABLE IF NOT EXISTS outbox_parked (
    id bigint PRIMARY KEY,
    topic text NOT NULL,
    key text NOT NULL,
    value bytea NOT NULL,
    headers text[] NOT NULL,
    created_at timestamptz NOT NULL,
    parked_at timestamptz NOT NULL DEFAULT now(),
    error text NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_parked_aggregate ON outbox_parked (topic, key);
