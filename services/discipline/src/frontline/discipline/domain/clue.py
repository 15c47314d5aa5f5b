"""The clue decider: one stream per clue (stream type ``clue``), its case included.

A case is filed on a clue and lives in the clue's stream, so the whole way from
receipt to archive is one ordered stream, one Kafka key. The decider counts the
reporter's reply deadline in working days, so it is built on the runtime's
statutory calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from frontline.discipline.domain import case_commands as kcmd
from frontline.discipline.domain import case_decision_rules as decision
from frontline.discipline.domain import case_rules as case
from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain import clue_rules as clue
from frontline.discipline.domain.case_events import CASE_EVENTS
from frontline.discipline.domain.clue_events import CLUE_EVENTS
from frontline.discipline.domain.clue_state import ClueState, evolve
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Decider, DomainEvent

STREAM_TYPE = "clue"

ClueDecider = Decider[Any, ClueState]


def clue_decider(calendar: WorkingCalendar) -> ClueDecider:
    rules: dict[type[Any], Callable[[Any, ClueState], Sequence[DomainEvent]]] = {
        cmd.ReceiveClue: partial(clue.receive, calendar=calendar),
        cmd.DisposeClue: clue.dispose,
        cmd.ConcludeVerification: clue.conclude,
        cmd.ReplyToReporter: clue.reply,
        cmd.CheckReporterReply: partial(clue.check_reply, calendar=calendar),
        cmd.RecordRecusal: clue.recuse,
        kcmd.FileCase: case.file_case,
        kcmd.AddEvidence: case.add_evidence,
        kcmd.RetractEvidence: case.retract_evidence,
        kcmd.ExtendInvestigation: case.extend,
        kcmd.FlagInvestigationOverdue: case.flag_overdue,
        kcmd.SubmitForReview: case.submit,
        kcmd.ReturnForInvestigation: case.return_case,
        kcmd.DecideCase: decision.decide,
        kcmd.RecordExecution: decision.execute,
        kcmd.ArchiveCase: decision.archive,
        kcmd.RecordAppeal: decision.appeal,
        kcmd.ConcludeAppeal: decision.conclude_appeal,
    }
    return Decider(
        stream_type=STREAM_TYPE,
        initial_state=ClueState,
        evolve=evolve,
        rules=rules,
        events=(*CLUE_EVENTS, *CASE_EVENTS),
    )
