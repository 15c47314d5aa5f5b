"""What the discipline service decided, applied through the use cases the reactions run:
the integrity opinion joins its procedure; a sanction leaves posts and bars nomination."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.use_cases import appointments
from frontline.cadre.use_cases import discipline_outcomes as outcomes
from frontline.contracts import cadre as public
from frontline.kernel.context import set_context, system_context
from frontline.kernel.errors import PreconditionFailed

from .county import VILLAGE, register
from .memory import World

pytestmark = pytest.mark.unit


def removal(cadre_id: str, **changes: object) -> outcomes.Sanction:
    values: dict[str, object] = {
        "case_id": "case-1",
        "cadre_id": cadre_id,
        "measure_type": "party_sanction",
        "kind": "removal_from_party_post",
        "removes_from_post": True,
        "influence_ends_on": date(2027, 12, 1),
        "permanent": False,
        "decided_on": date(2025, 12, 1),
    }
    return outcomes.Sanction(**{**values, **changes})  # type: ignore[arg-type]


async def secretary(world: World) -> str:
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    await appointments.appoint_from_election(
        world.ports,
        appointments.Election(
            cadre_id=cadre_id,
            org_unit_id="unit-1",
            post="secretary",
            election_ref="2024 换届",
            term_end=date(2029, 1, 31),
            also_village_head=True,
            appointed_on=date(2025, 3, 1),
        ),
    )
    return cadre_id


def as_reaction() -> None:
    """Reactions run with the service's own context, as the subscriber sets it."""
    set_context(system_context("cadre"))


async def test_an_opinion_joins_its_procedure_and_an_unknown_one_is_not_ours(
    world: World,
) -> None:
    world.unit("unit-1", VILLAGE)
    cadre_id = await register(world)
    nomination = appointments.Nomination(
        cadre_id, "unit-1", "deputy_secretary", None, False, date(2025, 9, 1)
    )
    procedure_id = await appointments.nominate(world.ports, nomination)
    inspection = cmd.RecordInspection(procedure_id=procedure_id, inspected_on=date(2025, 9, 5))
    await appointments.act_on_procedure(world.ports, procedure_id, inspection)
    as_reaction()
    assert await outcomes.record_integrity_opinion(
        world.ports, procedure_id, "objection", date(2025, 9, 6)
    )
    assert not await outcomes.record_integrity_opinion(
        world.ports, "someone-elses", "objection", date(2025, 9, 6)
    )
    procedure = await world.read.procedure(procedure_id)
    assert procedure is not None and procedure.integrity_opinion == "objection"


async def test_a_removal_leaves_the_post_once_and_is_published_as_a_dismissal(
    world: World,
) -> None:
    cadre_id = await secretary(world)
    as_reaction()
    assert await outcomes.record_sanction(world.ports, removal(cadre_id))
    assert await outcomes.record_sanction(world.ports, removal(cadre_id))  # again: no change
    assert await world.read.posts_in_unit("unit-1") == []
    left = [e for e in world.commands.published if isinstance(e, public.CadreLeftPost)]
    assert [(e.post, e.reason, e.left_on) for e in left] == [
        ("secretary", "dismissal", date(2025, 12, 1))
    ]


async def test_a_sanction_on_an_unknown_cadre_changes_nothing(world: World) -> None:
    as_reaction()
    assert not await outcomes.record_sanction(world.ports, removal("not-ours"))
    assert world.commands.published == []


async def test_the_influence_period_bars_a_nomination_until_revoked(world: World) -> None:
    cadre_id = await secretary(world)
    world.unit("unit-2", VILLAGE)
    as_reaction()
    await outcomes.record_sanction(world.ports, removal(cadre_id))
    world.acting_as("cadre_manager")
    nomination = appointments.Nomination(
        cadre_id, "unit-2", "deputy_secretary", None, False, date(2026, 6, 1)
    )
    with pytest.raises(PreconditionFailed) as barred:
        await appointments.nominate(world.ports, nomination)
    assert barred.value.violations[0].type == "SANCTION_INFLUENCE"
    as_reaction()
    assert await outcomes.lift_sanction(
        world.ports, "case-1", cadre_id, "removal_from_party_post", date(2026, 3, 1)
    )
    world.acting_as("cadre_manager")
    assert await appointments.nominate(world.ports, nomination)
