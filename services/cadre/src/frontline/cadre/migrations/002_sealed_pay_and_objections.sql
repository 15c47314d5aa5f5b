-- Pay sealed under each person's key (RemunerationRecorded schema 2), township pay
-- summaries without a median and with their revision, and objections reported during
-- a public notice (DOMAIN.md "Income growth plan", "Appointment"). Every statement
-- can run again without harm.

-- Plain amounts remain only for records stored before pay was sealed; new ones are
-- ciphertext that the person's key opens.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
               AND table_name = 'remunerations' AND column_name = 'amount_yuan') THEN
        ALTER TABLE remunerations RENAME COLUMN amount_yuan TO legacy_amount_yuan;
    END IF;
END $$;
ALTER TABLE remunerations
    ALTER COLUMN legacy_amount_yuan DROP NOT NULL,
    ADD COLUMN IF NOT EXISTS sealed_amount text;

-- Cadres erased before pay was sealed: their plain pay goes now, as erasure does
-- since (erasure.py), from stored events and the read model.
UPDATE events SET data = data - 'amount_yuan'
WHERE event_type = 'RemunerationRecorded' AND schema_version = 1
  AND stream_id IN (SELECT stream_id FROM events WHERE event_type = 'PersonalDataErased');
UPDATE remunerations SET legacy_amount_yuan = NULL
WHERE cadre_id IN (SELECT stream_id FROM events WHERE event_type = 'PersonalDataErased');

-- Answers kept for retried requests that hold a plain amount or a median go for
-- everyone: they would show one person's pay, and a retry could not replay them as the
-- current events (it runs again instead: recording the same pay again changes nothing,
-- publishing a summary again is refused).
DELETE FROM idempotency
WHERE jsonb_path_exists(
        response, '$.events[*] ? (@.event_type == "RemunerationRecorded").data.amount_yuan')
   OR jsonb_path_exists(
        response, '$.events[*] ? (@.event_type == "RemunerationSummaryPublished").data.median_yuan');

-- The median of an odd count is one person's pay: it is neither published nor kept.
ALTER TABLE remuneration_summaries
    DROP COLUMN IF EXISTS median_yuan,
    ADD COLUMN IF NOT EXISTS revision integer NOT NULL DEFAULT 1;
UPDATE remuneration_summaries r SET revision = (
    SELECT count(*) FROM events e
    WHERE e.event_type = 'RemunerationSummaryPublished'
      AND e.stream_id = r.township_code || '-' || r.year)
WHERE EXISTS (
    SELECT 1 FROM events e
    WHERE e.event_type = 'RemunerationSummaryPublished'
      AND e.stream_id = r.township_code || '-' || r.year);

-- An objection reported during the notice (任前公示期间反映问题) and its check.
ALTER TABLE appointment_procedures
    ADD COLUMN IF NOT EXISTS objection text,
    ADD COLUMN IF NOT EXISTS objection_reported_on date,
    ADD COLUMN IF NOT EXISTS objection_checked_on date;
