"""四议两公开 use cases against in-memory ports: a decision's whole walk and its refusals."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.contracts.cadre import CadreAppointed
from frontline.kernel.convert import Page
from frontline.kernel.errors import InvalidArgument, PermissionDenied, PreconditionFailed
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.use_cases import decisions, team_posts
from frontline.organization.views import DecisionView

from .county import county_tree, registered
from .memory import World

pytestmark = pytest.mark.unit


def record(day: int, due: int, present: int, votes_for: int) -> StepRecord:
    # The township attends the party members' and villagers' meetings (steps 4–5) only.
    return StepRecord(
        held_on=date(2025, 5, day), members_due=due, members_present=present,
        votes_for=votes_for, votes_against=present - votes_for, votes_abstain=0,
        township_attendee="liaison" if day >= 6 else None, supervision_opinion="no objection",
    )  # fmt: skip


async def drafted(world: World) -> DecisionView:
    _, _, village = await county_tree(world)
    draft = decisions.Draft(
        unit_id=village.unit_id, title="Lease the old school", drafted_on=date(2025, 5, 1),
        matter=DecisionMatter.COLLECTIVE_ASSETS, source=DecisionSource.VILLAGERS_SUGGESTION,
    )  # fmt: skip
    return await decisions.draft_decision(world.ports, draft)


async def test_a_decision_walks_every_step_to_closed(world: World) -> None:
    d = await drafted(world)
    p, i = world.ports, d.decision_id
    await decisions.propose_decision(p, i, record(2, 5, 5, 4), merge_deliberation=False)
    await decisions.act_on_decision(p, i, cmd.DeliberateDecision(record=record(3, 9, 8, 7)))
    await decisions.act_on_decision(p, i, cmd.ReviewDecision(record=record(6, 30, 24, 20)))
    resolve = cmd.ResolveDecision(
        record=record(8, 45, 40, 30), body=ResolvingBody.REPRESENTATIVES_MEETING
    )
    await decisions.act_on_decision(p, i, resolve)
    published = await decisions.publish_resolution(p, i, date(2025, 5, 9), None)
    assert (published.notice_days, published.notice_ends_on) == (7, date(2025, 5, 16))
    world.today.day = date(2025, 5, 16)
    await decisions.complete_public_notice(p, i)
    await decisions.act_on_decision(p, i, cmd.StartImplementation(started_on=date(2025, 5, 20)))
    result = cmd.PublishResult(published_on=date(2025, 9, 1), summary="leased for 5 years")
    await decisions.act_on_decision(p, i, result)
    closed = await decisions.act_on_decision(p, i, cmd.CloseDecision(closed_on=date(2025, 9, 2)))
    assert closed.status is DecisionStatus.CLOSED
    assert [e.ce_type.split(".")[-2] for e in world.commands.published[-10:]] == [
        "DecisionDrafted", "DecisionProposed", "DecisionDeliberated", "DecisionReviewed",
        "DecisionResolved", "DecisionPublished", "DecisionNoticeCompleted",
        "DecisionImplementationStarted", "DecisionImplemented", "DecisionClosed",
    ]  # fmt: skip


async def test_implementation_waits_for_the_public_notice_timer(world: World) -> None:
    d = await drafted(world)
    p, i = world.ports, d.decision_id
    await decisions.propose_decision(p, i, record(2, 5, 5, 4), merge_deliberation=False)
    await decisions.act_on_decision(p, i, cmd.DeliberateDecision(record=record(3, 9, 8, 7)))
    await decisions.act_on_decision(p, i, cmd.ReviewDecision(record=record(6, 30, 24, 20)))
    resolve = cmd.ResolveDecision(
        record=record(8, 45, 40, 30), body=ResolvingBody.VILLAGERS_MEETING
    )
    await decisions.act_on_decision(p, i, resolve)
    await decisions.publish_resolution(p, i, date(2025, 5, 9), 10)
    with pytest.raises(PreconditionFailed):
        start = cmd.StartImplementation(started_on=date(2025, 5, 20))
        await decisions.act_on_decision(p, i, start)


async def test_the_notice_is_never_shorter_than_the_countys_minimum(world: World) -> None:
    d = await drafted(world)
    p, i = world.ports, d.decision_id
    await decisions.propose_decision(p, i, record(2, 5, 5, 4), merge_deliberation=False)
    await decisions.act_on_decision(p, i, cmd.DeliberateDecision(record=record(3, 9, 8, 7)))
    await decisions.act_on_decision(p, i, cmd.ReviewDecision(record=record(6, 30, 24, 20)))
    resolve = cmd.ResolveDecision(
        record=record(8, 45, 40, 30), body=ResolvingBody.VILLAGERS_MEETING
    )
    await decisions.act_on_decision(p, i, resolve)
    with pytest.raises(InvalidArgument) as refused:
        await decisions.publish_resolution(p, i, date(2025, 5, 9), 3)
    assert refused.value.violations[0].field == "notice_days"


async def test_proposal_and_deliberation_merge_only_under_one_shoulder(world: World) -> None:
    d = await drafted(world)
    with pytest.raises(PreconditionFailed):
        await decisions.propose_decision(world.ports, d.decision_id, record(2, 5, 5, 4), True)
    secretary = CadreAppointed(
        procedure_id="p-1", cadre_id="c-1", org_unit_id=d.unit_id, division_code=d.division_code,
        post="secretary", appointed_on=date(2025, 1, 5), also_village_head=True,
        age_band="30_39", education_level="college", gender="male", via="election",
    )  # fmt: skip
    await registered(world, "c-1", d.division_code)
    await team_posts.cadre_appointed(world.ports, secretary)
    merged = await decisions.propose_decision(world.ports, d.decision_id, record(2, 5, 5, 4), True)
    assert merged.status is DecisionStatus.DELIBERATED


async def test_a_rejected_decision_is_redrafted_into_a_new_round(world: World) -> None:
    d = await drafted(world)
    rejected = await decisions.propose_decision(
        world.ports, d.decision_id, record(2, 5, 5, 1), merge_deliberation=False
    )
    assert rejected.status is DecisionStatus.REJECTED
    redraft = cmd.RedraftDecision(drafted_on=date(2025, 6, 1), title="Lease it for 3 years")
    again = await decisions.act_on_decision(world.ports, d.decision_id, redraft)
    assert (again.status, again.round, again.title) == (
        DecisionStatus.DRAFT,
        2,
        "Lease it for 3 years",
    )


async def test_decisions_are_read_and_listed_inside_the_callers_scope(world: World) -> None:
    d = await drafted(world)
    assert (await decisions.get_decision(world.ports, d.decision_id)).title == d.title
    listed = await decisions.list_decisions(world.ports, d.unit_id, "", None, Page(10, 0))
    assert [x.decision_id for x in listed] == [d.decision_id]
    world.acting_as("township_operator", scope="440781101")
    with pytest.raises(PermissionDenied):
        await decisions.get_decision(world.ports, d.decision_id)
    assert await decisions.list_decisions(world.ports, None, "", None, Page(10, 0)) == []
