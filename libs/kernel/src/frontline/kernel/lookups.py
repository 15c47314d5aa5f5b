"""A read a command needs before it can be built, sent with the command's own load.

A command often needs a fact from a read model first (the unit a meeting is recorded
for: does it exist, is it in the caller's scope, is it active). Asked separately, that
is a round trip of its own before the command's load. A ``SqlLookup`` given to
``CommandHandler.execute_after`` goes in the same statement as the load instead
(``EventStore.load_unless_answered``): one round trip for both.

The looked-up row reaches ``parse`` as its JSON object (``to_jsonb``) on every path, so
a lookup returns text, numbers and booleans (a date would arrive as its ISO text).
In-memory ports give a ``Deferred`` read instead; anything with ``fetch`` will do where
the lookup cannot be folded (inside a caller's transaction, in-memory tests).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import asyncpg

from frontline.kernel.statements import shifted

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Row = Mapping[str, Any]


class Lookup(Protocol[T_co]):
    async def fetch(self, conn: asyncpg.Connection | None = None) -> T_co | None: ...


@dataclass(frozen=True)
class SqlLookup(Generic[T]):
    """One row or none from ``sql`` (``$1``… are ``args``), made into a ``T``."""

    pool: asyncpg.Pool
    sql: str
    args: Sequence[Any]
    parse: Callable[[Row], T]

    def column(self, offset: int) -> str:
        """The lookup as a scalar subquery, its placeholders after ``offset`` others'."""
        return f"(SELECT to_jsonb(f) FROM ({shifted(self.sql, offset)}) AS f LIMIT 1)::text"

    def value(self, found: str | None) -> T | None:
        return None if found is None else self.parse(json.loads(found))

    async def fetch(self, conn: asyncpg.Connection | None = None) -> T | None:
        executor: Any = conn if conn is not None else self.pool
        return self.value(await executor.fetchval(f"SELECT {self.column(0)}", *self.args))


@dataclass(frozen=True)
class Deferred(Generic[T]):
    """A read made when the command asks for it (in-memory read models in tests)."""

    read: Callable[[], Awaitable[T | None]]

    async def fetch(self, conn: asyncpg.Connection | None = None) -> T | None:
        return await self.read()
