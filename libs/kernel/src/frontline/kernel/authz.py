"""Authorization: every RPC declares its roles and scope rule; undeclared means denied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frontline.kernel.context import Principal, current_context
from frontline.kernel.errors import InvalidArgument, PermissionDenied, Unauthenticated

ScopeOf = Callable[[Any], "str | None"]

ALL_ROLES = frozenset(
    {
        "county_admin",
        "township_operator",
        "village_operator",
        "cadre_manager",
        "service_operator",
        "discipline_intake",
        "discipline_investigator",
        "discipline_reviewer",
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

    def check(self, principal: Principal, request: Any) -> None:
        if not principal.roles & self.roles:
            needed = ", ".join(sorted(self.roles))
            raise PermissionDenied(
                f"roles {sorted(principal.roles)} may not call this; needs {needed}"
            )
        if self.scope is not None:
            code = self.scope(request)
            if code:
                # A malformed code is the caller's mistake, not a scope breach.
                if not is_division_code(code):
                    raise InvalidArgument.field(
                        self.scope_field, "must be a division code of 6, 9 or 12 digits"
                    )
                check_scope(principal, code)


def is_division_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in (6, 9, 12)


def check_scope(principal: Principal, division_code: str) -> None:
    if not principal.covers(division_code):
        raise PermissionDenied(
            f"division {division_code} is outside scope {principal.scope}",
            {"division_code": division_code, "scope": principal.scope},
        )


def current_principal() -> Principal:
    ctx = current_context()
    if ctx is None:
        raise Unauthenticated("no caller")
    return ctx.principal


def require_scope(division_code: str) -> None:
    """For servicers whose scope is known only after loading (e.g. by unit id)."""
    check_scope(current_principal(), division_code)


def field_scope(name: str) -> ScopeOf:  # pair with Rule(scope_field=name)
    """Scope taken from a request field holding a division code."""

    def scope_of(request: Any) -> str | None:
        value = getattr(request, name, "")
        return str(value) if value else None

    return scope_of
