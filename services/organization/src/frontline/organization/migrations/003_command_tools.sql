-- Responsibility lists (责任清单) and supervision orders (督办单), one row per aggregate:
-- the columns queries filter on, and the whole state (read_model.py) as JSON.
CREATE TABLE responsibility_lists (
    list_id        text PRIMARY KEY,
    unit_id        text NOT NULL,
    division_code  text NOT NULL,
    setter_unit_id text NOT NULL,
    year           int  NOT NULL,
    state          jsonb NOT NULL,
    version        int  NOT NULL
);
CREATE INDEX responsibility_lists_unit ON responsibility_lists (unit_id, year);
CREATE INDEX responsibility_lists_division ON responsibility_lists (division_code);

CREATE TABLE supervision_orders (
    order_id         text PRIMARY KEY,
    issuer_unit_id   text NOT NULL,
    receiver_unit_id text NOT NULL,
    division_code    text NOT NULL,
    status           text NOT NULL,
    issued_on        date NOT NULL,
    due_on           date NOT NULL,
    due_provisional  boolean NOT NULL,
    state            jsonb NOT NULL,
    version          int  NOT NULL
);
CREATE INDEX supervision_orders_division ON supervision_orders (division_code, issued_on);
CREATE INDEX supervision_orders_issuer ON supervision_orders (issuer_unit_id);
