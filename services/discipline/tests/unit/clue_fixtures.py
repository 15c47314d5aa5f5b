"""A clue and its case, event by event, for the clue decider tests."""

from __future__ import annotations

from datetime import date

from frontline.discipline.domain import case_events as cev
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain.clue import clue_decider
from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    Disposal,
    SealedReporter,
)
from frontline.discipline.domain.sanctions import ImposedMeasure, MeasureKind, MeasureType
from frontline.kernel.calendar import WorkingCalendar

VILLAGE = "440781100201"
DECIDER = clue_decider(WorkingCalendar())
SEALED = SealedReporter(subject_id="reporter:abc", sealed="v1:AAAA")

RECEIVED = ev.ClueReceived(
    clue_id="clue-1",
    division_code=VILLAGE,
    source=ClueSource.LETTERS_VISITS,
    category=Category.THREE_CAPITALS_MISUSE,
    summary="The pond was leased twice.",
    received_on=date(2026, 3, 2),
    reporter=SEALED,
    reply_working_days=15,
    reply_due_on=date(2026, 3, 23),
)
VERIFYING = ev.ClueDisposed(
    disposal=Disposal.PRELIMINARY_VERIFICATION,
    disposed_on=date(2026, 3, 5),
    category=Category.THREE_CAPITALS_MISUSE,
)
FILED = cev.CaseFiled(
    case_id="case-1",
    category=Category.THREE_CAPITALS_MISUSE,
    cadre_id="cadre-1",
    filed_on=date(2026, 4, 1),
    investigation_due_on=date(2026, 6, 30),
)
EVIDENCE = cev.EvidenceAdded(
    evidence_id="ev-1", description="Two contracts.", added_on=date(2026, 4, 2)
)
SUBMITTED = cev.CaseSubmittedForReview(submitted_on=date(2026, 5, 4))
REMOVAL = ImposedMeasure(
    type=MeasureType.PARTY_SANCTION,
    kind=MeasureKind.REMOVAL_FROM_PARTY_POST,
    removes_from_post=True,
    influence_ends_on=date(2028, 5, 20),
)
DECIDED = cev.CaseDecided(
    decided_on=date(2026, 5, 20), four_forms_level=3, measures=(REMOVAL,), summary="Abuse."
)
EXECUTED = cev.CaseExecuted(executed_on=date(2026, 5, 25))

WALK = [RECEIVED, VERIFYING, FILED, EVIDENCE, SUBMITTED, DECIDED, EXECUTED]


def upto(event: object) -> list[object]:
    """The walk up to and including ``event``."""
    return WALK[: WALK.index(event) + 1]
