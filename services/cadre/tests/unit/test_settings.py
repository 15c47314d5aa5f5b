"""The county's rules for the cadre service (DOMAIN.md *(configurable)*)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from frontline.cadre.settings import CadreSettings

pytestmark = pytest.mark.unit


def test_a_summary_counts_five_people_unless_the_county_asks_for_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert CadreSettings().rules.min_people_per_summary == 5
    monkeypatch.setenv("FRONTLINE_RULES__MIN_PEOPLE_PER_SUMMARY", "8")
    assert CadreSettings().rules.min_people_per_summary == 8
    monkeypatch.setenv("FRONTLINE_RULES__MIN_PEOPLE_PER_SUMMARY", "4")
    with pytest.raises(ValidationError):
        CadreSettings()
