"""No ID-number oracle (issue 13): a township operator registering a person already
registered in another township learns neither that nor as whom; the county does."""

from __future__ import annotations

import asyncio
import logging

import grpc
import pytest

from .conftest import OTHER_TOWNSHIP, TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE, OTHER_VILLAGE = f"{TOWNSHIP}211", f"{OTHER_TOWNSHIP}211"


async def test_a_duplicate_outside_the_callers_scope_names_nothing_and_is_audited(
    stack: CadreStack, caplog: pytest.LogCaptureFixture
) -> None:
    first = stack.registration(VILLAGE)
    registered = await stack.stub.RegisterCadre(first, metadata=stack.admin)
    again = stack.registration(OTHER_VILLAGE, id_number=first.id_number)
    operator = stack.md("township_operator", scope=OTHER_TOWNSHIP)
    with (
        caplog.at_level(logging.INFO, logger="frontline.audit"),
        pytest.raises(grpc.aio.AioRpcError) as refused,
    ):
        await stack.stub.RegisterCadre(again, metadata=operator)
    # Refused like a call outside one's scope: no "already registered", no cadre id.
    assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
    answer = f"{refused.value.details()} {refused.value.trailing_metadata()}"
    assert registered.cadre_id not in answer and "already" not in answer.lower()
    audited = [r for r in caplog.records if getattr(r, "registered_as", None)]
    assert [(r.registered_as, r.principal) for r in audited] == [(registered.cadre_id, "tester")]
    assert first.id_number not in caplog.text


async def test_a_duplicate_the_caller_may_see_is_named(stack: CadreStack) -> None:
    first = stack.registration(VILLAGE)
    registered = await stack.stub.RegisterCadre(first, metadata=stack.admin)
    again = stack.registration(VILLAGE, id_number=first.id_number)
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stack.stub.RegisterCadre(
            again, metadata=stack.md("township_operator", scope=TOWNSHIP)
        )
    assert refused.value.code() == grpc.StatusCode.ALREADY_EXISTS
    assert registered.cadre_id in (refused.value.details() or "")


async def test_registrations_of_one_person_racing_leave_one_cadre(stack: CadreStack) -> None:
    first = stack.registration(VILLAGE)
    racing = [stack.registration(VILLAGE, id_number=first.id_number) for _ in range(5)]
    answers = await asyncio.gather(
        *(stack.stub.RegisterCadre(r, metadata=stack.admin) for r in [first, *racing]),
        return_exceptions=True,
    )
    registered = [a for a in answers if not isinstance(a, BaseException)]
    refused = [a for a in answers if isinstance(a, grpc.aio.AioRpcError)]
    # Whoever committed first stands; every other one is refused as a duplicate (by the
    # ID-number look-up, or by the index when the look-ups ran side by side).
    assert len(registered) == 1 and len(refused) == 5
    assert {e.code() for e in refused} == {grpc.StatusCode.ALREADY_EXISTS}
