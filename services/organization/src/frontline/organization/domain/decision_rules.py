"""Quorum and vote rules of each step (pure arithmetic, integers only).

- proposal and deliberation (committee / joint meeting of the two committees):
  the meeting sits with more than half of its members (党支部工作条例) and
  decides by a majority of those present (DOMAIN.md "majority");
- review (party member meeting): at least 2/3 of members present, more than half
  of the members *due* agree (DOMAIN.md);
- resolution: a villagers' meeting sits with more than half of the adult
  villagers or with two thirds of the households, a representatives' meeting with
  at least 2/3 of the representatives (村民委员会组织法); more than half of those
  present agree (DOMAIN.md), except that contracting collective land to outsiders
  and adjusting contracted land need at least two thirds of the meeting's members
  or of the representatives (农村土地承包法: 村民会议三分之二以上成员或者三分之二
  以上村民代表的同意) — counted against all members due, not those present.
An inquorate meeting cannot vote: the command is refused and the decision stays
where it is. A quorate meeting that does not pass rejects the decision.
"""

from __future__ import annotations

from enum import StrEnum

from frontline.kernel.errors import FieldViolation, InvalidArgument
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)

# Matters the resolving meeting passes only with two thirds of its members (农村土地承包法).
TWO_THIRDS_OF_MEMBERS = frozenset(
    {DecisionMatter.LAND_CONTRACTING_TO_OUTSIDERS, DecisionMatter.LAND_CONTRACT_ADJUSTMENT}
)


def check_record(
    record: StepRecord,
    step: DecisionStep,
    body: ResolvingBody | None = None,
    field: str = "record",
) -> None:
    problems: list[FieldViolation] = []
    if record.members_due == 0:
        problems.append(FieldViolation(f"{field}.members_due", "must be at least 1", "NONE_DUE"))
    if record.members_present > record.members_due:
        problems.append(
            FieldViolation(
                f"{field}.members_present",
                "more than members due ({due})",
                "PRESENT_OVER_DUE",
                due=record.members_due,
            )
        )
    votes = record.votes_for + record.votes_against + record.votes_abstain
    if votes > record.members_present:
        problems.append(
            FieldViolation(
                f"{field}.votes_for",
                "more votes ({votes}) than members present ({present})",
                "VOTES_OVER_PRESENT",
                votes=votes,
                present=record.members_present,
            )
        )
    attends = step in (DecisionStep.REVIEW, DecisionStep.RESOLUTION)
    if record.township_attendee and not attends:
        problems.append(
            FieldViolation(
                f"{field}.township_attendee",
                "recorded at review and resolution only",
                "ATTENDEE_NOT_AT_THIS_STEP",
            )
        )
    problems += _household_problems(record, step, body, field)
    if problems:
        raise InvalidArgument(*problems)


def _household_problems(
    record: StepRecord, step: DecisionStep, body: ResolvingBody | None, field: str
) -> list[FieldViolation]:
    due, present = record.households_due, record.households_present
    if due is None and present is None:
        return []
    if step is not DecisionStep.RESOLUTION or body is not ResolvingBody.VILLAGERS_MEETING:
        return [
            FieldViolation(
                f"{field}.households_due",
                "recorded for a villagers' meeting only",
                "HOUSEHOLDS_NOT_VILLAGERS_MEETING",
            )
        ]
    if not due:
        return [
            FieldViolation(
                f"{field}.households_due",
                "must be at least 1 with households",
                "NO_HOUSEHOLDS_DUE",
            )
        ]
    if present is None or present > due:
        return [
            FieldViolation(
                f"{field}.households_present",
                "between 0 and households due ({due})",
                "HOUSEHOLDS_PRESENT_OVER_DUE",
                due=due,
            )
        ]
    return []


def more_than_half(part: int, whole: int) -> bool:
    return part * 2 > whole


def at_least_two_thirds(part: int, whole: int) -> bool:
    return part * 3 >= whole * 2


def quorate(record: StepRecord, step: DecisionStep, body: ResolvingBody | None = None) -> bool:
    present, due = record.members_present, record.members_due
    if step is DecisionStep.REVIEW:
        return at_least_two_thirds(present, due)
    if step is DecisionStep.RESOLUTION and body is ResolvingBody.REPRESENTATIVES_MEETING:
        return at_least_two_thirds(present, due)
    if step is DecisionStep.RESOLUTION and _sits_by_households(record):
        return True
    return more_than_half(present, due)


def _sits_by_households(record: StepRecord) -> bool:
    due, present = record.households_due, record.households_present
    return bool(due) and present is not None and at_least_two_thirds(present, due or 0)


def passed(
    record: StepRecord, step: DecisionStep, matter: DecisionMatter = DecisionMatter.OTHER
) -> bool:
    if step is DecisionStep.REVIEW:
        return more_than_half(record.votes_for, record.members_due)
    if step is DecisionStep.RESOLUTION and matter in TWO_THIRDS_OF_MEMBERS:
        return at_least_two_thirds(record.votes_for, record.members_due)
    return more_than_half(record.votes_for, record.members_present)


class Quorum(StrEnum):
    """Who must be present for a meeting to vote (the rules above)."""

    TWO_THIRDS_OF_MEMBERS = "at least 2/3 of members due"
    HALF_OF_MEMBERS = "more than half of members due"
    HALF_OF_MEMBERS_OR_TWO_THIRDS_OF_HOUSEHOLDS = (
        "more than half of members due, or at least 2/3 of households"
    )


def quorum_rule(step: DecisionStep, body: ResolvingBody | None = None) -> Quorum:
    if step is DecisionStep.REVIEW or body is ResolvingBody.REPRESENTATIVES_MEETING:
        return Quorum.TWO_THIRDS_OF_MEMBERS
    if body is ResolvingBody.VILLAGERS_MEETING:
        return Quorum.HALF_OF_MEMBERS_OR_TWO_THIRDS_OF_HOUSEHOLDS
    return Quorum.HALF_OF_MEMBERS
