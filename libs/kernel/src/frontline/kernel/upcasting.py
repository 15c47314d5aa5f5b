"""Lift stored events written with an older schema to the current one on load."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Payload = dict[str, Any]
Upcaster = Callable[[Payload], Payload]


class Upcasters:
    """Registry of one-step upcasters keyed by (event type, from version)."""

    def __init__(self) -> None:
        self._steps: dict[tuple[str, int], Upcaster] = {}

    def register(self, event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        def add(fn: Upcaster) -> Upcaster:
            self._steps[(event_type, from_version)] = fn
            return fn

        return add

    def has(self, event_type: str, from_version: int) -> bool:
        return (event_type, from_version) in self._steps

    def include(self, other: Upcasters) -> None:
        """Add every step ``other`` registers (a service's own, into its runtime's store)."""
        self._steps.update(other._steps)

    def upcast(self, event_type: str, version: int, target: int, data: Payload) -> Payload:
        while version < target:
            step = self._steps.get((event_type, version))
            if step is None:
                raise LookupError(f"no upcaster for {event_type} v{version}")
            data = step(data)
            version += 1
        return data
