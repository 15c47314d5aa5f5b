"""Events cannot move authority: the unit directory decides a township operator's
reach, so an event that re-establishes a known village in another township, or one
not published by the organization service, changes nothing and is dead-lettered."""

from __future__ import annotations

import grpc
import pytest

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.contracts.organization import OrgUnitEstablished
from frontline.testkit.kafka import header, read_topic

from .conftest import COUNTY, OTHER_TOWNSHIP, TOWNSHIP, CadreStack, eventually  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}209"


def _established(unit_id: str, division_code: str) -> OrgUnitEstablished:
    return OrgUnitEstablished.model_validate(
        {
            "org_unit_id": unit_id, "division_code": division_code, "level": "village",
            "name": "branch", "established_on": "2021-01-01", "term_years": 5,
            "term_started_on": "2021-01-01", "term_ends_on": "2026-01-01",
            "election_due_on": "2026-01-01",
        }
    )  # fmt: skip


async def _refused(stack: CadreStack, unit_id: str, error_type: str) -> None:
    """Wait until the directory's consumer dead-lettered an event about ``unit_id``."""
    topic = f"{stack.prefix}organization.events.v1.dlq"

    async def letter() -> bool:
        records = await read_topic(stack.kafka, topic, timeout=2.0)
        return any(
            header(r, "ce_subject") == unit_id and header(r, "x-error-type") == error_type
            for r in records
        )

    await eventually(letter)


async def _other_township_nominates(stack: CadreStack, cadre_id: str, unit_id: str) -> None:
    await stack.stub.NominateCadre(
        pb.NominateCadreRequest(cadre_id=cadre_id, org_unit_id=unit_id, post=pb.POST_SECRETARY),
        metadata=stack.md("township_operator", scope=OTHER_TOWNSHIP),
    )


async def test_a_forged_re_establishment_does_not_move_a_village(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    # The same village id, now claimed for another township.
    await stack.publish_org(_established(unit_id, f"{OTHER_TOWNSHIP}201"))
    await _refused(stack, unit_id, "IdentityContradiction")

    moved = await stack.runtime.pool.fetchval(
        "SELECT division_code FROM org_units WHERE org_unit_id = $1", unit_id
    )
    assert moved == VILLAGE
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await _other_township_nominates(stack, cadre_id, unit_id)
    assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_an_event_from_another_source_is_not_applied(stack: CadreStack) -> None:
    event = _established("u-forged-source", f"{TOWNSHIP}208")
    await stack.publish_org(event, source=f"/counties/{COUNTY}/cadre")
    await _refused(stack, "u-forged-source", "ForeignSource")
    known = await stack.runtime.pool.fetchval(
        "SELECT count(*) FROM org_units WHERE org_unit_id = 'u-forged-source'"
    )
    assert known == 0
