"""Finds the projector modules and routes each event to its handler by ce_type."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache
from types import ModuleType

from frontline.headquarters import projection
from frontline.headquarters.projection.ops import EventLike, Projection


@cache
def projector_modules() -> tuple[ModuleType, ...]:
    """Every module of this package that declares a ``TOPIC`` and its ``HANDLERS``."""
    found = []
    for info in pkgutil.iter_modules(projection.__path__):
        module = importlib.import_module(f"{projection.__name__}.{info.name}")
        if hasattr(module, "TOPIC") and hasattr(module, "HANDLERS"):
            found.append(module)
    return tuple(sorted(found, key=lambda m: str(m.TOPIC)))


def topics() -> list[str]:
    return [str(m.TOPIC) for m in projector_modules()]


@cache
def _handlers() -> dict[str, Callable[[EventLike], Projection]]:
    table: dict[str, Callable[[EventLike], Projection]] = {}
    for module in projector_modules():
        table.update(module.HANDLERS)
    return table


def project(event: EventLike) -> Projection | None:
    """The writes for ``event``; None for types headquarters does not read."""
    handler = _handlers().get(event.type)
    return handler(event) if handler else None


def handles(ce_type: str) -> bool:
    return ce_type in _handlers()
