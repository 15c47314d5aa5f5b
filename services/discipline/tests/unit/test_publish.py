"""The public mapping: township and category before a decision, the cadre only with a
sanction, nothing of the reporter, no text at all."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.contracts import discipline as pub
from frontline.contracts.base import PublicEvent
from frontline.discipline.domain import case_events as cev
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain import sweep_events as sev
from frontline.discipline.domain.clue_vocabulary import AppealOutcome
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.domain.sweep import sweep_decider
from frontline.discipline.publish import CLUE, SWEEP
from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.eventstore import StoredEvent

from .clue_fixtures import DECIDED, DECIDER, RECEIVED, SEALED, SUBMITTED, WALK, upto

pytestmark = pytest.mark.unit


def published(decider: Decider[object, object], history: list[DomainEvent]) -> list[PublicEvent]:
    """Every public event of ``history``, each mapped with the state after it."""
    made: list[PublicEvent] = []
    for n, event in enumerate(history, start=1):
        state = decider.fold(history[:n])
        item = StoredEvent("clue-1", "x", n, f"e-{n}", event, datetime(2026, 1, 5, tzinfo=UTC), {})
        made += (CLUE if decider is DECIDER else SWEEP)(item, state)
    return made


RECUSED = ev.StaffRecused(
    staff="investigator-li", recorded_on=date(2026, 3, 3), reason="His cousin."
)
REPLIED = ev.ReporterReplied(replied_on=date(2026, 3, 10), accepted=True, on_time=True)


def test_before_the_decision_only_the_township_and_category_go_out() -> None:
    history = [*upto(SUBMITTED)[:2], RECUSED, REPLIED, *upto(SUBMITTED)[2:]]
    events = published(DECIDER, history)
    assert [type(e).__name__ for e in events] == [
        "ClueReceived",
        "ClueDisposed",
        "ClueReplySent",
        "CaseFiled",
        "CaseSubmittedForReview",
    ]
    text = " ".join(e.model_dump_json() for e in events)
    for secret in (
        "440781100201",
        "cadre-1",
        SEALED.sealed,
        SEALED.subject_id,
        "pond",
        "investigator-li",
        "cousin",
    ):
        assert secret not in text
    assert all(getattr(e, "township_code", None) == "440781100" for e in events)
    received = events[0]
    assert isinstance(received, pub.ClueReceived) and received.reply_due_on == date(2026, 3, 23)


def test_the_decision_names_the_village_and_each_sanction_names_the_cadre() -> None:
    events = published(DECIDER, list(WALK))
    decided = [e for e in events if isinstance(e, pub.CaseDecided)]
    sanctions = [e for e in events if isinstance(e, pub.SanctionImposed)]
    assert decided[0].division_code == "440781100201"
    assert [(s.cadre_id, s.kind, s.removes_from_post, s.influence_ends_on) for s in sanctions] == [
        ("cadre-1", "removal_from_party_post", True, date(2028, 5, 20))
    ]
    assert "Abuse" not in " ".join(e.model_dump_json() for e in events)


def test_a_case_without_a_cadre_publishes_no_sanction() -> None:
    history = [RECEIVED, *WALK[1:]]
    nobody = [
        e.model_copy(update={"cadre_id": None}) if isinstance(e, cev.CaseFiled) else e
        for e in history
    ]
    assert not [e for e in published(DECIDER, nobody) if isinstance(e, pub.SanctionImposed)]


def test_a_revoking_appeal_revokes_each_sanction() -> None:
    appealed = cev.AppealRecorded(appealed_on=date(2026, 5, 22), grounds="Too harsh.")
    revoked = cev.AppealConcluded(concluded_on=date(2026, 6, 1), outcome=AppealOutcome.REVOKED)
    events = published(DECIDER, [*upto(DECIDED), appealed, revoked])
    assert [type(e).__name__ for e in events[-3:]] == [
        "AppealRecorded",
        "AppealConcluded",
        "SanctionRevoked",
    ]
    assert "Too harsh" not in events[-3].model_dump_json()


def test_only_a_missed_period_is_an_alert() -> None:
    started = sev.SweepDutyStarted(
        division_code="440781100201",
        level=DivisionLevel.VILLAGE,
        first_period="2026-01-H1",
        first_period_starts_on=date(2026, 1, 1),
        first_period_ends_on=date(2026, 1, 15),
    )
    closed = sev.SweepPeriodClosed(
        period="2026-01-H1",
        period_starts_on=date(2026, 1, 1),
        period_ends_on=date(2026, 1, 15),
        missed=False,
    )
    assert [type(e).__name__ for e in published(sweep_decider, [started, closed])] == [
        "SweepDutyStarted"
    ]
    missed = closed.model_copy(update={"missed": True})
    assert [type(e).__name__ for e in published(sweep_decider, [started, missed])] == [
        "SweepDutyStarted",
        "SweepMissed",
    ]
