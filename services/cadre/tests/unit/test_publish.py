"""What becomes public: bands and categories, never the sealed personal data or pay."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.publish import CADRE
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


def test_pay_and_personal_corrections_stay_private(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    pay = ev.RemunerationRecorded(
        year=2025, amount_yuan=Decimal("52000"), recorded_on=date(2026, 1, 5)
    )
    update = ev.PersonalDataUpdated(sealed_personal="new", updated_on=date(2026, 1, 5))
    assert published(decider, [registered, pay]) == []
    assert published(decider, [registered, update]) == []


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
