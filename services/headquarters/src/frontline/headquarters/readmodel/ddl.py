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


def schema_sql(schema: str) -> str:
    text = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
    return text.replace("{s}", checked_schema(schema))


async def create_read_model(conn: Conn, schema: str) -> None:
    await conn.execute(schema_sql(schema))


async def drop_read_model(conn: Conn, schema: str) -> None:
    await conn.execute(f"DROP SCHEMA IF EXISTS {checked_schema(schema)} CASCADE")
