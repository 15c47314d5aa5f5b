"""四议两公开 use cases against in-memory ports: a decision's whole walk and its refusals."""

from __future__ import annotations

from collections.abc import Callable
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
    township = "liaison" if day >= 6 else None
    return StepRecord(
        held_on=date(2025, 5, day),
        members_due=due,
        members_present=present,
        votes_for=votes_for,
        votes_against=present - votes_for,
        votes_abstain=0,
        township_attendee=township,
        supervision_opinion="no objection",
    )


async def drafted(
    world: World, matter: DecisionMatter = DecisionMatter.COLLECTIVE_ASSETS
) -> DecisionView:
    # Steps are recorded soon after they are held: the county's today moves with them.
    world.today.day = date(2025, 5, 1)
    _, _, village = await county_tree(world)
    draft = decisions.Draft(
        unit_id=village.unit_id,
        title="Lease the old school",
        drafted_on=date(2025, 5, 1),
        matter=matter,
        source=DecisionSource.VILLAGERS_SUGGESTION,
    )
    made = await decisions.draft_decision(world.ports, draft)
    world.today.day = date(2025, 5, 8)
    return made


async def on(
    world: World, day: date, command_of: Callable[[date], cmd.DecisionCommand], i: str
) -> DecisionView:
    world.today.day = day
    return await decisions.act_on_decision(world.ports, i, command_of(day))


async def resolved(world: World) -> DecisionView:
    d = await drafted(world)
    p, i = world.ports, d.decision_id
    await decisions.propose_decision(p, i, record(2, 5, 5, 4), merge_deliberation=False)
    await decisions.act_on_decision(
        p, i, cmd.DeliberateDecision(record=record(3, 9, 8, 7), today=p.today())
    )
    await decisions.act_on_decision(
        p, i, cmd.ReviewDecision(record=record(6, 30, 24, 20), today=p.today())
    )
    resolve = cmd.ResolveDecision(
        record=record(8, 45, 40, 30), body=ResolvingBody.REPRESENTATIVES_MEETING, today=p.today()
    )
    return await decisions.act_on_decision(p, i, resolve)


async def test_a_decision_walks_every_step_to_closed(world: World) -> None:
    i = (await resolved(world)).decision_id
    p = world.ports
    world.today.day = date(2025, 5, 9)
    published = await decisions.publish_resolution(p, i, date(2025, 5, 9), None)
    assert (published.notice_days, published.notice_ends_on) == (7, date(2025, 5, 16))
    world.today.day = date(2025, 5, 16)
    await decisions.complete_public_notice(p, i)
    await on(world, date(2025, 5, 20), lambda d: cmd.StartImplementation(started_on=d, today=d), i)
    await on(
        world,
        date(2025, 9, 1),
        lambda d: cmd.PublishResult(published_on=d, summary="leased", today=d),
        i,
    )
    closed = await on(world, date(2025, 9, 2), lambda d: cmd.CloseDecision(closed_on=d, today=d), i)
    assert closed.status is DecisionStatus.CLOSED
    steps = [
        "DecisionDrafted",
        "DecisionProposed",
        "DecisionDeliberated",
        "DecisionReviewed",
        "DecisionResolved",
        "DecisionPublished",
        "DecisionNoticeCompleted",
        "DecisionImplementationStarted",
        "DecisionImplemented",
        "DecisionClosed",
    ]
    # Each step goes out as v1 (superseded, still read) and then as v2.
    assert [e.ce_type.split(".", 3)[-1] for e in world.commands.published[-20:]] == [
        f"{name}.{version}" for name in steps for version in ("v1", "v2")
    ]


async def test_implementation_waits_for_the_public_notice_timer(world: World) -> None:
    i = (await resolved(world)).decision_id
    world.today.day = date(2025, 5, 9)
    await decisions.publish_resolution(world.ports, i, date(2025, 5, 9), 10)
    with pytest.raises(PreconditionFailed):
        await on(
            world, date(2025, 5, 20), lambda d: cmd.StartImplementation(started_on=d, today=d), i
        )


