"""What the discipline service decided, applied to cadres (reactions.py runs these).

The integrity opinion (廉洁意见) an inspection waits for, sanctions (removal from
post, the influence period 影响期) and their revocation on appeal — DOMAIN.md
"Appointment" and "Case". The facts come from the discipline service's public
events; a procedure or cadre this service never recorded is not ours, and nothing
is done (the county's other systems may consume the same topic).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.use_cases.ports import Ports
from frontline.contracts.discipline import MeasureKind, MeasureType, Opinion

log = logging.getLogger(__name__)


async def record_integrity_opinion(
    p: Ports, procedure_id: str, opinion: Opinion, issued_on: date
) -> bool:
    """The opinion joins its procedure; False when no such procedure is known here."""
    procedure = await p.read.procedure(procedure_id)
    if procedure is None:
        log.warning("integrity opinion for an unknown procedure %s", procedure_id)
        return False
    command = cmd.RecordIntegrityOpinion(
        procedure_id=procedure_id, opinion=opinion, issued_on=issued_on
    )
    await p.commands.execute(p.cadre, procedure.cadre_id, command)
    return True


@dataclass(frozen=True)
class Sanction:
    case_id: str
    cadre_id: str
    measure_type: MeasureType
    kind: MeasureKind
    removes_from_post: bool
    influence_ends_on: date | None
    permanent: bool
    decided_on: date


async def record_sanction(p: Ports, s: Sanction) -> bool:
    """Record the sanction; one that removes from post ends the posts it takes (the
    leave is published, and organization vacates a secretary post on it)."""
    if await p.read.cadre(s.cadre_id) is None:
        log.warning("sanction on a cadre this service does not know: %s", s.cadre_id)
        return False
    command = cmd.RecordSanction(
        case_id=s.case_id,
        measure_type=s.measure_type,
        kind=s.kind,
        removes_from_post=s.removes_from_post,
        influence_ends_on=s.influence_ends_on,
        permanent=s.permanent,
        decided_on=s.decided_on,
    )
    await p.commands.execute(p.cadre, s.cadre_id, command)
    return True


async def lift_sanction(
    p: Ports, case_id: str, cadre_id: str, kind: MeasureKind, revoked_on: date
) -> bool:
    if await p.read.cadre(cadre_id) is None:
        return False
    command = cmd.LiftSanction(case_id=case_id, kind=kind, revoked_on=revoked_on)
    await p.commands.execute(p.cadre, cadre_id, command)
    return True
