"""Reads from the service's own read model (never from another service's data)."""

from __future__ import annotations

from datetime import date
from typing import Any

import asyncpg

from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.unit_facts import UnitFacts

Reader = asyncpg.Pool | asyncpg.Connection

_UNIT_COLUMNS = (
    "u.*, (SELECT count(*) FROM org_units c WHERE c.parent_id = u.unit_id"
    " AND c.status = 'active') AS active_children"
)


async def unit(db: Reader, unit_id: str) -> asyncpg.Record | None:
    return await db.fetchrow(f"SELECT {_UNIT_COLUMNS} FROM org_units u WHERE unit_id = $1", unit_id)


async def unit_by_code(db: Reader, division_code: str) -> asyncpg.Record | None:
    return await db.fetchrow(
        f"SELECT {_UNIT_COLUMNS} FROM org_units u WHERE division_code = $1"
        " AND level <> 'branch' AND status = 'active'",
        division_code,
    )


async def unit_facts(db: Reader, unit_id: str) -> asyncpg.Record | None:
    """Only what a command needs of a unit (``facts``): no count of its children."""
    return await db.fetchrow(
        "SELECT unit_id, level, division_code, status, one_shoulder FROM org_units"
        " WHERE unit_id = $1",
        unit_id,
    )


def facts(row: asyncpg.Record) -> UnitFacts:
    return UnitFacts(
        unit_id=row["unit_id"],
        level=OrgLevel(row["level"]),
        division_code=row["division_code"],
        active=row["status"] == "active",
        one_shoulder=row["one_shoulder"],
    )


async def units(
    db: Reader,
    prefix: str,
    level: OrgLevel | None,
    include_dissolved: bool,
    limit: int,
    offset: int,
) -> list[asyncpg.Record]:
    return await db.fetch(
        f"SELECT {_UNIT_COLUMNS} FROM org_units u WHERE division_code LIKE $1 || '%'"
        " AND ($2::text IS NULL OR level = $2) AND ($3 OR status = 'active')"
        " ORDER BY division_code, level, unit_id LIMIT $4 OFFSET $5",
        prefix, level.value if level else None, include_dissolved, limit, offset,
    )  # fmt: skip


async def children(db: Reader, parent_id: str, include_dissolved: bool) -> list[asyncpg.Record]:
    return await db.fetch(
        f"SELECT {_UNIT_COLUMNS} FROM org_units u WHERE parent_id = $1"
        " AND ($2 OR status = 'active') ORDER BY division_code, unit_id",
        parent_id,
        include_dissolved,
    )


async def decision(db: Reader, decision_id: str) -> asyncpg.Record | None:
    return await db.fetchrow("SELECT * FROM decisions WHERE decision_id = $1", decision_id)


async def decisions(
    db: Reader, unit_id: str | None, prefix: str, state: str | None, limit: int, offset: int
) -> list[asyncpg.Record]:
    return await db.fetch(
        "SELECT * FROM decisions WHERE ($1::text IS NULL OR unit_id = $1)"
        " AND division_code LIKE $2 || '%' AND ($3::text IS NULL OR state = $3)"
        " ORDER BY drafted_on DESC, decision_id LIMIT $4 OFFSET $5",
        unit_id, prefix, state, limit, offset,
    )  # fmt: skip


async def meeting(db: Reader, meeting_id: str) -> asyncpg.Record | None:
    return await db.fetchrow("SELECT * FROM meetings WHERE meeting_id = $1", meeting_id)


async def meetings(
    db: Reader,
    unit_id: str | None,
    prefix: str,
    period: tuple[date | None, date | None],
    meeting_type: str | None,
    page: tuple[int, int],
) -> list[asyncpg.Record]:
    held_from, held_to = period
    limit, offset = page
    return await db.fetch(
        "SELECT * FROM meetings WHERE ($1::text IS NULL OR unit_id = $1)"
        " AND division_code LIKE $2 || '%' AND ($3::date IS NULL OR held_on >= $3)"
        " AND ($4::date IS NULL OR held_on <= $4) AND ($5::text IS NULL OR meeting_type = $5)"
        " ORDER BY held_on DESC, meeting_id LIMIT $6 OFFSET $7",
        unit_id, prefix, held_from, held_to, meeting_type, limit, offset,
    )  # fmt: skip


def page_of(page_size: int, page_token: str) -> tuple[int, int]:
    """(limit, offset) from a request; the token is the next offset."""
    size = 100 if page_size <= 0 else min(page_size, 500)
    offset = int(page_token) if page_token.isdigit() else 0
    return size, offset


def next_token(rows: list[Any], page: tuple[int, int]) -> str:
    limit, offset = page
    return str(offset + limit) if len(rows) == limit else ""
