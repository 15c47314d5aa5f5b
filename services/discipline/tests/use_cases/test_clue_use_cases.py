"""Clue use cases over in-memory ports: sealing, who sees the reporter, recusal, audit."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    ClueStatus,
    Disposal,
    VerificationOutcome,
)
from frontline.discipline.use_cases import clues
from frontline.discipline.use_cases.ports import ClueFilter
from frontline.discipline.views import ReporterIdentity
from frontline.kernel.convert import Page
from frontline.kernel.errors import InvalidArgument, NotFound, PermissionDenied

from .memory import World

pytestmark = pytest.mark.unit

VILLAGE = "440781100201"
REPORTER = ReporterIdentity(name="张三", phone="13800001111", id_number="44078119800101123X")


def intake(**changes: object) -> clues.Intake:
    values: dict[str, object] = {
        "division_code": VILLAGE,
        "source": ClueSource.REPORT,
        "category": Category.DISCIPLINE_VIOLATION,
        "summary": "The secretary takes a cut of every subsidy.",
        "received_on": date(2026, 3, 2),
        "reporter": REPORTER,
    }
    return clues.Intake(**{**values, **changes})  # type: ignore[arg-type]


async def test_the_reporter_is_sealed_and_only_intake_has_it_opened(world: World) -> None:
    read = await clues.receive_clue(world.ports, intake())
    assert read.reporter == REPORTER and read.clue.reply_due_on == date(2026, 3, 23)
    stored = world.commands.events(read.clue.clue_id)
    assert "13800001111" not in repr(stored) and "张三" not in repr(stored)
    assert "13800001111" not in repr(world.commands.published)

    world.acting_as("discipline_investigator", sub="investigator-li")
    seen = await clues.get_clue(world.ports, read.clue.clue_id)
    assert seen.reporter is None and seen.clue.reporter is not None


async def test_a_refused_clue_seals_nothing(world: World) -> None:
    for bad in (intake(division_code="440781"), intake(summary=" ")):
        with pytest.raises(InvalidArgument):
            await clues.receive_clue(world.ports, bad)
    assert world.vault.kept == {} and world.commands.streams == {}


async def test_a_retried_request_does_not_seal_again(world: World) -> None:
    world.acting_as("discipline_intake", request_id="r-1")
    first = await clues.receive_clue(world.ports, intake())
    again = await clues.receive_clue(world.ports, intake())
    assert again.clue.clue_id == first.clue.clue_id and len(world.vault.kept) == 1


async def test_a_clue_outside_the_callers_township_is_refused(world: World) -> None:
    world.acting_as("discipline_intake", scope="440781200")
    with pytest.raises(PermissionDenied):
        await clues.receive_clue(world.ports, intake())


async def received(world: World) -> str:
    return (await clues.receive_clue(world.ports, intake())).clue.clue_id


async def test_dispose_verify_conclude_and_tell_the_reporter(world: World) -> None:
    p, clue_id = world.ports, await received(world)
    on = date(2026, 3, 3)
    await clues.act_on_clue(
        p, clue_id, cmd.DisposeClue(disposal=Disposal.PRELIMINARY_VERIFICATION, disposed_on=on)
    )
    told = await clues.act_on_clue(p, clue_id, cmd.ReplyToReporter(replied_on=on, accepted=True))
    assert told.clue.replied_on == on and told.clue.reply_accepted
    world.acting_as("discipline_investigator", sub="investigator-li")
    done = await clues.act_on_clue(
        p,
        clue_id,
        cmd.ConcludeVerification(outcome=VerificationOutcome.REMINDER_TALK, concluded_on=on),
    )
    assert done.clue.status is ClueStatus.CLOSED and done.reporter is None


async def test_the_reply_timer_flags_an_unanswered_reporter(world: World) -> None:
    clue_id = await received(world)
    world.today.day = date(2026, 3, 23)
    assert not (await clues.check_reporter_reply(world.ports, clue_id)).reply_overdue
    world.today.day = date(2026, 3, 24)
    assert (await clues.check_reporter_reply(world.ports, clue_id)).reply_overdue
    assert type(world.commands.published[-1]).__name__ == "ClueReplyOverdue"


async def test_a_recused_staff_member_can_neither_read_nor_act(world: World) -> None:
    p, clue_id = world.ports, await received(world)
    await clues.act_on_clue(
        p,
        clue_id,
        cmd.RecordRecusal(
            staff="investigator-li", recorded_on=date(2026, 3, 2), reason="Cousin of the secretary."
        ),
    )
    world.acting_as("discipline_investigator", sub="investigator-li")
    with pytest.raises(PermissionDenied):
        await clues.get_clue(p, clue_id)
    with pytest.raises(PermissionDenied):
        await clues.act_on_clue(
            p,
            clue_id,
            cmd.ConcludeVerification(
                outcome=VerificationOutcome.CLOSE, concluded_on=date(2026, 3, 3)
            ),
        )
    assert await clues.list_clues(p, ClueFilter(prefix=""), Page(10, 0)) == []
    assert world.audit.lines[-2:] == [
        ("investigator-li", clue_id, None, "denied: recused"),
        ("investigator-li", clue_id, None, "denied: recused"),
    ]


async def test_every_look_is_audited_with_the_reader_and_nothing_else(world: World) -> None:
    clue_id = await received(world)
    world.acting_as("discipline_reviewer", sub="reviewer-zhao")
    await clues.get_clue(world.ports, clue_id)
    listed = await clues.list_clues(world.ports, ClueFilter(prefix=VILLAGE), Page(10, 0))
    assert [c.clue_id for c in listed] == [clue_id]
    assert world.audit.lines == [
        ("intake-wang", clue_id, None, "received"),
        ("reviewer-zhao", clue_id, None, "read"),
        ("reviewer-zhao", clue_id, None, "listed"),
    ]


async def test_an_unknown_clue_is_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        await clues.get_clue(world.ports, "nope")


async def test_a_transferred_complaint_opens_one_clue_however_often_it_comes(
    world: World,
) -> None:
    first = await clues.receive_complaint(world.ports, "req-9", VILLAGE, date(2026, 3, 1))
    again = await clues.receive_complaint(world.ports, "req-9", VILLAGE, date(2026, 3, 1))
    assert first is not None and again is None
    clue = await world.ports.read.clue(first)
    assert clue is not None and clue.source is ClueSource.SERVICE_CENTER_COMPLAINT
    assert clue.reply_due_on is None and clue.origin_ref == "complaint:req-9"
