"""Reactions to other services' public events.

- ``discipline.asset-decisions`` on organization.events.v1: where each 四议两公开
  decision on collective assets stands (the record asset deals are checked against);
- ``discipline.sweep-duties`` on organization.events.v1: a division with an
  organization owes sweeps; a dissolved one no longer does;
- ``discipline.complaints`` on service-center.events.v1: a transferred complaint
  is received as a clue;
- ``discipline.integrity-opinions`` on cadre.events.v1: an appointment's request for
  the integrity opinion is answered on discipline.events.v1.
The kernel validates each event against its contract before these run, and its
inbox skips redelivered events; the use cases run in the same transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import asyncpg

from frontline.contracts import cadre, organization
from frontline.contracts import service_center as centre
from frontline.discipline.runtime_ports import Runtime, ports
from frontline.discipline.use_cases import cases, clues, ledgers, sweeps
from frontline.discipline.use_cases.ports import DecisionFact, Ports
from frontline.kernel.commands import InTransaction
from frontline.kernel.context import system_context
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.subscriber import Handler

DECISIONS = "discipline.asset-decisions"
DECISIONS_CONTRACT = (
    organization.DecisionImplementationStarted,
    organization.DecisionImplemented,
    organization.DecisionClosed,
)
SWEEP_DUTIES = "discipline.sweep-duties"
SWEEP_DUTIES_CONTRACT = (organization.OrgUnitEstablished, organization.OrgUnitDissolved)
COMPLAINTS = "discipline.complaints"
COMPLAINTS_CONTRACT = (centre.ComplaintTransferred,)
OPINIONS = "discipline.integrity-opinions"
OPINIONS_CONTRACT = (cadre.IntegrityOpinionRequested,)

# Branches share their village's code: the village sweeps for them.
_SWEEPING_LEVELS = ("county", "township", "village", "community")

React = Callable[[Ports, InboundEvent], Awaitable[None]]


def _handler(rt: Runtime, react: React) -> Handler:
    async def handle(conn: asyncpg.Connection, event: InboundEvent) -> None:
        ctx = system_context(rt.service).caused_by(event.event_id, event.correlation_id)
        await react(ports(rt, InTransaction(rt.commands, conn, ctx), conn), event)

    return handle


async def _decision(p: Ports, event: InboundEvent) -> None:
    if event.type == organization.DecisionImplementationStarted.ce_type:
        started = organization.DecisionImplementationStarted.model_validate(event.data)
        fact = _fact(started, started.started_on)
    elif event.type == organization.DecisionImplemented.ce_type:
        done = organization.DecisionImplemented.model_validate(event.data)
        fact = _fact(done, done.result_published_on)
    else:
        closed = organization.DecisionClosed.model_validate(event.data)
        fact = _fact(closed, closed.closed_on)
    await ledgers.note_decision(p, fact)


_Through = (
    organization.DecisionImplementationStarted
    | organization.DecisionImplemented
    | organization.DecisionClosed
)


def _fact(e: _Through, through: date) -> DecisionFact:
    return DecisionFact(e.decision_id, e.division_code, e.matter, e.state, through)


async def _sweep_duty(p: Ports, event: InboundEvent) -> None:
    if event.type == organization.OrgUnitEstablished.ce_type:
        unit = organization.OrgUnitEstablished.model_validate(event.data)
        if unit.level in _SWEEPING_LEVELS:
            await sweeps.start_sweep_duty(p, unit.division_code)
        return
    gone = organization.OrgUnitDissolved.model_validate(event.data)
    if gone.level in _SWEEPING_LEVELS:
        await sweeps.end_sweep_duty(p, gone.division_code, gone.dissolved_on)


async def _complaint(p: Ports, event: InboundEvent) -> None:
    complaint = centre.ComplaintTransferred.model_validate(event.data)
    await clues.receive_complaint(
        p, complaint.request_id, complaint.division_code, complaint.transferred_on
    )


async def _opinion(p: Ports, event: InboundEvent) -> None:
    asked = cadre.IntegrityOpinionRequested.model_validate(event.data)
    request = cases.OpinionRequest(
        procedure_id=asked.procedure_id,
        cadre_id=asked.cadre_id,
        requested_on=asked.requested_on,
        request_event_id=event.event_id,
    )
    await cases.give_integrity_opinion(p, request)


def decisions_handler(rt: Runtime) -> Handler:
    return _handler(rt, _decision)


def sweep_duties_handler(rt: Runtime) -> Handler:
    return _handler(rt, _sweep_duty)


def complaints_handler(rt: Runtime) -> Handler:
    return _handler(rt, _complaint)


def opinions_handler(rt: Runtime) -> Handler:
    return _handler(rt, _opinion)
