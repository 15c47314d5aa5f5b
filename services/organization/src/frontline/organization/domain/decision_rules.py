"""Quorum and vote rules of each step (pure arithmetic, integers only).

- proposal and deliberation (committee / joint meeting of the two committees):
  the meeting sits with more than half of its members (党支部工作条例) and
  decides by a majority of those present (DOMAIN.md "majority");
- review (party member meeting): at least 2/3 of members present, more than half
  of the members *due* agree (DOMAIN.md);
- resolution: a villagers' meeting sits with more than half of villagers, a
  representatives' meeting with at least 2/3 (村民委员会组织法); more than half of
  those present agree (DOMAIN.md).
An inquorate meeting cannot vote: the command is refused and the decision stays
where it is. A quorate meeting that does not pass rejects the decision.
"""

from __future__ import annotations

from frontline.kernel.errors import FieldViolation, InvalidArgument
from frontline.organization.domain.decision_records import DecisionStep, ResolvingBody, StepRecord


def check_record(record: StepRecord, step: DecisionStep) -> None:
    problems: list[FieldViolation] = []
    if record.members_due == 0:
        problems.append(FieldViolation("record.members_due", "must be at least 1"))
    if record.members_present > record.members_due:
        problems.append(FieldViolation("record.members_present", "more than members due"))
    votes = record.votes_for + record.votes_against + record.votes_abstain
    if votes > record.members_present:
        problems.append(FieldViolation("record.votes_for", "more votes than members present"))
    attends = step in (DecisionStep.REVIEW, DecisionStep.RESOLUTION)
    if record.township_attendee and not attends:
        problems.append(
            FieldViolation("record.township_attendee", "recorded at review and resolution only")
        )
    if problems:
        raise InvalidArgument(*problems)


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
    return more_than_half(present, due)


def passed(record: StepRecord, step: DecisionStep) -> bool:
    if step is DecisionStep.REVIEW:
        return more_than_half(record.votes_for, record.members_due)
    return more_than_half(record.votes_for, record.members_present)


def quorum_rule(step: DecisionStep, body: ResolvingBody | None = None) -> str:
    if step is DecisionStep.REVIEW or body is ResolvingBody.REPRESENTATIVES_MEETING:
        return "at least 2/3 of members due must be present"
    return "more than half of members due must be present"
