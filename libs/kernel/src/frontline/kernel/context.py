"""Who is acting and why: carried into event metadata and logs."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from frontline.kernel.ids import new_id


@dataclass(frozen=True)
class Principal:
    sub: str
    roles: frozenset[str] = frozenset()
    scope: str = ""

    def covers(self, division_code: str) -> bool:
        """A scope is a division-code prefix: 440781101 covers 440781101203."""
        return division_code.startswith(self.scope)


@dataclass(frozen=True)
class CallContext:
    principal: Principal
    request_id: str | None = None
    correlation_id: str = field(default_factory=new_id)
    causation_id: str | None = None

    def caused_by(self, event_id: str, correlation_id: str | None = None) -> CallContext:
        return replace(
            self,
            request_id=None,
            causation_id=event_id,
            correlation_id=correlation_id or self.correlation_id,
        )

    def metadata(self) -> dict[str, str | None]:
        return {
            "actor": self.principal.sub,
            "request_id": self.request_id,
            "correlation_id": self.correlation_id,
            "causation_id": self.causation_id,
        }


_current: ContextVar[CallContext | None] = ContextVar("frontline_call_context", default=None)


def current_context() -> CallContext | None:
    return _current.get()


def set_context(ctx: CallContext | None) -> object:
    return _current.set(ctx)


def system_context(service: str) -> CallContext:
    """The context of work the service does by itself (timers, reactions)."""
    return CallContext(principal=Principal(sub=f"system:{service}", roles=frozenset({"system"})))
