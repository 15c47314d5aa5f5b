"""Income growth plan: a township's yearly summary, from which no one's pay can be
worked out (DOMAIN.md "Income growth plan")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from frontline.cadre.domain.remuneration_summary import (
    PaidRecord,
    PublishRemunerationSummary,
    RemunerationSummaryPublished,
    remuneration_summary_decider,
)
from frontline.cadre.upcasters import UPCASTERS
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

TOWNSHIP = "440781101"
FIVE = ["40000", "50000", "66000", "48000", "52040"]


def paid(amounts: list[str], first: int = 1) -> tuple[PaidRecord, ...]:
    return tuple(
        PaidRecord(cadre_id=f"c-{n}", amount_yuan=Decimal(a), digest=f"d-{n}-{a}")
        for n, a in enumerate(amounts, start=first)
    )


def publish(
    records: tuple[PaidRecord, ...], previous: str | None = None, minimum: int = 5
) -> PublishRemunerationSummary:
    return PublishRemunerationSummary(
        township_code=TOWNSHIP,
        year=2025,
        records=records,
        minimum=minimum,
        previous_average_yuan=None if previous is None else Decimal(previous),
        published_on=date(2026, 2, 1),
    )


def published(records: tuple[PaidRecord, ...]) -> list[DomainEvent]:
    return scenario(remuneration_summary_decider).when(publish(records)).outcome()


def test_the_summary_has_count_a_rounded_average_and_growth_but_no_median() -> None:
    # The mean 51208 is published as 51200; growth compares it with last year's 45000.
    [event] = scenario(remuneration_summary_decider).when(publish(paid(FIVE), "45000")).outcome()
    assert isinstance(event, RemunerationSummaryPublished)
    assert (event.cadre_count, event.average_yuan, event.growth_rate) == (
        5,
        Decimal("51200.00"),
        Decimal("0.1378"),
    )
    assert "median_yuan" not in event.model_dump()


def test_the_first_year_has_no_growth() -> None:
    [event] = published(paid(FIVE))
    assert isinstance(event, RemunerationSummaryPublished)
    assert event.growth_rate is None


@pytest.mark.parametrize("people", [0, 1, 2, 3, 4])
def test_fewer_than_five_cadres_would_reveal_pay(people: int) -> None:
    command = publish(paid(FIVE[:people]))
    error = scenario(remuneration_summary_decider).when(command).raises(PreconditionFailed)
    assert error.violations[0].type == "TOO_FEW_PEOPLE"  # type: ignore[attr-defined]


def test_the_county_may_ask_for_more_people_never_fewer() -> None:
    six = paid([*FIVE, "47000"])
    scenario(remuneration_summary_decider).when(publish(six, minimum=7)).raises(PreconditionFailed)
    with pytest.raises(ValueError):
        publish(paid(FIVE[:4]), minimum=4)


def test_a_township_year_is_published_once() -> None:
    first = published(paid(FIVE))
    again = scenario(remuneration_summary_decider).given(*first).when(publish(paid(FIVE)))
    error = again.raises(PreconditionFailed)
    assert error.violations[0].type == "ALREADY_PUBLISHED"  # type: ignore[attr-defined]


def test_one_newcomer_does_not_reopen_the_summary() -> None:
    # The difference of two versions' sums would be the newcomer's pay.
    first = published(paid(FIVE))
    with_newcomer = paid([*FIVE, "61000"])
    given = scenario(remuneration_summary_decider).given(*first)
    given.when(publish(with_newcomer)).raises(PreconditionFailed)


def test_a_correction_needs_five_changed_records() -> None:
    first = published(paid(FIVE))
    four_changed = paid(["41000", "51000", "67000", "49000", "52040"])
    given = scenario(remuneration_summary_decider).given(*first)
    given.when(publish(four_changed)).raises(PreconditionFailed)
    # Five others replace them: five added and five removed.
    corrected = given.when(publish(paid(FIVE, first=6))).outcome()
    assert remuneration_summary_decider.fold([*first, *corrected]).revision == 2


def test_a_summary_stored_before_the_rule_is_never_corrected() -> None:
    legacy = {
        "township_code": TOWNSHIP,
        "year": 2025,
        "cadre_count": 3,
        "average_yuan": "51333.33",
        "median_yuan": "50000.00",
        "growth_rate": None,
        "published_on": "2026-01-20",
    }
    lifted = UPCASTERS.upcast("RemunerationSummaryPublished", 1, 2, legacy)
    old = RemunerationSummaryPublished.model_validate(lifted)
    assert old.basis is None
    given = scenario(remuneration_summary_decider).given(old)
    given.when(publish(paid(FIVE, first=10))).raises(PreconditionFailed)


def test_a_summary_is_per_township() -> None:
    command = publish(paid(FIVE)).model_copy(update={"township_code": "440781"})
    scenario(remuneration_summary_decider).when(command).raises(InvalidArgument)


def test_a_paid_record_never_prints_its_amount() -> None:
    [record] = paid(["52040"])
    assert "52040" not in f"{record!r} {record}"


def test_a_correction_is_far_from_every_earlier_version_not_only_the_latest() -> None:
    first = published(paid(FIVE))
    # Five amounts changed: a correction.
    changed = paid(["41000", "51000", "67000", "49000", "53040"])
    second = scenario(remuneration_summary_decider).given(*first).when(publish(changed)).outcome()
    # Four changed back and a newcomer: five changes from the second version, but the
    # first and this one would differ by two records only.
    back = paid([*FIVE[:4], "53040", "61000"])
    given = scenario(remuneration_summary_decider).given(*first, *second)
    error = given.when(publish(back)).raises(PreconditionFailed)
    assert "every published version" in str(error)
