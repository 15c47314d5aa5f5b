"""Proto ↔ domain: enums by name, ISO dates, read-model rows to messages."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

import asyncpg
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.errors import InvalidArgument
from frontline.organization.domain.decision_records import StepRecord
from frontline.organization.domain.meeting import MeetingHeld

E = TypeVar("E", bound=StrEnum)


def _prefix(enum: EnumTypeWrapper) -> str:
    return enum.Name(0).removesuffix("UNSPECIFIED")


def to_domain(enum: EnumTypeWrapper, value: int, kind: type[E], field: str) -> E:
    """A proto enum value as the domain enum; UNSPECIFIED or unknown is invalid."""
    if value == 0 or value not in enum.values():
        raise InvalidArgument.field(field, "must be specified")
    return kind(enum.Name(value).removeprefix(_prefix(enum)).lower())


def optional_domain(enum: EnumTypeWrapper, value: int, kind: type[E], field: str) -> E | None:
    return None if value == 0 else to_domain(enum, value, kind, field)


def to_proto(enum: EnumTypeWrapper, value: str | None) -> Any:
    if not value:
        return 0
    return enum.Value(_prefix(enum) + value.upper())


def parse_date(text: str, field: str, default: date | None = None) -> date:
    if not text:
        if default is None:
            raise InvalidArgument.field(field, "a date YYYY-MM-DD is required")
        return default
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidArgument.field(field, "not a date YYYY-MM-DD") from exc


def optional_date(text: str, field: str) -> date | None:
    return parse_date(text, field) if text else None


def iso(value: date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def step_record(message: pb.StepRecord, today: date) -> StepRecord:
    return StepRecord(
        held_on=parse_date(message.held_on, "record.held_on", today),
        members_due=message.members_due,
        members_present=message.members_present,
        votes_for=message.votes_for,
        votes_against=message.votes_against,
        votes_abstain=message.votes_abstain,
        township_attendee=message.township_attendee or None,
        supervision_opinion=message.supervision_opinion or None,
    )


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def org_unit(row: asyncpg.Record) -> pb.OrgUnit:
    message = pb.OrgUnit(
        org_unit_id=row["unit_id"], level=to_proto(pb.OrgLevel, row["level"]),
        division_code=row["division_code"], name=row["name"],
        parent_unit_id=row["parent_id"] or "",
        status=to_proto(pb.OrgUnitStatus, row["status"]),
        established_on=iso(row["established_on"]), term_years=row["term_years"],
        term_started_on=iso(row["term_started_on"]), election_due_on=iso(row["election_due_on"]),
        election_reminded=row["election_reminded"], election_overdue=row["election_overdue"],
        secretary_vacant_since=iso(row["secretary_vacant_since"]),
        one_shoulder=row["one_shoulder"], dissolved_on=iso(row["dissolved_on"]),
        merged_into_unit_id=row["merged_into_unit_id"] or "",
        active_children=row["active_children"],
    )  # fmt: skip
    if row["secretary_cadre_id"]:
        message.secretary.CopyFrom(
            pb.TeamSeat(
                cadre_id=row["secretary_cadre_id"], post="secretary",
                since=iso(row["secretary_since"]),
            )
        )  # fmt: skip
    for seat in _loaded(row["team"]):
        message.team.add(cadre_id=seat["cadre_id"], post=seat["post"], since=seat["since"])
    plan = _loaded(row["rectification"])
    if plan:
        message.rectification.CopyFrom(_rectification(plan))
    for rating in _loaded(row["ratings"]):
        message.ratings.add(
            year=rating["year"], cadre_id=rating["cadre_id"],
            rating=to_proto(pb.SecretaryRating, rating["rating"]),
        )  # fmt: skip
    return message


def _rectification(plan: dict[str, Any]) -> pb.Rectification:
    return pb.Rectification(
        confirmed_on=plan["confirmed_on"],
        criteria=[to_proto(pb.WeakLaxCriterion, c) for c in plan["criteria"]],
        rectification_plan=plan["plan"], target_on=plan["target_on"] or "",
        percent_complete=plan["percent_complete"],
        last_progress_on=plan["last_progress_on"] or "",
        signed_off_on=plan["signed_off_on"] or "",
    )  # fmt: skip


def decision(row: asyncpg.Record | Mapping[str, Any]) -> pb.Decision:
    message = pb.Decision(
        decision_id=row["decision_id"], org_unit_id=row["unit_id"],
        division_code=row["division_code"], title=row["title"],
        matter=to_proto(pb.DecisionMatter, row["matter"]),
        source=to_proto(pb.DecisionSource, row["source"]),
        state=to_proto(pb.DecisionState, row["state"]), round=row["round"],
        drafted_on=iso(row["drafted_on"]), notice_days=row["notice_days"],
        notice_ends_on=iso(row["notice_ends_on"]), notice_completed=row["notice_completed"],
        result_summary=row["result_summary"], last_step_on=iso(row["last_step_on"]),
    )  # fmt: skip
    for step in _loaded(row["steps"]):
        record = step["record"]
        message.steps.add(
            step=to_proto(pb.DecisionStep, step["step"]), passed=step["passed"],
            body=to_proto(pb.ResolvingBody, step["body"]),
            record=pb.StepRecord(
                **{k: v for k, v in record.items() if v is not None},
            ),
        )  # fmt: skip
    return message


def meeting(row: asyncpg.Record) -> pb.Meeting:
    return pb.Meeting(
        meeting_id=row["meeting_id"], org_unit_id=row["unit_id"],
        division_code=row["division_code"],
        meeting_type=to_proto(pb.MeetingType, row["meeting_type"]),
        held_on=iso(row["held_on"]), members_due=row["members_due"],
        members_present=row["members_present"], topic=row["topic"],
    )  # fmt: skip


def meeting_held(held: MeetingHeld) -> pb.Meeting:
    """The same message as ``meeting`` gives for the row this event wrote."""
    return pb.Meeting(
        meeting_id=held.meeting_id, org_unit_id=held.unit_id, division_code=held.division_code,
        meeting_type=to_proto(pb.MeetingType, held.meeting_type.value),
        held_on=held.held_on.isoformat(), members_due=held.members_due,
        members_present=held.members_present, topic=held.topic,
    )  # fmt: skip
