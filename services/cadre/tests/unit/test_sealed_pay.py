"""One person's pay, sealed under their own key, and the digest a summary keeps of it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cryptography.exceptions import InvalidTag

from frontline.cadre.personal_data import PaidAmount, cadre_keys, pay_digest

pytestmark = pytest.mark.unit

KEYS = cadre_keys(b"county-secret")


def test_only_the_persons_key_opens_their_pay() -> None:
    key, _ = KEYS.new_key("c-1")
    other, _ = KEYS.new_key("c-1")
    sealed = KEYS.seal(key, "c-1", PaidAmount(year=2025, amount_yuan=Decimal("52040.00")))
    assert "52040" not in sealed
    assert KEYS.open(key, "c-1", sealed, PaidAmount).amount_yuan == Decimal("52040.00")
    with pytest.raises(InvalidTag):
        KEYS.open(other, "c-1", sealed, PaidAmount)
    with pytest.raises(InvalidTag):  # bound to the person: no moving it to another cadre
        KEYS.open(key, "c-2", sealed, PaidAmount)


def test_the_digest_tells_a_changed_amount_and_nothing_else() -> None:
    key, _ = KEYS.new_key("c-1")
    same = pay_digest(key, "c-1", 2025, Decimal("52040"))
    assert same == pay_digest(key, "c-1", 2025, Decimal("52040.00"))
    assert same != pay_digest(key, "c-1", 2025, Decimal("52041.00"))
    # Keyed with the person's key: the same amount under another key is unrelated.
    another, _ = KEYS.new_key("c-1")
    assert same != pay_digest(another, "c-1", 2025, Decimal("52040.00"))
    assert "52040" not in same


def test_pay_is_never_negative_and_never_prints_itself() -> None:
    with pytest.raises(ValueError):
        PaidAmount(year=2025, amount_yuan=Decimal(-1))
    amount = PaidAmount(year=2025, amount_yuan=Decimal("52040.00"))
    assert "52040" not in f"{amount!r} {amount}"
