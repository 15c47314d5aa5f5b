"""Writes the read model from an aggregate's state, inside the command's transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

import asyncpg

from frontline.kernel.eventstore import StoredEvent
from frontline.organization.domain.decision_state import DecisionState
from frontline.organization.domain.meeting import MeetingState
from frontline.organization.domain.org_unit_state import OrgUnitState


def _json(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False)


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


async def save_org_unit(
    conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: OrgUnitState
) -> None:
    secretary = s.secretary
    await conn.execute(
        """
        INSERT INTO org_units (unit_id, level, division_code, name, parent_id, status,
            established_on, term_years, term_started_on, election_due_on, election_reminded,
            election_overdue, secretary_cadre_id, secretary_since, secretary_vacant_since,
            one_shoulder, team, rectification, ratings, dissolved_on, merged_into_unit_id,
            version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
            $17::jsonb, $18::jsonb, $19::jsonb, $20, $21, $22)
        ON CONFLICT (unit_id) DO UPDATE SET status = EXCLUDED.status,
            term_years = EXCLUDED.term_years, term_started_on = EXCLUDED.term_started_on,
            election_due_on = EXCLUDED.election_due_on,
            election_reminded = EXCLUDED.election_reminded,
            election_overdue = EXCLUDED.election_overdue,
            secretary_cadre_id = EXCLUDED.secretary_cadre_id,
            secretary_since = EXCLUDED.secretary_since,
            secretary_vacant_since = EXCLUDED.secretary_vacant_since,
            one_shoulder = EXCLUDED.one_shoulder, team = EXCLUDED.team,
            rectification = EXCLUDED.rectification, ratings = EXCLUDED.ratings,
            dissolved_on = EXCLUDED.dissolved_on,
            merged_into_unit_id = EXCLUDED.merged_into_unit_id, version = EXCLUDED.version
        """,
        s.unit_id, s.level.value, s.division_code, s.name, s.parent_id,
        "active" if s.active else "dissolved", s.established_on, s.term_years,
        s.term_started_on, s.election_due_on, s.reminded, s.overdue,
        secretary.cadre_id if secretary else None, secretary.since if secretary else None,
        s.secretary_vacant_since, s.one_shoulder,
        _json([asdict(seat) for seat in s.team]),
        _json(asdict(s.rectification)) if s.rectification else None,
        _json([asdict(r) for r in s.ratings]),
        s.dissolved_on, s.merged_into_unit_id, stored[-1].version,
    )  # fmt: skip


def decision_row(s: DecisionState) -> dict[str, Any]:
    """The ``decisions`` row of a state, column by column: what ``save_decision`` writes
    and what an RPC may answer with right after a command, without reading it back."""
    steps = [
        {
            "step": o.step.value,
            "passed": o.passed,
            "body": o.body.value if o.body else None,
            "record": o.record.model_dump(mode="json"),
        }
        for o in s.steps
    ]
    return {
        "decision_id": s.decision_id, "unit_id": s.unit_id, "division_code": s.division_code,
        "title": s.title, "matter": s.matter.value, "source": s.source.value,
        "state": s.status.value, "round": s.round, "drafted_on": s.drafted_on,
        "last_step_on": s.last_on, "notice_days": s.notice_days,
        "notice_ends_on": s.notice_ends_on, "notice_completed": s.notice_completed,
        "result_summary": s.result_summary, "steps": steps,
    }  # fmt: skip


# Column order of the INSERT below.
_DECISION_COLUMNS = (
    "decision_id", "unit_id", "division_code", "title", "matter", "source", "state", "round",
    "drafted_on", "last_step_on", "notice_days", "notice_ends_on", "notice_completed",
    "result_summary", "steps",
)  # fmt: skip


async def save_decision(
    conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: DecisionState
) -> None:
    row = decision_row(s)
    values = [row[column] for column in _DECISION_COLUMNS[:-1]]
    await conn.execute(
        """
        INSERT INTO decisions (decision_id, unit_id, division_code, title, matter, source,
            state, round, drafted_on, last_step_on, notice_days, notice_ends_on,
            notice_completed, result_summary, steps)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb)
        ON CONFLICT (decision_id) DO UPDATE SET title = EXCLUDED.title,
            state = EXCLUDED.state, round = EXCLUDED.round, drafted_on = EXCLUDED.drafted_on,
            last_step_on = EXCLUDED.last_step_on, notice_days = EXCLUDED.notice_days,
            notice_ends_on = EXCLUDED.notice_ends_on,
            notice_completed = EXCLUDED.notice_completed,
            result_summary = EXCLUDED.result_summary, steps = EXCLUDED.steps
        """,
        *values, _json(row["steps"]),
    )  # fmt: skip


async def save_meeting(
    conn: asyncpg.Connection, stored: Sequence[StoredEvent], s: MeetingState
) -> None:
    held = s.held
    if held is None:
        return
    await conn.execute(
        "INSERT INTO meetings (meeting_id, unit_id, division_code, meeting_type, held_on,"
        " members_due, members_present, topic) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        " ON CONFLICT (meeting_id) DO NOTHING",
        held.meeting_id, held.unit_id, held.division_code, held.meeting_type.value,
        held.held_on, held.members_due, held.members_present, held.topic,
    )  # fmt: skip
