"""A small county made through the use cases themselves, for the use-case tests.

Township 440781100 with villages 201 and 202; cadre c-1 serves in village 201, c-2 in
village 202, c-9 in another township.
"""

from __future__ import annotations

from datetime import date

from frontline.service_center.domain.facts import UnitFacts
from frontline.service_center.domain.vocabulary import Channel, RequestKind
from frontline.service_center.use_cases import centres, requests
from frontline.service_center.views import CentreView, RequestView

from .memory import World

TOWNSHIP = "440781100"
VILLAGE = "440781100201"
OTHER_VILLAGE = "440781100202"
PHONE = "13812345678"
NAME = "欧阳明月"


def known_county(world: World) -> None:
    for unit_id, code, level in [
        ("u-town", TOWNSHIP, "township"),
        ("u-v1", VILLAGE, "village"),
        ("u-v2", OTHER_VILLAGE, "village"),
        ("u-branch", VILLAGE, "branch"),
    ]:
        world.directory.units[unit_id] = UnitFacts(
            org_unit_id=unit_id, division_code=code, level=level
        )
    world.directory.cadres.update(
        {"c-1": {VILLAGE}, "c-2": {OTHER_VILLAGE}, "c-9": {"440781200201"}}
    )


async def open_centre(world: World, unit_id: str = "u-v1") -> CentreView:
    known_county(world)
    centre = await centres.establish_centre(
        world.ports,
        centres.Establishment(
            org_unit_id=unit_id,
            name="一站式服务站",
            established_on=world.today(),
            lines=("social_security", "medical_health"),
        ),
    )
    return await centres.put_staff_on_duty(world.ports, centre.centre_id, "c-1", world.today())


def submission(centre_id: str, **changes: object) -> requests.Submission:
    values: dict[str, object] = {
        "centre_id": centre_id,
        "line": "social_security",
        "kind": RequestKind.COMPLAINT,
        "channel": Channel.WALK_IN,
        "requester_name": NAME,
        "requester_phone": PHONE,
        "description": "我的养老保险没有到账",
        "submitted_on": world_day(),
    }
    return requests.Submission(**{**values, **changes})  # type: ignore[arg-type]


def world_day() -> date:
    return date(2025, 9, 26)


async def taken(world: World) -> RequestView:
    centre = await open_centre(world)
    return await requests.submit_request(world.ports, submission(centre.centre_id))


async def signed_for(world: World) -> RequestView:
    request = await taken(world)
    await requests.assign_request(world.ports, request.request_id, "c-1", None)
    return await requests.sign_for_request(world.ports, request.request_id, "c-1")
