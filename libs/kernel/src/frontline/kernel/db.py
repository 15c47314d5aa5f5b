"""The service's PostgreSQL pool."""

from __future__ import annotations

import asyncpg


async def _reset(conn: asyncpg.Connection) -> None:
    # asyncpg's default reset runs `pg_advisory_unlock_all; CLOSE ALL; UNLISTEN *;
    # RESET ALL` on every release: a round trip per command. Pooled connections keep
    # no session state here (LISTEN and the relay's lock use their own connections),
    # so only an abandoned transaction needs undoing.
    if conn.is_in_transaction():
        await conn.execute("ROLLBACK")


async def create_pool(
    dsn: str, size: int, command_seconds: float | None = None, connect_seconds: float = 60.0
) -> asyncpg.Pool:
    """Every statement on the pool's connections ends within ``command_seconds`` (a
    server that stops answering does not hold a connection forever), every new
    connection within ``connect_seconds``."""
    return await asyncpg.create_pool(
        dsn,
        min_size=min(2, size),
        max_size=size,
        reset=_reset,
        command_timeout=command_seconds,
        timeout=connect_seconds,
    )