async def test_the_notice_is_never_shorter_than_the_countys_minimum(world: World) -> None:
    i = (await resolved(world)).decision_id
    with pytest.raises(InvalidArgument) as refused:
        await decisions.publish_resolution(world.ports, i, date(2025, 5, 8), 3)
    assert refused.value.violations[0].field == "notice_days"


async def test_a_notice_recorded_late_runs_its_full_period_from_the_recording_day(
    world: World,
) -> None:
    i = (await resolved(world)).decision_id
    world.today.day = date(2025, 6, 30)
    late = await decisions.publish_resolution(world.ports, i, date(2025, 5, 9), None)
    assert (late.notice_starts_on, late.notice_ends_on) == (date(2025, 6, 30), date(2025, 7, 7))
    assert not late.notice_completed and not late.notice_backfilled


async def test_only_the_county_backfills_a_notice_that_has_run(world: World) -> None:
    i = (await resolved(world)).decision_id
    world.today.day = date(2025, 6, 30)
    world.acting_as("township_operator", scope="440781100")
    with pytest.raises(PermissionDenied):
        await decisions.publish_resolution(world.ports, i, date(2025, 5, 9), None, backfill=True)
    world.acting_as("county_admin")
    done = await decisions.publish_resolution(world.ports, i, date(2025, 5, 9), None, backfill=True)
    assert (done.notice_ends_on, done.notice_completed, done.notice_backfilled) == (
        date(2025, 5, 16),
        True,
        True,
    )


async def test_a_merged_sitting_needs_one_shoulder_and_records_both_bodies(world: World) -> None:
    d = await drafted(world)
    p, i = world.ports, d.decision_id
    joint = record(2, 9, 8, 7)
    with pytest.raises(PreconditionFailed):
        await decisions.propose_decision(p, i, record(2, 5, 5, 4), True, joint)
    secretary = CadreAppointed(
        cadre_id="c-1",
        org_unit_id=d.unit_id,
        division_code=d.division_code,
        post="secretary",
        appointed_on=date(2025, 1, 5),
        also_village_head=True,
        age_band="30_39",
        education_level="college",
        gender="male",
        via="election",
    )
    await registered(world, "c-1", d.division_code)
    await team_posts.cadre_appointed(p, secretary)
    merged = await decisions.propose_decision(p, i, record(2, 5, 5, 4), True, joint)
    assert merged.status is DecisionStatus.DELIBERATED
    assert [(s.record.members_due, s.merged_with_proposal) for s in merged.steps] == [
        (5, False),
        (9, True),
    ]


async def test_a_land_matter_for_outsiders_needs_two_thirds_of_the_representatives(
    world: World,
) -> None:
    d = await drafted(world, DecisionMatter.LAND_CONTRACTING_TO_OUTSIDERS)
    p, i = world.ports, d.decision_id
    await decisions.propose_decision(p, i, record(2, 5, 5, 4), merge_deliberation=False)
    await decisions.act_on_decision(
        p, i, cmd.DeliberateDecision(record=record(3, 9, 8, 7), today=p.today())
    )
    await decisions.act_on_decision(
        p, i, cmd.ReviewDecision(record=record(6, 30, 24, 20), today=p.today())
    )
    resolve = cmd.ResolveDecision(
        record=record(8, 45, 40, 29), body=ResolvingBody.REPRESENTATIVES_MEETING, today=p.today()
    )
    rejected = await decisions.act_on_decision(p, i, resolve)
    assert rejected.status is DecisionStatus.REJECTED


async def test_a_rejected_decision_is_redrafted_into_a_new_round(world: World) -> None:
    d = await drafted(world)
    rejected = await decisions.propose_decision(
        world.ports, d.decision_id, record(2, 5, 5, 1), merge_deliberation=False
    )
    assert rejected.status is DecisionStatus.REJECTED
    again = await on(
        world,
        date(2025, 6, 1),
        lambda d: cmd.RedraftDecision(drafted_on=d, title="Lease it for 3 years", today=d),
        d.decision_id,
    )
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
