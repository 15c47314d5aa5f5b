"""The keyed ID-number hash: stable per county, useless elsewhere."""

from __future__ import annotations

import pytest

from frontline.cadre.personal_data import PersonalFields, cadre_keys

pytestmark = pytest.mark.unit

ID_NUMBER = "44078119850317002x"


def test_the_same_number_hashes_alike_whatever_its_case_or_spaces() -> None:
    vault = cadre_keys(b"county-secret")
    assert vault.keyed_hash(ID_NUMBER) == vault.keyed_hash(f" {ID_NUMBER.upper()} ")


def test_another_county_secret_gives_another_hash() -> None:
    assert cadre_keys(b"a").keyed_hash(ID_NUMBER) != cadre_keys(b"b").keyed_hash(ID_NUMBER)


def test_the_hash_does_not_contain_the_number() -> None:
    assert "4407811985" not in cadre_keys(b"county-secret").keyed_hash(ID_NUMBER)


def test_personal_fields_never_print_themselves() -> None:
    fields = PersonalFields(name="张秀英", birth_date="1985-03-17", phone="139", id_hash="h")
    assert "张秀英" not in repr(fields)
    assert "张秀英" not in f"{fields}"
