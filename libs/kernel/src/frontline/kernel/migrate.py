"""SQL migrations applied at start, in file-name order, once per database."""

from __future__ import annotations

import logging
from importlib import resources

import asyncpg

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same in every process of a service.
_MIGRATION_LOCK = 7_240_781_001


def _scripts(package: str) -> list[tuple[str, str]]:
    files = [f for f in resources.files(package).iterdir() if f.name.endswith(".sql")]
    return [(f.name, f.read_text(encoding="utf-8")) for f in sorted(files, key=lambda f: f.name)]


async def apply_migrations(pool: asyncpg.Pool, packages: list[str]) -> list[str]:
    """Apply every not yet applied script; returns the names applied now."""
    applied_now: list[str] = []
    async with pool.acquire() as conn:
        # Several processes of one service may start together: one migrates at a time.
        await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
        try:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " package text NOT NULL, name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now(),"
                " PRIMARY KEY (package, name))"
            )
            rows = await conn.fetch("SELECT package, name FROM schema_migrations")
            done = {(r["package"], r["name"]) for r in rows}
            for package in packages:
                for name, sql in _scripts(package):
                    if (package, name) in done:
                        continue
                    async with conn.transaction():
                        await conn.execute(sql)
                        await conn.execute(
                            "INSERT INTO schema_migrations (package, name) VALUES ($1, $2)",
                            package,
                            name,
                        )
                    applied_now.append(f"{package}/{name}")
                    log.info("migration applied", extra={"migration": f"{package}/{name}"})
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)
    return applied_now
