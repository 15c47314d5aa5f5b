"""Who may see a clue or case, and the audit of every look (DOMAIN.md "Case").

A clue or case is found in the caller's scope by its division (a township's
discipline staff see their township's villages); a staff member recorded as
recused from it cannot read it or act on it; every read is audited with the
reader — who read which clue or case, never what it says. Only the intake role
has a reporter's identity opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontline.discipline.use_cases.ports import Ports
from frontline.discipline.views import CaseView, ClueView, ReporterIdentity
from frontline.kernel.authz import current_principal, found_in_scope
from frontline.kernel.errors import PermissionDenied

INTAKE = "discipline_intake"


@dataclass(frozen=True)
class ClueRead:
    clue: ClueView
    # The reporter's identity: opened for the intake role only, else None.
    reporter: ReporterIdentity | None = None


def _not_recused(p: Ports, recused: tuple[str, ...], clue_id: str, case_id: str | None) -> None:
    reader = current_principal().sub
    if reader in recused:
        p.audit.read(reader, clue_id, case_id, "denied: recused")
        raise PermissionDenied(
            "you are recorded as recused from this clue and its case", reason="RECUSED"
        )


async def clue_for(p: Ports, clue_id: str) -> ClueView:
    """The clue, if it exists, lies in the caller's scope and the caller is not recused."""
    clue = found_in_scope(await p.read.clue(clue_id), "clue", clue_id)
    _not_recused(p, clue.recused, clue.clue_id, clue.case_id)
    return clue


async def case_for(p: Ports, case_id: str) -> CaseView:
    case = found_in_scope(await p.read.case(case_id), "case", case_id)
    _not_recused(p, case.recused, case.clue_id, case.case_id)
    return case


def audited(p: Ports, clue_id: str, case_id: str | None, outcome: str = "read") -> None:
    p.audit.read(current_principal().sub, clue_id, case_id, outcome)


async def shown(p: Ports, clue: ClueView, outcome: str = "read") -> ClueRead:
    """The clue as the caller may see it, the look audited."""
    audited(p, clue.clue_id, clue.case_id, outcome)
    reporter = None
    if clue.reporter is not None and INTAKE in current_principal().roles:
        reporter = await p.vault.open(clue.reporter)
    return ClueRead(clue, reporter)


def shown_case(p: Ports, case: CaseView, outcome: str = "read") -> CaseView:
    audited(p, case.clue_id, case.case_id, outcome)
    return case
