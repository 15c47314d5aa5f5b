"""The rule every published summary of people keeps: pay (DOMAIN.md "Income growth
plan") and evaluation grades ("Annual evaluation").

A summary of a township-year counts at least five people (the county may ask for
more, never fewer) and is published once. Kafka keeps every version, so two
versions that differ by one record give that record away (the newcomer's pay is the
difference of the sums; CadreAppointed says who joined). A correction is therefore
made only when at least as many records changed as a summary must count: added,
removed or with another value — against every earlier version, not only the latest
(else a change made and mostly undone by two corrections leaves the first and the
third one record apart). Each publication remembers a digest per person of what it
counted (its ``basis``) so the next one can tell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed

MIN_PEOPLE = 5


class TownshipSummary(DomainEvent):
    """What the pay and the grade summary events share."""

    township_code: str
    year: int
    cadre_count: int
    published_on: date
    # Person → digest of what this publication counted of them (pay: keyed with the
    # person's own key; grades: the grade). None on summaries stored before the rule.
    basis: dict[str, str] | None = None


@dataclass(frozen=True)
class SummaryState:
    """What a township-year's publications so far decide about the next one."""

    # 0 before the first publication; 2 and more after corrections.
    revision: int = 0
    # Person → digest of their record, per publication so far; None for one published
    # before this rule (its records are unknown, so the township-year is never corrected).
    bases: tuple[Mapping[str, str] | None, ...] = ()
    published_on: date | None = None


def evolve_summary(state: SummaryState, event: DomainEvent) -> SummaryState:
    assert isinstance(event, TownshipSummary)
    return SummaryState(state.revision + 1, (*state.bases, event.basis), event.published_on)


def summary_stream_id(township_code: str, year: int, kind: str = "") -> str:
    """``440781101-2025`` for pay (as it always was), ``evaluation-440781101-2025`` for
    grades: stream ids are unique across a service's streams."""
    return f"{kind}-{township_code}-{year}" if kind else f"{township_code}-{year}"


def require_township(township_code: str) -> str:
    """The summary's subject; a summary is per township (9 digits)."""
    if len(township_code) != 9:
        raise InvalidArgument.field(
            "township_code", "a township code has 9 digits", "NOT_A_TOWNSHIP_CODE"
        )
    return f"township/{township_code}"


def require_enough_people(subject: str, year: int, people: int, minimum: int, what: str) -> None:
    least = max(minimum, MIN_PEOPLE)
    if people < least:
        raise PreconditionFailed(
            "TOO_FEW_PEOPLE",
            subject,
            "a summary needs {what} of at least {least} cadres for {year}; {people} found",
            what=what,
            least=least,
            year=year,
            people=people,
        )


def changed_records(before: Mapping[str, str], now: Mapping[str, str]) -> int:
    """People added or removed since ``before``, and people whose record changed."""
    moved = len(before.keys() ^ now.keys())
    return moved + sum(1 for person in before.keys() & now.keys() if before[person] != now[person])


def require_first_or_correction(
    subject: str, state: SummaryState, now: Mapping[str, str], minimum: int
) -> None:
    """Once published, a township-year is published again only as a correction of at
    least ``minimum`` (never fewer than five) changed records against every version."""
    if state.revision == 0:
        return
    least = max(minimum, MIN_PEOPLE)
    if any(basis is None for basis in state.bases):
        raise PreconditionFailed(
            "PUBLISHED_UNCORRECTABLE",
            subject,
            "published before corrections were counted (last on {published_on}):"
            " it cannot be corrected",
            published_on=state.published_on,
        )
    changed = min(changed_records(basis, now) for basis in state.bases if basis is not None)
    if changed < least:
        raise PreconditionFailed(
            "ALREADY_PUBLISHED",
            subject,
            "published on {published_on}; a correction needs at least {least}"
            " records changed from every published version, {changed} changed",
            published_on=state.published_on,
            least=least,
            changed=changed,
        )
