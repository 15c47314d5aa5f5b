"""The read model's writes for clues and cases, as data: rows written whole from the
clue's state (a clue and its case share one stream).

Projections return ``Op``s (frontline.kernel.ops); the kernel sends them with the
command's events. The reporter is written as the sealed text the event holds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.views import CaseView, ClueView
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op


def as_json(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False)


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def _value(item: Any) -> Any:
    return None if item is None else getattr(item, "value", item)


_UPSERT_CLUE = """
INSERT INTO clues (clue_id, division_code, source, category, summary, status, received_on,
    disposal, disposed_on, outcome, concluded_on, reporter_subject, reporter_sealed,
    reply_due_on, reply_provisional, replied_on, reply_accepted, reply_overdue, cadre_id,
    origin_ref, recused, case_id, version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
    $19, $20, $21, $22, $23)
ON CONFLICT (clue_id) DO UPDATE SET category = EXCLUDED.category, status = EXCLUDED.status,
    disposal = EXCLUDED.disposal, disposed_on = EXCLUDED.disposed_on,
    outcome = EXCLUDED.outcome, concluded_on = EXCLUDED.concluded_on,
    reply_due_on = EXCLUDED.reply_due_on, reply_provisional = EXCLUDED.reply_provisional,
    replied_on = EXCLUDED.replied_on, reply_accepted = EXCLUDED.reply_accepted,
    reply_overdue = EXCLUDED.reply_overdue, cadre_id = EXCLUDED.cadre_id,
    recused = EXCLUDED.recused, case_id = EXCLUDED.case_id, version = EXCLUDED.version
"""

_UPSERT_CASE = """
INSERT INTO cases (case_id, clue_id, division_code, category, cadre_id, status, filed_on,
    investigation_due_on, extensions, overdue, evidence, submitted_on, returns, decided_on,
    four_forms_level, measures, decision_summary, executed_on, archived_on, appeal, revoked,
    recused)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16::jsonb,
    $17, $18, $19, $20::jsonb, $21, $22)
ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status,
    investigation_due_on = EXCLUDED.investigation_due_on, extensions = EXCLUDED.extensions,
    overdue = EXCLUDED.overdue, evidence = EXCLUDED.evidence,
    submitted_on = EXCLUDED.submitted_on, returns = EXCLUDED.returns,
    decided_on = EXCLUDED.decided_on, four_forms_level = EXCLUDED.four_forms_level,
    measures = EXCLUDED.measures, decision_summary = EXCLUDED.decision_summary,
    executed_on = EXCLUDED.executed_on, archived_on = EXCLUDED.archived_on,
    appeal = EXCLUDED.appeal, revoked = EXCLUDED.revoked, recused = EXCLUDED.recused
"""


def _clue_op(v: ClueView, version: int) -> Op:
    reporter = v.reporter
    return Op(
        _UPSERT_CLUE,
        (
            v.clue_id,
            v.division_code,
            v.source.value,
            v.category.value,
            v.summary,
            v.status.value,
            v.received_on,
            _value(v.disposal),
            v.disposed_on,
            _value(v.outcome),
            v.concluded_on,
            reporter.subject_id if reporter else None,
            reporter.sealed if reporter else None,
            v.reply_due_on,
            v.reply_provisional,
            v.replied_on,
            v.reply_accepted,
            v.reply_overdue,
            v.cadre_id,
            v.origin_ref,
            list(v.recused),
            v.case_id,
            version,
        ),
    )


def _case_op(v: CaseView) -> Op:
    appeal = asdict(v.appeal) if v.appeal else None
    return Op(
        _UPSERT_CASE,
        (
            v.case_id,
            v.clue_id,
            v.division_code,
            v.category.value,
            v.cadre_id,
            v.status.value,
            v.filed_on,
            v.investigation_due_on,
            v.extensions,
            v.overdue,
            as_json([asdict(e) for e in v.evidence]),
            v.submitted_on,
            v.returns,
            v.decided_on,
            v.four_forms_level,
            as_json([m.model_dump(mode="json") for m in v.measures]),
            v.decision_summary,
            v.executed_on,
            v.archived_on,
            as_json({**appeal, "outcome": _value(appeal["outcome"])}) if appeal else None,
            v.revoked,
            list(v.recused),
        ),
    )


def clue_ops(stored: Sequence[StoredEvent], s: ClueState) -> list[Op]:
    ops = [_clue_op(ClueView.of_state(s), stored[-1].version)]
    if s.case is not None:
        ops.append(_case_op(CaseView.of_state(s, s.case)))
    return ops
