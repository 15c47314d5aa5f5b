"""SQL that reads the read model's dated facts as of one day ($1 is always that day)."""

from __future__ import annotations

UNITS = """
SELECT u.unit_id, u.name, u.level, u.division_code, u.parent_id, u.established_on,
  (SELECT t.election_due_on FROM {s}.election_terms t
    WHERE t.unit_id = u.unit_id AND t.valid_from <= $1
    ORDER BY t.valid_from DESC, t.election_due_on DESC LIMIT 1) AS election_due_on
FROM {s}.units u
WHERE u.level <> '' AND u.established_on <= $1 AND (u.dissolved_on IS NULL OR u.dissolved_on > $1)
"""

# A post runs from its start to the first leave on or after it.
SECRETARIES = """
WITH spans AS (
  SELECT p.unit_id, p.started_on,
    (SELECT min(e.left_on) FROM {s}.post_ends e
      WHERE e.source = p.source AND e.unit_id = p.unit_id AND e.cadre_id = p.cadre_id
        AND e.post = p.post AND e.left_on >= p.started_on) AS ended_on
  FROM {s}.posts p WHERE p.post = 'secretary' AND p.started_on <= $1)
SELECT unit_id,
  bool_or(ended_on IS NULL OR ended_on > $1) AS filled,
  max(ended_on) FILTER (WHERE ended_on <= $1) AS last_vacated
FROM spans GROUP BY unit_id
"""

# The meetings a unit owes (DOMAIN.md "Meetings"): each form record's list, from its day
# until the next record; before its first record (or without one), the default types
# and frequencies of settings ($2, $3). A type due at one frequency through consecutive
# records is one stretch. A period of m months is bucket month // m of the months
# counted from year 0 (the meetings' held_month); a period counts when it lies whole
# inside the window and inside a stretch, so the current period only once it is over
# and a duty recorded mid-period from the next period on.
_MONTH = "(extract(year from {d})::int * 12 + extract(month from {d})::int - 1)"
MEETINGS = f"""
WITH win AS (
  SELECT u.unit_id, GREATEST(u.established_on, ($1::date - make_interval(months => $4))::date) AS ws
  FROM {{s}}.units u
  WHERE u.level IN ('village', 'community', 'branch') AND u.established_on <= $1
    AND (u.dissolved_on IS NULL OR u.dissolved_on > $1)),
records AS (
  SELECT DISTINCT ON (f.unit_id, f.recorded_on) f.unit_id, f.recorded_on, f.meeting_types,
    f.every_months
  FROM {{s}}.org_forms f JOIN win w USING (unit_id) WHERE f.recorded_on <= $1
  ORDER BY f.unit_id, f.recorded_on, f.at DESC, f.event_id DESC),
segments AS (
  SELECT r.unit_id, r.recorded_on AS d_from, COALESCE(lead(r.recorded_on)
      OVER (PARTITION BY r.unit_id ORDER BY r.recorded_on), $1::date + 1) AS d_to,
    r.meeting_types AS types, r.every_months AS months
  FROM records r
  UNION ALL
  SELECT w.unit_id, w.ws, COALESCE((SELECT min(r.recorded_on) FROM records r
      WHERE r.unit_id = w.unit_id), $1::date + 1), $2::text[], $3::int[]
  FROM win w),
duties AS (
  SELECT g.unit_id, d.meeting_type, d.months, GREATEST(g.d_from, w.ws) AS d_from, g.d_to
  FROM segments g JOIN win w USING (unit_id)
    CROSS JOIN LATERAL unnest(g.types, g.months) AS d(meeting_type, months)
  WHERE g.d_to > GREATEST(g.d_from, w.ws)),
marked AS (
  SELECT d.*, CASE WHEN lag(d.d_to) OVER (PARTITION BY d.unit_id, d.meeting_type, d.months
      ORDER BY d.d_from) = d.d_from THEN 0 ELSE 1 END AS starts
  FROM duties d),
numbered AS (
  SELECT m.*, sum(m.starts) OVER (PARTITION BY m.unit_id, m.meeting_type, m.months
      ORDER BY m.d_from) AS stretch
  FROM marked m),
stretches AS (
  SELECT unit_id, meeting_type, months, min(d_from) AS d_from, max(d_to) AS d_to
  FROM numbered GROUP BY unit_id, meeting_type, months, stretch),
span AS (
  SELECT t.unit_id, t.meeting_type, t.months,
    {_MONTH.format(d="t.d_from")} / t.months + CASE WHEN extract(day from t.d_from) = 1
      AND {_MONTH.format(d="t.d_from")} % t.months = 0 THEN 0 ELSE 1 END AS first_b,
    {_MONTH.format(d="t.d_to")} / t.months - 1 AS last_b
  FROM stretches t)
SELECT s.unit_id,
  sum(GREATEST(0, s.last_b - s.first_b + 1))::int AS expected,
  sum((SELECT count(DISTINCT m.held_month / s.months) FROM {{s}}.meetings m
        WHERE m.unit_id = s.unit_id AND m.meeting_type = s.meeting_type AND m.held_on <= $1
          AND m.held_month BETWEEN s.first_b * s.months AND (s.last_b + 1) * s.months - 1))::int
    AS held
FROM span s
GROUP BY s.unit_id
"""

