"""The read model's facts as of one day, queried the way headquarters did before it
kept per-day figures (see direct_overview.py); ``$1`` is the day."""

from __future__ import annotations

UNITS = """
SELECT u.unit_id, u.name, u.level, u.division_code, u.parent_id, u.established_on,
  (SELECT t.election_due_on FROM hq.election_terms t
    WHERE t.unit_id = u.unit_id AND t.valid_from <= $1
    ORDER BY t.valid_from DESC, t.election_due_on DESC LIMIT 1) AS election_due_on
FROM hq.units u
WHERE u.level <> '' AND u.established_on <= $1 AND (u.dissolved_on IS NULL OR u.dissolved_on > $1)
"""
SECRETARIES = """
WITH spans AS (
  SELECT p.unit_id, p.started_on,
    (SELECT min(e.left_on) FROM hq.post_ends e
      WHERE e.source = p.source AND e.unit_id = p.unit_id AND e.cadre_id = p.cadre_id
        AND e.post = p.post AND e.left_on >= p.started_on) AS ended_on
  FROM hq.posts p WHERE p.post = 'secretary' AND p.started_on <= $1)
SELECT unit_id, bool_or(ended_on IS NULL OR ended_on > $1) AS filled,
  max(ended_on) FILTER (WHERE ended_on <= $1) AS last_vacated
FROM spans GROUP BY unit_id
"""
DECISIONS = """
WITH latest AS (
  SELECT DISTINCT ON (decision_id) decision_id, state, on_date
  FROM hq.decision_steps WHERE on_date <= $1
  ORDER BY decision_id, round DESC, seq DESC, on_date DESC),
owner AS (SELECT decision_id, max(unit_id) AS unit_id FROM hq.decision_steps GROUP BY decision_id)
SELECT o.unit_id, l.state, count(*)::int AS n,
  count(*) FILTER (WHERE l.on_date < $1 - $2::int)::int AS old
FROM latest l JOIN owner o USING (decision_id) GROUP BY 1, 2
"""
WEAK_LAX = """
SELECT DISTINCT ON (w.unit_id) w.unit_id, w.confirmed_on,
  (SELECT min(x.signed_off_on) FROM hq.weak_lax_signoffs x
    WHERE x.unit_id = w.unit_id AND x.signed_off_on >= w.confirmed_on
      AND x.signed_off_on <= $1) AS signed_off_on,
  (SELECT p.percent_complete FROM hq.rectification_progress p
    WHERE p.unit_id = w.unit_id AND p.recorded_on BETWEEN w.confirmed_on AND $1
    ORDER BY p.recorded_on DESC, p.percent_complete DESC LIMIT 1) AS percent_complete
FROM hq.weak_lax w WHERE w.confirmed_on <= $1
ORDER BY w.unit_id, w.confirmed_on DESC
"""
RATINGS = """
SELECT DISTINCT ON (unit_id) unit_id, rating FROM hq.secretary_ratings WHERE rated_on <= $1
ORDER BY unit_id, year DESC, rated_on DESC
"""
CADRES = """
WITH active AS (
  SELECT DISTINCT ON (p.cadre_id) p.cadre_id, p.division_code
  FROM hq.posts p
  WHERE p.source = 'cadre' AND p.started_on <= $1 AND NOT EXISTS (
    SELECT 1 FROM hq.post_ends e
    WHERE e.source = p.source AND e.unit_id = p.unit_id AND e.cadre_id = p.cadre_id
      AND e.post = p.post AND e.left_on >= p.started_on AND e.left_on <= $1)
  ORDER BY p.cadre_id, p.started_on DESC),
edu AS (
  SELECT DISTINCT ON (cadre_id) cadre_id, level FROM hq.education_levels WHERE valid_from <= $1
  ORDER BY cadre_id, valid_from DESC, array_position($2::text[], level) DESC),
hours AS (
  SELECT cadre_id, sum(hours) AS hours FROM hq.trainings
  WHERE completed_on <= $1 AND completed_on > ($1::date - interval '12 months') GROUP BY cadre_id)
SELECT a.division_code, COALESCE(edu.level, '') AS education, COALESCE(c.age_band, '') AS age_band,
  COALESCE(c.gender, '') AS gender, h.hours
FROM active a LEFT JOIN hq.cadres c USING (cadre_id) LEFT JOIN edu USING (cadre_id)
  LEFT JOIN hours h USING (cadre_id)
"""
UPGRADES = """
SELECT COALESCE(u.division_code, c.division_code, '') AS division_code,
  (u.enrolled_on <= $1 AND (u.graduated_on IS NULL OR u.graduated_on > $1)) AS studying,
  (u.graduated_on <= $1) AS graduated
FROM hq.upgrades u LEFT JOIN hq.cadres c USING (cadre_id)
"""
STUDENTS = "SELECT COALESCE(division_code, '') AS division_code, starts_on, converted_on, departed_on FROM hq.student_officials"
REMUNERATION = """
SELECT DISTINCT ON (township_code) township_code, cadre_count, average_yuan, growth_rate
FROM hq.remuneration WHERE year <= extract(year from $1::date) ORDER BY township_code, year DESC
"""
EVALUATIONS = """
SELECT e.* FROM hq.evaluation_summaries e
WHERE e.published_on <= $1 AND NOT EXISTS (
  SELECT 1 FROM hq.evaluation_summaries x WHERE x.township_code = e.township_code
    AND x.published_on <= $1 AND (x.year, x.revision) > (e.year, e.revision))
"""
MONTHLY = """
SELECT to_char(date_trunc('month', x.on_date), 'YYYY-MM-01') AS month, x.series, sum(x.n) AS n
FROM (
  SELECT m.held_on AS on_date, 'meetings_held' AS series, 1::float AS n,
    COALESCE(m.division_code, u.division_code) AS code
  FROM hq.meetings m LEFT JOIN hq.units u USING (unit_id)
  UNION ALL
  SELECT min(d.on_date), 'decisions_public', 1, max(COALESCE(d.division_code, u.division_code))
  FROM hq.decision_steps d LEFT JOIN hq.units u USING (unit_id)
  WHERE d.state = 'resolution_public' GROUP BY d.decision_id
  UNION ALL
  SELECT t.completed_on, 'training_hours', t.hours, COALESCE(t.division_code, c.division_code)
  FROM hq.trainings t LEFT JOIN hq.cadres c USING (cadre_id)
  UNION ALL
  SELECT registered_on, 'disputes_registered', 1, division_code FROM hq.disputes
) x
WHERE x.code LIKE $1 || '%' AND x.on_date > $2 AND x.on_date <= $3
GROUP BY 1, 2
"""

ACTIVITY = """
SELECT a.event_id, a.occurred_at, a.division_code, a.kind, a.summary,
  COALESCE((SELECT u.name FROM hq.units u WHERE u.division_code = a.division_code
    AND a.division_code <> '' ORDER BY u.level = 'branch', u.name LIMIT 1), '') AS unit_name
FROM hq.activity a WHERE a.division_code LIKE $1 || '%' AND a.occurred_at < $2::date + 1
ORDER BY a.occurred_at DESC, a.event_id DESC LIMIT 30
"""
