"""Authorization: every RPC declares its roles and scope rule; undeclared means denied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from frontline.kernel.context import Principal, current_context
from frontline.kernel.errors import InvalidArgument, NotFound, PermissionDenied, Unauthenticated

ScopeOf = Callable[[Any], "str | None"]


class InDivision(Protocol):
    """Anything that belongs to a division: a unit, a cadre, a decision, a request."""

    @property
    def division_code(self) -> str: ...


D = TypeVar("D", bound=InDivision)

ALL_ROLES = frozenset(
    {
        "county_admin",
        "township_operator",
        "village_operator",
        "cadre_manager",
        "service_operator",
        # The county's 12345 / 接诉即办 desk: takes requests by phone and online, reminds,
        # and makes the return visits, apart from the centres that handle them.
        "service_desk",
        "discipline_intake",
        "discipline_investigator",
        "discipline_reviewer",
        "dispute_mediator",
        "hq_viewer",
        "auditor",
    }
)


@dataclass(frozen=True)
class Rule:
    """Who may call an RPC, and which division code in the request must be in scope."""

    roles: frozenset[str]
    scope: ScopeOf | None = None
    scope_field: str = "division_code"
    # The whole county must be in the caller's scope (e.g. the county overview).
    county_wide: bool = False

    def check(self, principal: Principal, request: Any, county_code: str = "") -> None:
        if not principal.roles & self.roles:
            needed = ", ".join(sorted(self.roles))
            raise PermissionDenied(
                "roles {roles} may not call this; needs {needed}",
                reason="ROLE_NOT_ALLOWED",
                roles=", ".join(sorted(principal.roles)),
                needed=needed,
            )
        if self.county_wide:
            check_scope(principal, county_code)
        if self.scope is not None:
            code = self.scope(request)
            if code:
                # A malformed code is the caller's mistake, not a scope breach.
                if not is_division_code(code):
                    raise InvalidArgument.field(
                        self.scope_field,
                        "must be a division code of 6, 9 or 12 digits",
                        "NOT_A_DIVISION_CODE",
                    )
                check_scope(principal, code)


def is_division_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in (6, 9, 12)


def check_scope(principal: Principal, division_code: str) -> None:
    if not principal.covers(division_code):
        raise PermissionDenied(
            "division {division_code} is outside scope {scope}",
            reason="OUT_OF_SCOPE",
            division_code=division_code,
            scope=principal.scope,
        )


def current_principal() -> Principal:
    ctx = current_context()
    if ctx is None:
        raise Unauthenticated("no caller", "NO_CALLER")
    return ctx.principal


def require_scope(division_code: str) -> None:
    """For servicers whose scope is known only after loading (e.g. by unit id)."""
    check_scope(current_principal(), division_code)


def found_in_scope(item: D | None, kind: str, ident: str) -> D:
    """A looked-up record, after checking it exists and lies in the caller's scope
    (for use cases whose scope is known only after loading, e.g. by id)."""
    if item is None:
        raise NotFound(kind, ident)
    require_scope(item.division_code)
    return item


def scoped_prefix(requested: str, field: str = "division_code_prefix") -> str:
    """The division prefix a list covers: the request's (inside the caller's scope),
    else the caller's whole scope."""
    if requested and not (requested.isascii() and requested.isdigit() and len(requested) <= 12):
        raise InvalidArgument.field(
            field, "a division-code prefix: digits only", "NOT_A_DIVISION_PREFIX"
        )
    chosen = requested or current_principal().scope
    require_scope(chosen)
    return chosen


def field_scope(name: str) -> ScopeOf:  # pair with Rule(scope_field=name)
    """Scope taken from a request field holding a division code."""

    def scope_of(request: Any) -> str | None:
        value = getattr(request, name, "")
        return str(value) if value else None

    return scope_of
