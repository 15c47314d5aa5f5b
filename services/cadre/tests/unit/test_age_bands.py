"""Age bands: the only form of age that leaves the service."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain.age_bands import age_band

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("birth", "on", "band"),
    [
        (date(1996, 10, 2), date(2026, 10, 1), "under_30"),
        (date(1996, 10, 1), date(2026, 10, 1), "30_39"),
        (date(1980, 1, 1), date(2026, 1, 1), "40_49"),
        (date(1970, 6, 1), date(2026, 5, 31), "50_59"),
        (date(1960, 1, 1), date(2026, 1, 1), "60_plus"),
    ],
)
def test_band_on_a_day(birth: date, on: date, band: str) -> None:
    assert age_band(birth, on) == band
