"""Rules of a case from its decision to the archive (DOMAIN.md "Case").

Decided (measures and the "four forms" level, 四种形态) → executed → archived. An
appeal is recorded at any time after the decision and does not suspend the
sanction: the case goes on being executed and archived (not while an appeal is
pending, so the archive holds its outcome); an appeal that revokes ends the
sanction's influence.
"""

from __future__ import annotations

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain import case_events as ev
from frontline.discipline.domain.case_rules import case_of, require_status
from frontline.discipline.domain.clue_rules import not_before
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.clue_vocabulary import CaseStatus
from frontline.discipline.domain.sanctions import KINDS_OF, imposed
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import FieldViolation, InvalidArgument, PreconditionFailed

FOUR_FORMS = range(1, 5)
_DECIDED = (CaseStatus.DECIDED, CaseStatus.EXECUTED, CaseStatus.ARCHIVED)


def _check_measures(c: cmd.DecideCase) -> None:
    problems: list[FieldViolation] = []
    if c.four_forms_level not in FOUR_FORMS:
        problems.append(
            FieldViolation(
                "four_forms_level", "one of the four forms: 1 to 4", "NOT_A_FOUR_FORMS_LEVEL"
            )
        )
    seen = set()
    for n, measure in enumerate(c.measures):
        if measure.kind not in KINDS_OF[measure.type]:
            problems.append(
                FieldViolation(
                    f"measures[{n}].kind",
                    "not a kind of {measure_type}",
                    "KIND_NOT_OF_TYPE",
                    measure_type=measure.type,
                )
            )
        if measure.kind in seen:
            problems.append(FieldViolation(f"measures[{n}].kind", "given twice", "MEASURE_TWICE"))
        seen.add(measure.kind)
    # The first form is criticism and education; the others impose a measure.
    if not c.measures and c.four_forms_level in range(2, 5):
        problems.append(
            FieldViolation(
                "measures", "forms 2 to 4 impose at least one measure", "MEASURE_REQUIRED"
            )
        )
    if problems:
        raise InvalidArgument(*problems)


def decide(c: cmd.DecideCase, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.IN_REVIEW, "decide")
    _check_measures(c)
    not_before(s, c.decided_on, "decided_on", case.last_on)
    measures = tuple(imposed(m, c.decided_on, c.influence_months) for m in c.measures)
    return [
        ev.CaseDecided(
            decided_on=c.decided_on,
            four_forms_level=c.four_forms_level,
            measures=measures,
            summary=c.summary.strip(),
        )
    ]


def execute(c: cmd.RecordExecution, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.DECIDED, "record the execution of")
    not_before(s, c.executed_on, "executed_on", case.decided_on)
    return [ev.CaseExecuted(executed_on=c.executed_on)]


def archive(c: cmd.ArchiveCase, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.EXECUTED, "archive")
    if case.appeal_pending:
        raise PreconditionFailed(
            "APPEAL_PENDING", case.case_id, "the case is archived once its appeal is concluded"
        )
    not_before(s, c.archived_on, "archived_on", case.executed_on)
    return [ev.CaseArchived(archived_on=c.archived_on)]


def appeal(c: cmd.RecordAppeal, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    if case.status not in _DECIDED:
        raise PreconditionFailed("NOT_DECIDED", case.case_id, "an appeal follows a decision")
    if case.appeal_pending:
        raise PreconditionFailed("APPEAL_PENDING", case.case_id, "an appeal is already pending")
    if case.revoked:
        raise PreconditionFailed("REVOKED", case.case_id, "the decision was revoked on appeal")
    not_before(s, c.appealed_on, "appealed_on", case.decided_on)
    return [ev.AppealRecorded(appealed_on=c.appealed_on, grounds=c.grounds.strip())]


def conclude_appeal(c: cmd.ConcludeAppeal, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    if case.appeal is None or not case.appeal_pending:
        raise PreconditionFailed("NO_APPEAL", case.case_id, "no appeal is pending")
    not_before(s, c.concluded_on, "concluded_on", case.appeal.appealed_on)
    return [ev.AppealConcluded(concluded_on=c.concluded_on, outcome=c.outcome)]
