-- The org unit's form and the meetings it owes (DOMAIN.md "Meetings"); the day a
-- resolution's notice counts from and whether the county backfilled it; steps of a
-- merged sitting (一肩挑) that copied the committee's counts (DecisionDeliberated
-- schema 1, see upcasters.py). Rows written before this are brought up to date
-- here; every command rewrites its row from the aggregate's state anyway.

ALTER TABLE org_units
    ADD COLUMN IF NOT EXISTS form text,
    ADD COLUMN IF NOT EXISTS member_count int NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS has_party_groups boolean NOT NULL DEFAULT false,
    ADD COLUMN IF NOT EXISTS form_recorded_on date,
    ADD COLUMN IF NOT EXISTS meetings_due jsonb NOT NULL DEFAULT '[]';

ALTER TABLE decisions
    ADD COLUMN IF NOT EXISTS notice_starts_on date,
    ADD COLUMN IF NOT EXISTS notice_backfilled boolean NOT NULL DEFAULT false;

-- Before schema 2 the notice always counted from the day it was said to be posted.
UPDATE decisions SET notice_starts_on = notice_ends_on - notice_days
WHERE notice_ends_on IS NOT NULL AND notice_starts_on IS NULL;

-- A merged deliberation stored with schema 1 holds the committee's counts.
WITH copied AS (
    SELECT e.stream_id, e.data -> 'record' AS record FROM events e
    WHERE e.event_type = 'DecisionDeliberated' AND e.schema_version = 1
      AND (e.data ->> 'merged_with_proposal')::boolean)
UPDATE decisions d SET steps = COALESCE((
    SELECT jsonb_agg(
        CASE WHEN x.step ->> 'step' = 'deliberation' AND EXISTS (
                SELECT 1 FROM copied c
                WHERE c.stream_id = d.decision_id AND c.record = x.step -> 'record')
            THEN x.step
                || '{"merged_with_proposal": true, "record_copied_from_proposal": true}'::jsonb
            ELSE x.step END
        ORDER BY x.n)
    FROM jsonb_array_elements(d.steps) WITH ORDINALITY AS x(step, n)), '[]'::jsonb)
WHERE d.decision_id IN (SELECT stream_id FROM copied);