DECISIONS = """
WITH latest AS (
  SELECT DISTINCT ON (decision_id) decision_id, state, on_date
  FROM {s}.decision_steps WHERE on_date <= $1
  ORDER BY decision_id, round DESC, seq DESC, on_date DESC),
owner AS (SELECT decision_id, max(unit_id) AS unit_id FROM {s}.decision_steps GROUP BY decision_id)
SELECT o.unit_id, l.state, count(*)::int AS n,
  count(*) FILTER (WHERE l.on_date < $1 - $2::int)::int AS old
FROM latest l JOIN owner o USING (decision_id)
GROUP BY 1, 2
"""

WEAK_LAX = """
SELECT DISTINCT ON (w.unit_id) w.unit_id, w.confirmed_on,
  (SELECT min(x.signed_off_on) FROM {s}.weak_lax_signoffs x
    WHERE x.unit_id = w.unit_id AND x.signed_off_on >= w.confirmed_on
      AND x.signed_off_on <= $1) AS signed_off_on,
  (SELECT p.percent_complete FROM {s}.rectification_progress p
    WHERE p.unit_id = w.unit_id AND p.recorded_on BETWEEN w.confirmed_on AND $1
    ORDER BY p.recorded_on DESC, p.percent_complete DESC LIMIT 1) AS percent_complete,
  w.criteria
FROM {s}.weak_lax w WHERE w.confirmed_on <= $1
ORDER BY w.unit_id, w.confirmed_on DESC
"""

RATINGS = """
SELECT DISTINCT ON (unit_id) unit_id, year, rating
FROM {s}.secretary_ratings WHERE rated_on <= $1
ORDER BY unit_id, year DESC, rated_on DESC
"""

# Cadres in office on the day, per division: how many, with college education then
# ($4), in the young age bands ($5), women, trailing-year hours, and trained.
CADRES = """
WITH active AS (
  SELECT DISTINCT ON (p.cadre_id) p.cadre_id, p.division_code
  FROM {s}.posts p
  WHERE p.source = 'cadre' AND p.started_on <= $1 AND NOT EXISTS (
    SELECT 1 FROM {s}.post_ends e
    WHERE e.source = p.source AND e.unit_id = p.unit_id AND e.cadre_id = p.cadre_id
      AND e.post = p.post AND e.left_on >= p.started_on AND e.left_on <= $1)
  ORDER BY p.cadre_id, p.started_on DESC),
edu AS (
  SELECT DISTINCT ON (cadre_id) cadre_id, level FROM {s}.education_levels
  WHERE valid_from <= $1
  ORDER BY cadre_id, valid_from DESC, array_position($2::text[], level) DESC),
hours AS (
  SELECT cadre_id, sum(hours) AS hours FROM {s}.trainings
  WHERE completed_on <= $1 AND completed_on > ($1::date - interval '12 months')
  GROUP BY cadre_id)
SELECT a.division_code, count(*)::int AS n,
  count(*) FILTER (WHERE edu.level = ANY($4::text[]))::int AS college,
  count(*) FILTER (WHERE c.age_band = ANY($5::text[]))::int AS young,
  count(*) FILTER (WHERE c.gender = 'female')::int AS women,
  COALESCE(sum(h.hours), 0)::float AS hours,
  count(*) FILTER (WHERE h.hours >= $3)::int AS trained
FROM active a LEFT JOIN {s}.cadres c USING (cadre_id) LEFT JOIN edu USING (cadre_id)
  LEFT JOIN hours h USING (cadre_id)
GROUP BY 1
"""

UPGRADES = """
SELECT COALESCE(u.division_code, c.division_code, '') AS division_code,
  count(*) FILTER (WHERE u.enrolled_on <= $1 AND (u.graduated_on IS NULL OR u.graduated_on > $1))::int
    AS studying,
  count(*) FILTER (WHERE u.graduated_on <= $1)::int AS graduated
FROM {s}.upgrades u LEFT JOIN {s}.cadres c USING (cadre_id)
GROUP BY 1
"""

STUDENTS = """
SELECT COALESCE(division_code, '') AS division_code,
  count(*) FILTER (WHERE starts_on <= $1)::int AS assigned,
  count(*) FILTER (WHERE converted_on <= $1)::int AS converted,
  count(*) FILTER (WHERE departed_on <= $1)::int AS departed
FROM {s}.student_officials GROUP BY 1
"""

EVALUATIONS = """
SELECT DISTINCT ON (township_code) township_code, year, cadre_count, excellent, competent,
  basically_competent, incompetent
FROM {s}.evaluation_summaries WHERE published_on <= $1
ORDER BY township_code, year DESC, revision DESC
"""

REMUNERATION = """
SELECT DISTINCT ON (township_code) township_code, year, cadre_count, average_yuan, growth_rate
FROM {s}.remuneration WHERE year <= extract(year from $1::date)
ORDER BY township_code, year DESC
"""
