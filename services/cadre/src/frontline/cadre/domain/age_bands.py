"""Age bands: the only form of a cadre's age that leaves the service."""

from __future__ import annotations

from datetime import date

from frontline.cadre.domain.vocabulary import AgeBand


def age_on(birth_date: date, day: date) -> int:
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)


def age_band(birth_date: date, day: date) -> AgeBand:
    age = age_on(birth_date, day)
    if age < 30:
        return "under_30"
    if age < 40:
        return "30_39"
    if age < 50:
        return "40_49"
    if age < 60:
        return "50_59"
    return "60_plus"
