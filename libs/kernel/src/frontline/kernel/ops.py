"""What a projection returns: SQL writes to run, with no I/O of its own.

A projection is a pure function of a command's stored events and the state they
led to. It returns ``Op``s and never touches a connection, so the kernel can send
them with the command's events, outbox rows and answer: as one statement when
there is at most one op (or the others each write a row of their own, like
timers: ``Op.row``), otherwise in one transaction, in order (two writes in one
statement see the same snapshot and could not build on each other).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from frontline.kernel.eventstore import StoredEvent


@dataclass(frozen=True, slots=True)
class Op:
    sql: str
    args: tuple[Any, ...] = ()
    # The one row this op writes, when it writes only that row and reads nothing another
    # op of the command writes (a timer by its key): such ops need not see each other,
    # so they go in the command's one statement with the others (``separable``).
    row: str | None = None


def separable(ops: Sequence[Op]) -> bool:
    """Whether ``ops`` may run as parts of one statement: all but at most one name the
    single row they write, and no two name the same row (two writes of one row in one
    statement would not see each other)."""
    rows = [op.row for op in ops if op.row is not None]
    return len(ops) - len(rows) <= 1 and len(set(rows)) == len(rows)


# (the command's stored events, the state after them) -> the read-model writes.
Projection = Callable[[Sequence[StoredEvent], Any], Sequence[Op]]


def both(*projections: Projection) -> Projection:
    """One projection running several, in order (e.g. a read model and its timers)."""

    def project(stored: Sequence[StoredEvent], state: Any) -> list[Op]:
        return [op for projection in projections for op in projection(stored, state)]

    return project
