"""What becomes public: bands and categories, never the sealed personal data, one
person's pay or grade, or an objection during a notice; pay and grades only as
township summaries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.domain.evaluation_summary import EvaluationSummaryPublished
from frontline.cadre.domain.remuneration_summary import RemunerationSummaryPublished
from frontline.cadre.domain.small_groups import SummaryState
from frontline.cadre.publish import CADRE, GRADE_SUMMARY, PAY_SUMMARY
from frontline.contracts import cadre as public
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent

pytestmark = pytest.mark.unit


def published(decider: CadreDecider, history: list[DomainEvent]) -> list[object]:
    state = decider.fold(history)
    stored = StoredEvent(
        "c-1", "cadre", len(history), "e-1", history[-1], datetime(2026, 1, 1, tzinfo=UTC), {}
    )
    return list(CADRE(stored, state))


def test_registration_publishes_no_sealed_data(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    [event] = published(decider, [registered])
    assert isinstance(event, public.CadreRegistered)
    assert "sealed-blob" not in event.model_dump_json()


def test_erasure_publishes_the_cadre_id_only(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    erased = ev.PersonalDataErased(erased_on=date(2026, 1, 1))
    assert published(decider, [registered, erased]) == [
        public.CadrePersonalDataErased(cadre_id="c-1")
    ]


def test_pay_grades_and_personal_corrections_stay_private(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    pay = ev.RemunerationRecorded(year=2025, sealed_amount="v1:x", recorded_on=date(2026, 1, 5))
    update = ev.PersonalDataUpdated(sealed_personal="new", updated_on=date(2026, 1, 5))
    graded = ev.CadreEvaluated(year=2025, grade="incompetent", evaluated_on=date(2026, 1, 20))
    assert published(decider, [registered, pay]) == []
    assert published(decider, [registered, update]) == []
    assert published(decider, [registered, graded]) == []


def test_an_objection_during_the_notice_stays_private(
    decider: CadreDecider,
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
) -> None:
    notice = ev.PublicNoticeStarted(
        procedure_id="p-1", starts_on=date(2025, 9, 15), ends_on=date(2025, 9, 19)
    )
    reported = ev.NoticeObjectionReported(procedure_id="p-1", reported_on=date(2025, 9, 16))
    checked = ev.NoticeObjectionChecked(
        procedure_id="p-1", checked_on=date(2025, 9, 18), outcome="cleared"
    )
    history: list[DomainEvent] = [registered, nominated, inspected, notice, reported]
    assert published(decider, history) == []
    assert published(decider, [*history, checked]) == []


def _summary_published(event: DomainEvent, publication: Any) -> dict[str, Any]:
    stored = StoredEvent("t-2025", "summary", 1, "e-1", event, datetime(2026, 2, 1, tzinfo=UTC), {})
    [public_event] = publication(stored, SummaryState(revision=1))
    return dict(public_event.model_dump(mode="json"))


def test_a_pay_summary_publishes_neither_median_nor_digests() -> None:
    summary = RemunerationSummaryPublished(
        township_code="440781101",
        year=2025,
        cadre_count=5,
        average_yuan=Decimal("51200.00"),
        published_on=date(2026, 2, 1),
        basis={"c-1": "digest-of-c-1"},
    )
    assert _summary_published(summary, PAY_SUMMARY) == {
        "township_code": "440781101",
        "year": 2025,
        "cadre_count": 5,
        "average_yuan": 51200.0,
        "growth_rate": None,
        "revision": 1,
        "published_on": "2026-02-01",
    }


def test_a_grade_summary_publishes_counts_only() -> None:
    summary = EvaluationSummaryPublished(
        township_code="440781101",
        year=2025,
        cadre_count=5,
        counts={"excellent": 1, "competent": 4, "basically_competent": 0, "incompetent": 0},
        published_on=date(2026, 2, 1),
        basis={"c-1": "excellent"},
    )
    published_summary = _summary_published(summary, GRADE_SUMMARY)
    assert "c-1" not in str(published_summary)
    assert (published_summary["excellent"], published_summary["competent"]) == (1, 4)


def test_graduation_announces_the_new_education_level(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    enrolled = ev.AcademicUpgradeEnrolled(
        upgrade_id="u-1",
        target_level="college",
        institution="开放大学",
        enrolled_on=date(2025, 9, 1),
    )
    graduated = ev.AcademicUpgradeGraduated(
        upgrade_id="u-1",
        from_level="senior_secondary",
        to_level="college",
        graduated_on=date(2028, 7, 1),
    )
    events = published(decider, [registered, enrolled, graduated])
    assert [type(e) for e in events] == [
        public.AcademicUpgradeGraduated,
        public.EducationUpgraded,
    ]
    assert "开放大学" not in "".join(e.model_dump_json() for e in events)  # type: ignore[attr-defined]


def test_an_appointment_publishes_the_age_band_of_the_day(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    appointed = ev.CadreAppointed(
        election_ref="e-1",
        org_unit_id="unit-1",
        division_code="440781101203",
        post="secretary",
        appointed_on=date(2026, 2, 1),
        via="election",
        age_band="40_49",
    )
    [event] = published(decider, [registered, appointed])
    assert isinstance(event, public.CadreAppointed)
    assert (event.age_band, event.gender, event.education_level) == (
        "40_49",
        "female",
        "senior_secondary",
    )
