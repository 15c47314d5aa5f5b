"""Who reaches which centre (DESIGN.md §6, and the issue's rule for centres).

Scope is a division-code prefix, checked as everywhere. On top of it, centre staff
(a ``service_operator`` and no broader role) act on their own centre only: their
scope is their centre's division code, and a township centre's staff do not reach
the village centres under it.
"""

from __future__ import annotations

from typing import TypeVar

from frontline.kernel.authz import InDivision, current_principal, found_in_scope, scoped_prefix
from frontline.kernel.errors import PermissionDenied

CENTRE_BOUND = frozenset({"service_operator"})

D = TypeVar("D", bound=InDivision)


def centre_bound() -> bool:
    roles = current_principal().roles
    return bool(roles) and roles <= CENTRE_BOUND


def in_reach(item: D | None, kind: str, ident: str) -> D:
    """A looked-up centre or request, after checking it exists and the caller reaches it."""
    found = found_in_scope(item, kind, ident)
    scope = current_principal().scope
    if centre_bound() and found.division_code != scope:
        raise PermissionDenied(
            "centre staff act on their own centre",
            reason="OTHER_CENTRE",
            division_code=found.division_code,
            scope=scope,
        )
    return found


def listing(requested: str) -> tuple[str, bool]:
    """The prefix a list covers, and whether it is exactly that code (centre staff)."""
    chosen = scoped_prefix(requested)
    if not centre_bound():
        return chosen, False
    scope = current_principal().scope
    if chosen != scope:
        raise PermissionDenied(
            "centre staff list their own centre",
            reason="OTHER_CENTRES_LISTED",
            division_code=chosen,
            scope=scope,
        )
    return scope, True
