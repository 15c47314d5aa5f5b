"""Projectors are pure: given an event, the writes it produces."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest

from frontline.contracts import cadre as c
from frontline.contracts import discipline as d
from frontline.contracts import discipline_registers as dr
from frontline.contracts import organization as o
from frontline.contracts import service_center as sc
from frontline.contracts.base import PublicEvent
from frontline.headquarters.projection.registry import handles, project, topics

pytestmark = pytest.mark.unit


@dataclass
class Event:
    event_id: str
    type: str
    subject: str
    time: str
    data: dict[str, Any]


def inbound(event: PublicEvent, event_id: str = "e-1") -> Event:
    return Event(
        event_id,
        event.ce_type,
        "s",
        "2026-05-01T08:00:00+00:00",
        json.loads(event.model_dump_json()),
    )


def test_every_contract_event_of_the_consumed_topics_has_a_projector_or_is_known() -> None:
    ignored = {
        "cn.frontline.organization.OneShoulderChanged.v1",
        "cn.frontline.cadre.CadrePersonalDataErased.v1",
        "cn.frontline.cadre.AppointmentWithdrawn.v1",
        # A question to the discipline service; its answer carries no figure either.
        "cn.frontline.cadre.IntegrityOpinionRequested.v1",
        # Centres' catalogues and rosters, and a provisional due date counted again:
        # no figure of the service pillar reads them.
        "cn.frontline.service-center.ServiceLineSet.v1",
        "cn.frontline.service-center.StaffPutOnDuty.v1",
        "cn.frontline.service-center.StaffTakenOffDuty.v1",
        "cn.frontline.service-center.RequestDueDateRecounted.v1",
        # Individual discipline details never reach headquarters (DOMAIN.md): the
        # sanctions name a cadre, the opinion answers one appointment.
        "cn.frontline.discipline.SanctionImposed.v1",
        "cn.frontline.discipline.SanctionRevoked.v1",
        "cn.frontline.discipline.IntegrityOpinionIssued.v1",
    }
    # Each v2 decision event goes out beside its v1 twin, which headquarters projects.
    twins = {
        cls.ce_type
        for cls in o.PUBLIC_EVENTS
        if cls.ce_type.endswith(".v2") and handles(cls.ce_type.removesuffix(".v2") + ".v1")
    }
    missing = [
        cls.ce_type
        for cls in (
            *o.PUBLIC_EVENTS,
            *c.PUBLIC_EVENTS,
            *sc.PUBLIC_EVENTS,
            *d.CASE_EVENTS,
            *dr.REGISTER_EVENTS,
        )
        if cls.ce_type not in ignored | twins and not handles(cls.ce_type)
    ]
    assert missing == []
    assert topics() == [
        "cadre.events.v1",
        "discipline.events.v1",
        "organization.events.v1",
        "service-center.events.v1",
    ]


def test_a_decision_step_is_recorded_with_its_date_and_state() -> None:
    event = o.DecisionPublished(
        org_unit_id="u",
        division_code="440781101001",
        decision_id="d",
        matter="project",
        state="resolution_public",
        round=1,
        published_on=dt.date(2026, 4, 2),
        notice_days=7,
        notice_ends_on=dt.date(2026, 4, 9),
    )
    projection = project(inbound(event))
    assert projection is not None
    step = projection.ops[0]
    assert "decision_steps" in step.sql
    assert step.args[:5] == ("d", "u", "440781101001", "resolution_public", dt.date(2026, 4, 2))
    assert projection.divisions == ["440781101001"]
    assert projection.fact_date == dt.date(2026, 4, 2)


def test_a_cadre_leaving_a_post_ends_it_and_never_names_the_person() -> None:
    event = c.CadreLeftPost(
        cadre_id="k",
        org_unit_id="u",
        division_code="440781101001",
        post="secretary",
        reason="resignation",
        left_on=dt.date(2026, 3, 1),
    )
    projection = project(inbound(event))
    assert projection is not None
    assert "post_ends" in projection.ops[0].sql
    assert projection.ops[0].args == ("cadre", "u", "k", "secretary", dt.date(2026, 3, 1))
    assert "k" not in projection.ops[1].args[4]  # the activity line


def _request(**fields: Any) -> dict[str, Any]:
    return {
        "request_id": "r",
        "centre_id": "c",
        "division_code": "440781101001",
        "township_code": "440781101",
        "line": "social_security",
        **fields,
    }


def test_a_sign_for_is_dated_by_the_county_day_written_in_its_moment() -> None:
    """09:30 on 2 March in China is still 1 March in UTC: the county's day counts."""
    at = dt.datetime(2026, 3, 2, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    event = sc.RequestSignedFor(**_request(assignment=1, signed_at=at, on_time=True))
    projection = project(inbound(event))
    assert projection is not None
    step = projection.ops[0].args
    assert step[4:9] == ("signed_for", dt.date(2026, 3, 2), at, 1, True)
    assert projection.fact_date == dt.date(2026, 3, 2)


def test_a_return_visit_keeps_whether_it_was_answered_and_satisfied() -> None:
    event = sc.ReturnVisitRecorded(
        **_request(
            outcome="no_answer",
            visited_on=dt.date(2026, 3, 5),
            attempt=1,
            answered=False,
            satisfied=False,
        )
    )
    projection = project(inbound(event))
    assert projection is not None
    assert projection.ops[0].args[4:11] == (
        "visited",
        dt.date(2026, 3, 5),
        None,
        1,
        False,
        False,
        "no_answer",
    )
    assert projection.divisions == ["440781101001"]


def test_an_org_form_record_stores_the_meetings_due_from_its_day() -> None:
    event = o.OrgFormRecorded(
        org_unit_id="u",
        division_code="440781101001",
        level="village",
        form="branch",
        member_count=5,
        has_party_groups=False,
        recorded_on=dt.date(2026, 3, 15),
        meetings_due=[
            o.MeetingDuty(meeting_type="branch_member_meeting", every_months=3),
            o.MeetingDuty(meeting_type="party_masses_joint_meeting", every_months=3),
        ],
    )
    projection = project(inbound(event))
    assert projection is not None
    row = projection.ops[0].args
    assert row[1:3] == ("u", dt.date(2026, 3, 15))
    assert row[6:] == (["branch_member_meeting", "party_masses_joint_meeting"], [3, 3])
    assert projection.fact_date == dt.date(2026, 3, 15)


def test_a_pay_summary_correction_replaces_only_a_lower_revision() -> None:
    event = c.RemunerationSummaryPublishedV2(
        township_code="440781101",
        year=2025,
        cadre_count=6,
        average_yuan=52300.0,
        growth_rate=0.05,
        revision=2,
        published_on=dt.date(2026, 1, 10),
    )
    projection = project(inbound(event))
    assert projection is not None
    op = projection.ops[0]
    assert "WHERE remuneration.revision <= EXCLUDED.revision" in op.sql
    assert op.args == ("440781101", 2025, 6, 52300.0, None, 0.05, 2)
    assert projection.fact_date == dt.date(2025, 1, 1)


def test_an_evaluation_summary_is_counted_from_its_publication() -> None:
    event = c.EvaluationSummaryPublished(
        township_code="440781101",
        year=2025,
        cadre_count=7,
        excellent=2,
        competent=3,
        basically_competent=1,
        incompetent=1,
        revision=1,
        published_on=dt.date(2026, 1, 20),
    )
    projection = project(inbound(event))
    assert projection is not None
    assert projection.ops[0].args == ("440781101", 2025, 1, dt.date(2026, 1, 20), 7, 2, 3, 1, 1)
    assert projection.fact_date == dt.date(2026, 1, 20)
    assert projection.divisions == ["440781101"]
