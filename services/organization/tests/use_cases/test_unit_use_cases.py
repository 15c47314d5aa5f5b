"""Org unit use cases against in-memory ports: look-ups, scope, uniqueness, retries."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.contracts.cadre import CadreAppointed, CadreLeftPost
from frontline.kernel.convert import Page
from frontline.kernel.errors import (
    AlreadyExists,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
)
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.use_cases import team_posts, units

from .county import county_tree, establish, registered
from .memory import World

pytestmark = pytest.mark.unit
PAGE = Page(100, 0)
# What CadreAppointed says of the person, in bands (no personal data).
PERSON = {"age_band": "30_39", "education_level": "college", "gender": "female", "via": "procedure"}


async def test_establishing_a_tree_links_children_to_their_parents(world: World) -> None:
    county, town, village = await county_tree(world)
    assert (village.parent_id, town.parent_id) == (town.unit_id, county.unit_id)
    assert (await units.unit_in_scope(world.ports, town.unit_id)).active_children == 1
    assert world.commands.published[-1].ce_type.endswith("OrgUnitEstablished.v1")


async def test_a_second_active_unit_on_a_division_code_is_refused(world: World) -> None:
    _, town, village = await county_tree(world)
    with pytest.raises(AlreadyExists):
        await establish(world, OrgLevel.VILLAGE, "440781100201", town.unit_id)
    # Branches share their village's code.
    branch = await establish(world, OrgLevel.BRANCH, "440781100201", village.unit_id)
    assert branch.level is OrgLevel.BRANCH


async def test_a_retried_establish_answers_with_the_first_unit_and_makes_no_second(
    world: World,
) -> None:
    county = await establish(world, OrgLevel.COUNTY, "440781")
    world.acting_as("county_admin", request_id="req-1")
    first = await establish(world, OrgLevel.TOWNSHIP, "440781100", county.unit_id)
    again = await establish(world, OrgLevel.TOWNSHIP, "440781100", county.unit_id)
    assert again.unit_id == first.unit_id
    assert len(world.commands.streams) == 2


async def test_a_parent_outside_the_callers_scope_is_refused(world: World) -> None:
    _, town, _ = await county_tree(world)
    world.acting_as("township_operator", scope="440781101")
    with pytest.raises(PermissionDenied):
        await establish(world, OrgLevel.VILLAGE, "440781100202", town.unit_id)


async def test_an_unknown_parent_is_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        await establish(world, OrgLevel.TOWNSHIP, "440781100", "no-such-unit")


async def test_recording_an_election_starts_a_new_term(world: World) -> None:
    _, _, village = await county_tree(world)
    command = cmd.RecordElection(held_on=date(2026, 1, 2))
    unit = await units.act_on_unit(world.ports, village.unit_id, command)
    assert (unit.term_started_on, unit.election_due_on) == (date(2026, 1, 2), date(2031, 1, 2))


async def test_a_postponement_is_approved_by_the_level_above(world: World) -> None:
    _, town, village = await county_tree(world)
    request = units.Postponement(
        new_due_on=date(2026, 9, 1), approving_unit_id=None,
        approved_on=date(2026, 1, 5), reason="flood recovery",
    )  # fmt: skip
    unit = await units.postpone_election(world.ports, village.unit_id, request)
    assert unit.election_due_on == date(2026, 9, 1)
    event = world.commands.events(village.unit_id)[-1]
    assert isinstance(event, ev.ElectionPostponed)
    assert event.approved_by_unit_id == town.unit_id


async def test_a_village_operator_cannot_approve_for_its_township(world: World) -> None:
    _, _, village = await county_tree(world)
    world.acting_as("village_operator", scope="440781100201")
    request = units.Postponement(
        new_due_on=date(2026, 9, 1), approving_unit_id=None,
        approved_on=date(2026, 1, 5), reason="flood recovery",
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        await units.postpone_election(world.ports, village.unit_id, request)


async def test_the_county_has_no_level_above_to_approve_a_postponement(world: World) -> None:
    county, _, _ = await county_tree(world)
    request = units.Postponement(
        new_due_on=date(2026, 9, 1), approving_unit_id=None,
        approved_on=date(2026, 1, 5), reason="flood recovery",
    )  # fmt: skip
    with pytest.raises(InvalidArgument) as refused:
        await units.postpone_election(world.ports, county.unit_id, request)
    assert refused.value.violations[0].field == "approving_unit_id"


async def test_a_unit_with_active_children_is_not_dissolved(world: World) -> None:
    _, town, _ = await county_tree(world)
    with pytest.raises(PreconditionFailed):
        await units.dissolve_unit(world.ports, town.unit_id, None, date(2026, 1, 5), "merger")


async def test_a_village_merged_into_another_names_it(world: World) -> None:
    _, town, village = await county_tree(world)
    other = await establish(world, OrgLevel.VILLAGE, "440781100202", town.unit_id)
    unit = await units.dissolve_unit(
        world.ports, village.unit_id, other.unit_id, date(2026, 1, 5), "merger"
    )
    assert (unit.active, unit.merged_into_unit_id) == (False, other.unit_id)
    assert (await units.unit_in_scope(world.ports, town.unit_id)).active_children == 1


async def test_weak_and_lax_is_confirmed_progressed_and_signed_off(world: World) -> None:
    _, _, village = await county_tree(world)
    steps: list[cmd.OrgUnitCommand] = [
        cmd.ConfirmWeakLax(
            confirmed_on=date(2026, 1, 5), criteria=(ev.WeakLaxCriterion.OTHER,),
            rectification_plan="weekly study",
        ),
        cmd.RecordRectificationProgress(recorded_on=date(2026, 2, 5), percent_complete=60, note="ok"),
        cmd.SignOffRectification(signed_off_on=date(2026, 3, 5), summary="done"),
    ]  # fmt: skip
    for step in steps:
        unit = await units.act_on_unit(world.ports, village.unit_id, step)
    assert unit.rectification is not None
    assert (unit.rectification.percent_complete, unit.rectification.signed_off_on) == (
        60,
        date(2026, 3, 5),
    )


async def test_a_secretary_rating_is_kept_per_year(world: World) -> None:
    _, _, village = await county_tree(world)
    command = cmd.RateSecretary(
        year=2025, rating=ev.SecretaryRating.GOOD, rated_on=date(2026, 1, 5), cadre_id="c-1"
    )
    unit = await units.act_on_unit(world.ports, village.unit_id, command)
    assert [(r.year, r.rating) for r in unit.ratings] == [(2025, ev.SecretaryRating.GOOD)]


async def test_the_election_timers_remind_then_flag_the_overdue_election(world: World) -> None:
    _, _, village = await county_tree(world)
    due = village.election_due_on
    world.today.day = date(2025, 9, 1)
    await units.election_reminder(world.ports, village.unit_id, due)
    world.today.day = date(2026, 3, 2)
    await units.election_overdue(world.ports, village.unit_id, due)
    unit = await units.unit_in_scope(world.ports, village.unit_id)
    assert (unit.election_reminded, unit.election_overdue) == (True, True)
    kinds = [type(e) for e in world.commands.events(village.unit_id)[-2:]]
    assert kinds == [ev.ElectionReminderIssued, ev.ElectionOverdue]


async def test_a_timer_left_from_an_earlier_term_changes_nothing(world: World) -> None:
    _, _, village = await county_tree(world)
    await units.act_on_unit(
        world.ports, village.unit_id, cmd.RecordElection(held_on=date(2026, 1, 2))
    )
    before = len(world.commands.events(village.unit_id))
    await units.election_overdue(world.ports, village.unit_id, date(2026, 3, 1))
    assert len(world.commands.events(village.unit_id)) == before


async def test_a_secretary_appointment_fills_the_post_and_leaving_vacates_it(world: World) -> None:
    _, _, village = await county_tree(world)
    await registered(world, "c-1", village.division_code)
    appointed = CadreAppointed(
        procedure_id="p-1", cadre_id="c-1", org_unit_id=village.unit_id,
        division_code=village.division_code, post="secretary", appointed_on=date(2026, 1, 5),
        also_village_head=True, **PERSON,
    )  # fmt: skip
    await team_posts.cadre_appointed(world.ports, appointed)
    unit = await units.unit_in_scope(world.ports, village.unit_id)
    assert unit.secretary is not None and unit.secretary.cadre_id == "c-1"
    assert unit.one_shoulder
    left = CadreLeftPost(
        cadre_id="c-1", org_unit_id=village.unit_id, division_code=village.division_code,
        post="secretary", left_on=date(2026, 2, 1), reason="resignation",
    )  # fmt: skip
    await team_posts.cadre_left_post(world.ports, left)
    unit = await units.unit_in_scope(world.ports, village.unit_id)
    assert (unit.secretary, unit.secretary_vacant_since) == (None, date(2026, 2, 1))


async def test_posts_outside_the_leadership_team_change_nothing(world: World) -> None:
    _, _, village = await county_tree(world)
    await registered(world, "c-2", village.division_code)
    before = len(world.commands.events(village.unit_id))
    other = CadreAppointed(
        procedure_id="p-2", cadre_id="c-2", org_unit_id=village.unit_id,
        division_code=village.division_code, post="other", appointed_on=date(2026, 1, 5),
        **PERSON,
    )  # fmt: skip
    await team_posts.cadre_appointed(world.ports, other)
    assert len(world.commands.events(village.unit_id)) == before


async def test_a_deputy_is_seated_on_the_team_and_removed_when_leaving(world: World) -> None:
    _, _, village = await county_tree(world)
    await registered(world, "c-3", village.division_code)
    deputy = CadreAppointed(
        procedure_id="p-3", cadre_id="c-3", org_unit_id=village.unit_id,
        division_code=village.division_code, post="deputy_secretary",
        appointed_on=date(2026, 1, 5), **PERSON,
    )  # fmt: skip
    await team_posts.cadre_appointed(world.ports, deputy)
    assert [s.cadre_id for s in (await units.unit_in_scope(world.ports, village.unit_id)).team] == [
        "c-3"
    ]
    left = CadreLeftPost(
        cadre_id="c-3", org_unit_id=village.unit_id, division_code=village.division_code,
        post="deputy_secretary", left_on=date(2026, 3, 1), reason="transfer",
    )  # fmt: skip
    await team_posts.cadre_left_post(world.ports, left)
    assert (await units.unit_in_scope(world.ports, village.unit_id)).team == ()


async def test_an_appointment_naming_what_this_service_does_not_know_is_refused(
    world: World,
) -> None:
    _, _, village = await county_tree(world)
    appointed = CadreAppointed(
        procedure_id="p-9", cadre_id="c-9", org_unit_id=village.unit_id,
        division_code=village.division_code, post="secretary", appointed_on=date(2026, 1, 5),
        **PERSON,
    )  # fmt: skip
    with pytest.raises(team_posts.UnknownReference, match="never registered"):
        await team_posts.cadre_appointed(world.ports, appointed)
    await registered(world, "c-9", village.division_code)
    elsewhere = appointed.model_copy(update={"division_code": "440781101201"})
    with pytest.raises(team_posts.UnknownReference, match="is on division"):
        await team_posts.cadre_appointed(world.ports, elsewhere)
    assert (await units.unit_in_scope(world.ports, village.unit_id)).secretary is None


async def test_get_by_code_lists_and_children_stay_inside_the_callers_scope(world: World) -> None:
    county, town, village = await county_tree(world)
    other_town = await establish(world, OrgLevel.TOWNSHIP, "440781101", county.unit_id)
    world.acting_as("township_operator", scope="440781100")
    assert (await units.get_unit(world.ports, None, "440781100201")).unit_id == village.unit_id
    listed = await units.list_units(world.ports, "", None, False, PAGE)
    assert [u.unit_id for u in listed] == [town.unit_id, village.unit_id]
    assert [u.unit_id for u in await units.list_children(world.ports, town.unit_id, False)] == [
        village.unit_id
    ]
    with pytest.raises(PermissionDenied):
        await units.get_unit(world.ports, other_town.unit_id, None)
    with pytest.raises(InvalidArgument):
        await units.get_unit(world.ports, None, None)


async def test_recording_the_form_shows_the_meetings_due_with_the_countys_frequencies(
    world: World,
) -> None:
    _, _, village = await county_tree(world)
    world.rules = world.rules.model_copy(
        update={
            "meeting_every_months": {
                **world.rules.meeting_every_months,
                MeetingType.PARTY_MASSES_JOINT_MEETING: 6,
            }
        }
    )
    form = units.FormRecord(OrgForm.BRANCH, 6, False, date(2026, 1, 2))
    unit = await units.record_form(world.ports, village.unit_id, form)
    assert {d.meeting_type: d.every_months for d in unit.meetings_due} == {
        MeetingType.BRANCH_MEMBER_MEETING: 3,
        MeetingType.PARTY_LESSON: 3,
        MeetingType.THEME_PARTY_DAY: 1,
        MeetingType.LEADING_BODIES_JOINT_MEETING: 3,
        MeetingType.PARTY_MASSES_JOINT_MEETING: 6,
    }
    assert world.commands.published[-1].ce_type.endswith("OrgFormRecorded.v1")
    world.acting_as("village_operator", scope="440781100202")
    with pytest.raises(PermissionDenied):
        await units.record_form(world.ports, village.unit_id, form)
