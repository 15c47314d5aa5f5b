"""The read model's writes, as data: each row written whole from the aggregate's view.

Projections return ``Op``s (frontline.kernel.ops) and the kernel sends them with the
command's events; one upsert per command, so a command is one statement.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op
from frontline.organization.domain.decision_state import DecisionState, StepOutcome
from frontline.organization.domain.meeting import MeetingState
from frontline.organization.domain.org_unit_state import OrgUnitState
from frontline.organization.views import DecisionView, UnitView


def as_json(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False)


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


_UPSERT_UNIT = """
INSERT INTO org_units (unit_id, level, division_code, name, parent_id, status,
    established_on, term_years, term_started_on, election_due_on, election_reminded,
    election_overdue, secretary_cadre_id, secretary_since, secretary_vacant_since,
    one_shoulder, team, rectification, ratings, dissolved_on, merged_into_unit_id, version,
    form, member_count, has_party_groups, form_recorded_on, meetings_due)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
    $17::jsonb, $18::jsonb, $19::jsonb, $20, $21, $22, $23, $24, $25, $26, $27::jsonb)
ON CONFLICT (unit_id) DO UPDATE SET status = EXCLUDED.status,
    term_years = EXCLUDED.term_years, term_started_on = EXCLUDED.term_started_on,
    election_due_on = EXCLUDED.election_due_on, election_reminded = EXCLUDED.election_reminded,
    election_overdue = EXCLUDED.election_overdue,
    secretary_cadre_id = EXCLUDED.secretary_cadre_id,
    secretary_since = EXCLUDED.secretary_since,
    secretary_vacant_since = EXCLUDED.secretary_vacant_since,
    one_shoulder = EXCLUDED.one_shoulder, team = EXCLUDED.team,
    rectification = EXCLUDED.rectification, ratings = EXCLUDED.ratings,
    dissolved_on = EXCLUDED.dissolved_on, merged_into_unit_id = EXCLUDED.merged_into_unit_id,
    version = EXCLUDED.version, form = EXCLUDED.form, member_count = EXCLUDED.member_count,
    has_party_groups = EXCLUDED.has_party_groups, form_recorded_on = EXCLUDED.form_recorded_on,
    meetings_due = EXCLUDED.meetings_due
"""


def org_unit_ops(stored: Sequence[StoredEvent], s: OrgUnitState) -> list[Op]:
    v = UnitView.of_state(s)
    secretary = v.secretary
    rectification = asdict(v.rectification) if v.rectification else None
    return [
        Op(
            _UPSERT_UNIT,
            (
                v.unit_id,
                v.level.value,
                v.division_code,
                v.name,
                v.parent_id,
                "active" if v.active else "dissolved",
                v.established_on,
                v.term_years,
                v.term_started_on,
                v.election_due_on,
                v.election_reminded,
                v.election_overdue,
                secretary.cadre_id if secretary else None,
                secretary.since if secretary else None,
                v.secretary_vacant_since,
                v.one_shoulder,
                as_json([asdict(seat) for seat in v.team]),
                as_json(rectification) if rectification else None,
                as_json([asdict(r) for r in v.ratings]),
                v.dissolved_on,
                v.merged_into_unit_id,
                stored[-1].version,
                v.form.value if v.form else None,
                v.member_count,
                v.has_party_groups,
                v.form_recorded_on,
                as_json([d.model_dump(mode="json") for d in v.meetings_due]),
            ),
        )
    ]


_UPSERT_DECISION = """
INSERT INTO decisions (decision_id, unit_id, division_code, title, matter, source,
    state, round, drafted_on, last_step_on, notice_days, notice_ends_on,
    notice_completed, result_summary, steps, notice_starts_on, notice_backfilled)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, $17)
ON CONFLICT (decision_id) DO UPDATE SET title = EXCLUDED.title,
    state = EXCLUDED.state, round = EXCLUDED.round, drafted_on = EXCLUDED.drafted_on,
    last_step_on = EXCLUDED.last_step_on, notice_days = EXCLUDED.notice_days,
    notice_ends_on = EXCLUDED.notice_ends_on, notice_completed = EXCLUDED.notice_completed,
    result_summary = EXCLUDED.result_summary, steps = EXCLUDED.steps,
    notice_starts_on = EXCLUDED.notice_starts_on, notice_backfilled = EXCLUDED.notice_backfilled
"""


def step_json(outcome: StepOutcome) -> dict[str, Any]:
    return {
        "step": outcome.step.value,
        "passed": outcome.passed,
        "body": outcome.body.value if outcome.body else None,
        "record": outcome.record.model_dump(mode="json"),
        "merged_with_proposal": outcome.merged_with_proposal,
        "record_copied_from_proposal": outcome.record_copied_from_proposal,
    }


def decision_ops(stored: Sequence[StoredEvent], s: DecisionState) -> list[Op]:
    v = DecisionView.of_state(s)
    return [
        Op(
            _UPSERT_DECISION,
            (
                v.decision_id,
                v.unit_id,
                v.division_code,
                v.title,
                v.matter.value,
                v.source.value,
                v.status.value,
                v.round,
                v.drafted_on,
                v.last_step_on,
                v.notice_days,
                v.notice_ends_on,
                v.notice_completed,
                v.result_summary,
                as_json([step_json(o) for o in v.steps]),
                v.notice_starts_on,
                v.notice_backfilled,
            ),
        )
    ]


def meeting_ops(stored: Sequence[StoredEvent], s: MeetingState) -> list[Op]:
    held = s.held
    if held is None:
        return []
    return [
        Op(
            "INSERT INTO meetings (meeting_id, unit_id, division_code, meeting_type, held_on,"
            " members_due, members_present, topic) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            " ON CONFLICT (meeting_id) DO NOTHING",
            (
                held.meeting_id,
                held.unit_id,
                held.division_code,
                held.meeting_type.value,
                held.held_on,
                held.members_due,
                held.members_present,
                held.topic,
            ),
        )
    ]
