"""Clue use cases: receive, dispose, conclude a verification, tell the reporter, recuse.

Clues raised by the service itself (a transferred complaint, an unbacked asset deal)
get an id derived from what raised them, so the same origin never opens two clues.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.clue_vocabulary import Category, ClueSource
from frontline.discipline.domain.divisions import require_grassroots
from frontline.discipline.use_cases.access import ClueRead, audited, clue_for, shown
from frontline.discipline.use_cases.ports import ClueFilter, Ports
from frontline.discipline.views import ClueView, ReporterIdentity
from frontline.kernel.authz import current_principal, require_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound

_ORIGIN = uuid.UUID("7d1f3c52-5a0e-4e57-9d43-3c1b6a0c9e11")


def origin_clue_id(origin: str) -> str:
    """The id of the clue an origin (a complaint, a deal) raises: always the same one."""
    return str(uuid.uuid5(_ORIGIN, origin))


async def answer(p: Ports, state: object, clue_id: str) -> ClueView:
    """The clue as the command left it; read back only for a replayed request."""
    if isinstance(state, ClueState):
        return ClueView.of_state(state)
    view = await p.read.clue(clue_id)
    if view is None:
        raise NotFound("clue", clue_id)
    return view


@dataclass(frozen=True)
class Intake:
    division_code: str
    source: ClueSource
    category: Category
    summary: str
    received_on: date
    reporter: ReporterIdentity | None = None
    cadre_id: str | None = None


async def receive_clue(p: Ports, intake: Intake) -> ClueRead:
    """Registers a clue. Everything is checked before a real-name reporter's identity is
    sealed under their own key, so a refused request leaves nothing behind, and only
    ciphertext ever reaches the store (DOMAIN.md "Clue")."""
    require_grassroots(intake.division_code)
    require_scope(intake.division_code)
    if not intake.summary.strip():
        raise InvalidArgument.field("summary", "required", "REQUIRED")
    sealed = None
    if intake.reporter is not None and not await p.commands.answered_before():
        sealed = await p.vault.seal(intake.reporter)
    command = cmd.ReceiveClue(
        clue_id=p.new_id(),
        division_code=intake.division_code,
        source=intake.source,
        category=intake.category,
        summary=intake.summary,
        received_on=intake.received_on,
        reporter=sealed,
        cadre_id=intake.cadre_id,
        reply_working_days=p.rules.reply_working_days,
    )
    result = await p.commands.execute(p.clue_decider, command.clue_id, command)
    return await shown(p, await answer(p, result.state, result.stream_id), "received")


async def raise_clue(p: Ports, origin: str, intake: Intake) -> str | None:
    """A clue the service raises itself (no reporter to tell); None when that origin
    raised one already."""
    require_grassroots(intake.division_code)
    command = cmd.ReceiveClue(
        clue_id=origin_clue_id(origin),
        division_code=intake.division_code,
        source=intake.source,
        category=intake.category,
        summary=intake.summary,
        received_on=intake.received_on,
        cadre_id=intake.cadre_id,
        origin_ref=origin,
    )
    try:
        await p.commands.execute(p.clue_decider, command.clue_id, command)
    except AlreadyExists:
        return None
    return command.clue_id


async def act_on_clue(p: Ports, clue_id: str, command: Any) -> ClueRead:
    """Dispose, conclude, reply, recuse: a command on a clue the caller may act on."""
    await clue_for(p, clue_id)
    result = await p.commands.execute(p.clue_decider, clue_id, command)
    return await shown(p, await answer(p, result.state, clue_id), "changed")


async def check_reporter_reply(p: Ports, clue_id: str) -> ClueState:
    """Fired by the reply timer; the clue's state after it (re-armed while provisional)."""
    command = cmd.CheckReporterReply(today=p.today())
    result = await p.commands.execute(p.clue_decider, clue_id, command)
    state = result.state
    assert isinstance(state, ClueState)
    return state


async def get_clue(p: Ports, clue_id: str) -> ClueRead:
    return await shown(p, await clue_for(p, clue_id))


async def list_clues(p: Ports, where: ClueFilter, page: Page) -> list[ClueView]:
    """Clues under a prefix of the caller's scope, but none the caller is recused from;
    each one listed is a look, audited."""
    scoped = ClueFilter(scoped_prefix(where.prefix), where.status, where.source)
    reader = current_principal().sub
    listed = [c for c in await p.read.clues(scoped, page) if reader not in c.recused]
    for clue in listed:
        audited(p, clue.clue_id, clue.case_id, "listed")
    return listed


async def receive_complaint(
    p: Ports, request_id: str, division_code: str, transferred_on: date
) -> str | None:
    """Reaction: a complaint a service centre transferred is received as a clue (once)."""
    intake = Intake(
        division_code=division_code,
        source=ClueSource.SERVICE_CENTER_COMPLAINT,
        category=Category.OTHER,
        summary=(
            f"Complaint in service request {request_id} transferred by the service centre "
            f"on {transferred_on.isoformat()}; its content is asked of the centre."
        ),
        received_on=p.today(),
    )
    return await raise_clue(p, f"complaint:{request_id}", intake)
