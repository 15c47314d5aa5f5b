"""SQL over the service-center facts as of one day ($1 is always that day).

A request as of a day is its steps (projection/service_center.py) dated on or before
it, folded the way the service folds its events (DOMAIN.md "Service request"):

- open: taken, and neither transferred nor resolved in its current round (a reopening
  starts a round: ``RequestResolved.reopened`` is the round it ends);
- its escalation: the furthest stage flagged since its last reopening (a stage of the
  new round is always flagged after the reopening day: its due date is at least a
  working day later), the automatic reminder between overdue and the yellow card;
- response: decided by the first assignment signed for or flagged late;
- counted resolved: resolved, never reopened, and no answered visit "unsatisfied";
  satisfaction counts answered visits only ("no answer" is in neither count).
"""

from __future__ import annotations

# Centres established by the day, per division and level, and how many still active.
CENTRES = """
SELECT division_code, level,
  count(*) FILTER (WHERE closed_on IS NULL OR closed_on > $1)::int AS active
FROM {s}.service_centres
WHERE level <> '' AND established_on <= $1
GROUP BY 1, 2
"""

_SINCE_REOPENED = "on_date > COALESCE(last_reopened_on, '-infinity'::date)"

REQUESTS = f"""
WITH s AS (
  SELECT t.*,
    max(t.on_date) FILTER (WHERE t.step = 'reopened') OVER w AS last_reopened_on,
    max(t.on_date) FILTER (WHERE t.step = 'resolved') OVER w AS last_resolved_on,
    max(t.n) FILTER (WHERE t.step = 'assigned') OVER w AS last_assignment
  FROM {{s}}.service_request_steps t
  WHERE t.on_date <= $1
  WINDOW w AS (PARTITION BY t.request_id)),
r AS (
  SELECT request_id,
    (array_agg(division_code) FILTER (WHERE step = 'submitted'))[1] AS division_code,
    (array_agg(line) FILTER (WHERE step = 'submitted'))[1] AS line,
    (array_agg(detail) FILTER (WHERE step = 'submitted'))[1] AS channel,
    bool_or(step = 'transferred') AS transferred,
    bool_or(step = 'closed') AS closed,
    count(*) FILTER (WHERE step = 'reopened') AS reopenings,
    max(n) FILTER (WHERE step = 'resolved') AS resolved_round,
    count(*) FILTER (WHERE step = 'resolved') AS resolutions,
    count(*) FILTER (WHERE step = 'resolved' AND flag) AS resolutions_on_time,
    bool_or(step IN ('signed_for', 'sign_for_overdue')) AS responded,
    (array_agg(step = 'signed_for' AND flag ORDER BY n, at, step)
      FILTER (WHERE step IN ('signed_for', 'sign_for_overdue')))[1] AS responded_on_time,
    bool_or(step = 'visited' AND detail = 'unsatisfied') AS unsatisfied,
    count(*) FILTER (WHERE step = 'visited' AND answered) AS answered,
    count(*) FILTER (WHERE step = 'visited' AND answered AND flag) AS satisfied,
    count(*) FILTER (WHERE step = 'visited' AND NOT answered) AS no_answer,
    GREATEST(
      max(CASE detail WHEN 'overdue' THEN 1 WHEN 'yellow_card' THEN 3 WHEN 'red_card' THEN 4 END)
        FILTER (WHERE step = 'overdue' AND {_SINCE_REOPENED}),
      max(2) FILTER (WHERE step = 'reminded' AND flag AND {_SINCE_REOPENED})) AS stage,
    bool_or(step = 'sign_for_overdue' AND n = last_assignment) AS sign_for_flagged,
    bool_or(step IN ('signed_for', 'refused') AND n = last_assignment) AS sign_for_settled,
    bool_or(step = 'visit_overdue' AND on_date >= last_resolved_on) AS visit_flagged,
    bool_or(step = 'visited' AND answered AND on_date >= last_resolved_on) AS visited_since,
    bool_or(step = 'extended') AS extended
  FROM s GROUP BY request_id),
x AS (
  SELECT r.*,
    NOT transferred AND (resolved_round IS NULL OR resolved_round < reopenings) AS open
  FROM r WHERE division_code IS NOT NULL)
SELECT division_code, line,
  count(*)::int AS submitted,
  count(*) FILTER (WHERE open)::int AS open,
  count(*) FILTER (WHERE open AND stage >= 1)::int AS overdue,
  count(*) FILTER (WHERE open AND stage = 2)::int AS reminded,
  count(*) FILTER (WHERE open AND stage = 3)::int AS yellow_cards,
  count(*) FILTER (WHERE open AND stage = 4)::int AS red_cards,
  count(*) FILTER (WHERE open AND sign_for_flagged AND NOT sign_for_settled)::int AS sign_for_late,
  count(*) FILTER (WHERE NOT open AND NOT transferred AND NOT closed AND visit_flagged
    AND NOT visited_since)::int AS visit_late,
  count(*) FILTER (WHERE responded)::int AS responded,
  count(*) FILTER (WHERE responded_on_time)::int AS responded_on_time,
  count(*) FILTER (WHERE resolutions > 0)::int AS resolved,
  count(*) FILTER (WHERE resolutions > 0 AND reopenings = 0 AND NOT unsatisfied)::int
    AS resolved_counted,
  COALESCE(sum(resolutions), 0)::int AS resolutions,
  COALESCE(sum(resolutions_on_time), 0)::int AS resolutions_on_time,
  COALESCE(sum(answered), 0)::int AS visits_answered,
  COALESCE(sum(satisfied), 0)::int AS visits_satisfied,
  COALESCE(sum(no_answer), 0)::int AS visits_no_answer,
  count(*) FILTER (WHERE reopenings > 0)::int AS reopened,
  count(*) FILTER (WHERE transferred)::int AS transferred,
  count(*) FILTER (WHERE extended)::int AS extended,
  count(*) FILTER (WHERE channel = 'walk_in')::int AS walk_in,
  count(*) FILTER (WHERE channel = 'phone')::int AS phone,
  count(*) FILTER (WHERE channel = 'online')::int AS online,
  count(*) FILTER (WHERE channel = 'door_to_door')::int AS door_to_door
FROM x GROUP BY 1, 2
"""
