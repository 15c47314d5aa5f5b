-- Per-person data keys (AES-GCM), wrapped with a key derived from the county secret.
-- Deleting a row erases that person's personal fields from every stored event, read
-- model and answer at once (DESIGN.md §6). Every service that keeps personal data uses
-- it through frontline.kernel.personal_data.
CREATE TABLE IF NOT EXISTS subject_keys (
    subject_id  text PRIMARY KEY,
    wrapped_key bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
