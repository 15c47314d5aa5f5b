"""Importing a request handled before this system, with its history (domain/request_import.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain.vocabulary import VisitOutcome
from frontline.service_center.use_cases.ports import Ports
from frontline.service_center.use_cases.request_followup import escalation_offsets
from frontline.service_center.use_cases.requests import (
    Submission,
    answer,
    on_duty,
    submission_command,
)
from frontline.service_center.views import RequestView


@dataclass(frozen=True)
class PastStep:
    kind: cmd.HistoryStepKind
    on: date
    at: datetime
    cadre_id: str | None = None
    department: str | None = None
    outcome: VisitOutcome | None = None
    text: str = ""


async def import_request(p: Ports, s: Submission, steps: list[PastStep]) -> RequestView:
    submission = await submission_command(p, s)
    centre = await p.read.centre(s.centre_id)
    # Who is on duty now: the roster's past is not kept, and an imported step names
    # the staff who handled it then — still the centre's, or the import is refused.
    cadres = {step.cadre_id for step in steps if step.cadre_id}
    duty = {c: centre is not None and await on_duty(p, centre, c) for c in sorted(cadres)}
    command = cmd.ImportRequest(
        submission=submission,
        steps=[
            cmd.HistoryStep(
                kind=step.kind,
                on=step.on,
                at=step.at,
                cadre_id=step.cadre_id,
                department=step.department,
                on_duty=duty.get(step.cadre_id or "", False),
                outcome=step.outcome,
                text=step.text,
            )
            for step in steps
        ],
        today=p.today(),
        now=p.now(),
        sign_for_hours=p.rules.sign_for_hours,
        return_visit_days=p.rules.return_visit_working_days,
        offsets=escalation_offsets(p),
    )
    result = await p.commands.execute(p.requests, submission.request_id, command)
    return await answer(p, result.state, result.stream_id)
