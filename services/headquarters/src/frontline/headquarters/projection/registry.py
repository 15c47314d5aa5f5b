"""Finds the projector modules and routes each event to its handlers by ce_type.

Several modules may read one topic (each with its own ``TOPIC`` and ``HANDLERS``), and
several may handle one event type: their writes are run together, so a new set of
figures reads the events it needs from a module of its own (e.g. ``command.py``).
"""

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
    return sorted({str(m.TOPIC) for m in projector_modules()})


@cache
def _handlers() -> dict[str, list[Callable[[EventLike], Projection]]]:
    table: dict[str, list[Callable[[EventLike], Projection]]] = {}
    for module in projector_modules():
        for ce_type, handler in module.HANDLERS.items():
            table.setdefault(ce_type, []).append(handler)
    return table


def project(event: EventLike) -> Projection | None:
    """The writes for ``event``; None for types headquarters does not read."""
    handlers = _handlers().get(event.type)
    if not handlers:
        return None
    if len(handlers) == 1:
        return handlers[0](event)
    return merged([handler(event) for handler in handlers])


def merged(parts: list[Projection]) -> Projection:
    """One projection doing what each of ``parts`` does."""
    dates = [p.fact_date for p in parts if p.fact_date is not None]
    divisions = list(dict.fromkeys(d for p in parts for d in p.divisions))
    return Projection([op for p in parts for op in p.ops], divisions, min(dates, default=None))


def handles(ce_type: str) -> bool:
    return ce_type in _handlers()
