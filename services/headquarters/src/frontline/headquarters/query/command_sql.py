"""SQL over the command tools' facts as of one day ($1), since a window's start ($2).

Per receiving unit: its supervision orders open, overdue (no report owed is recorded
and the deadline in force has passed), accepted in the window and of those on time;
per division: responsibility items due in the window and completed.
"""

from __future__ import annotations

ORDERS = """
WITH o AS (SELECT order_id, unit_id, division_code FROM {s}.orders WHERE issued_on <= $1),
due AS (
  SELECT DISTINCT ON (order_id) order_id, due_on, provisional FROM {s}.order_steps
  WHERE due_on IS NOT NULL AND on_date <= $1
  ORDER BY order_id, on_date DESC, due_on DESC),
report AS (
  SELECT DISTINCT ON (order_id) order_id, step FROM {s}.order_steps
  WHERE step IN ('reported', 'returned') AND on_date <= $1
  ORDER BY order_id, round DESC, (step = 'returned') DESC),
accepted AS (
  SELECT order_id, min(on_date) AS on_date, bool_or(on_time) AS on_time FROM {s}.order_steps
  WHERE step = 'accepted' AND on_date <= $1 GROUP BY order_id),
x AS (
  SELECT o.unit_id, o.division_code, a.order_id IS NULL AS open, a.on_date AS accepted_on,
    COALESCE(a.on_time, false) AS on_time, d.due_on,
    a.order_id IS NULL AND r.step IS DISTINCT FROM 'reported' AND NOT COALESCE(d.provisional, false)
      AND d.due_on < $1 AS overdue
  FROM o LEFT JOIN due d USING (order_id) LEFT JOIN report r USING (order_id)
    LEFT JOIN accepted a USING (order_id))
SELECT unit_id, division_code,
  count(*) FILTER (WHERE open)::int AS open,
  count(*) FILTER (WHERE overdue)::int AS overdue,
  min(due_on) FILTER (WHERE overdue) AS overdue_since,
  count(*) FILTER (WHERE accepted_on > $2)::int AS settled,
  count(*) FILTER (WHERE accepted_on > $2 AND on_time)::int AS on_time
FROM x GROUP BY 1, 2
"""

DUTIES = """
SELECT i.division_code, count(*)::int AS due,
  count(*) FILTER (WHERE c.completed)::int AS completed
FROM {s}.duty_items i
LEFT JOIN LATERAL (
  SELECT k.completed FROM {s}.duty_checks k WHERE k.item_id = i.item_id AND k.checked_on <= $1
  ORDER BY k.checked_on DESC, k.completed DESC LIMIT 1) c ON true
WHERE i.set_on <= $1 AND i.due_on <= $1 AND i.due_on > $2
GROUP BY 1
"""
