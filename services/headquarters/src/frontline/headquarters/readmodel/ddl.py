"""Creating and dropping one copy of the read model in a PostgreSQL schema."""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeAlias

import asyncpg

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    # A plain connection or one borrowed from a pool: both run the same queries.
    Conn: TypeAlias = asyncpg.Connection[Any] | PoolConnectionProxy[Any]
else:
    Conn = Any

_VALID_SCHEMA = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def checked_schema(name: str) -> str:
    # Schema names are formatted into SQL, so only plain identifiers are accepted.
    if not _VALID_SCHEMA.match(name):
        raise ValueError(f"not a valid read-model schema name: {name!r}")
    return name


def schema_sql(schema: str, indexes: bool = True) -> str:
    """``schema.sql``, then each pillar's own ``schema_<topic>.sql`` (e.g. discipline's)."""
    folder = resources.files(__package__)
    files = sorted(f.name for f in folder.iterdir() if f.name.startswith("schema_"))
    text = "\n".join(
        folder.joinpath(name).read_text(encoding="utf-8") for name in ["schema.sql", *files]
    )
    if not indexes:
        text = "\n".join(line for line in text.splitlines() if not line.startswith("CREATE INDEX"))
    return text.replace("{s}", checked_schema(schema))


async def create_read_model(conn: Conn, schema: str, indexes: bool = True) -> None:
    """Create the read model's tables; a rebuild leaves the secondary ``indexes`` for
    later (running this again adds them): building an index once over the loaded rows
    costs far less than keeping it up to date row by row."""
    await conn.execute(schema_sql(schema, indexes))


async def drop_read_model(conn: Conn, schema: str) -> None:
    await conn.execute(f"DROP SCHEMA IF EXISTS {checked_schema(schema)} CASCADE")
