"""Read-model queries behind the query RPCs (no personal data is decrypted here)."""

from __future__ import annotations

import asyncpg

Rows = list[asyncpg.Record]


async def cadre_row(pool: asyncpg.Pool, cadre_id: str) -> asyncpg.Record | None:
    return await pool.fetchrow("SELECT * FROM cadres WHERE cadre_id = $1", cadre_id)


async def cadres_under(pool: asyncpg.Pool, prefix: str, after: str, limit: int) -> Rows:
    return await pool.fetch(
        "SELECT * FROM cadres WHERE division_code LIKE $1 || '%' AND cadre_id > $2"
        " ORDER BY cadre_id LIMIT $3",
        prefix, after, limit,
    )  # fmt: skip


async def posts_of_cadre(pool: asyncpg.Pool, cadre_id: str) -> Rows:
    return await pool.fetch(
        "SELECT * FROM post_holdings WHERE cadre_id = $1 ORDER BY since", cadre_id
    )


async def posts_in_unit(pool: asyncpg.Pool, org_unit_id: str) -> Rows:
    return await pool.fetch(
        "SELECT * FROM post_holdings WHERE org_unit_id = $1 ORDER BY post, since", org_unit_id
    )


async def unit_division(pool: asyncpg.Pool, org_unit_id: str) -> str | None:
    value = await pool.fetchval(
        "SELECT division_code FROM org_units WHERE org_unit_id = $1", org_unit_id
    )
    return None if value is None else str(value)


async def evaluations_of(pool: asyncpg.Pool, cadre_id: str) -> Rows:
    return await pool.fetch("SELECT * FROM evaluations WHERE cadre_id = $1 ORDER BY year", cadre_id)


async def student_official(pool: asyncpg.Pool, cadre_id: str) -> asyncpg.Record | None:
    return await pool.fetchrow(
        "SELECT s.*, (SELECT grade FROM evaluations e WHERE e.cadre_id = s.cadre_id"
        " ORDER BY year DESC LIMIT 1) AS latest_grade"
        " FROM student_officials s WHERE s.cadre_id = $1",
        cadre_id,
    )


async def student_officials_under(pool: asyncpg.Pool, prefix: str) -> Rows:
    return await pool.fetch(
        "SELECT s.*, (SELECT grade FROM evaluations e WHERE e.cadre_id = s.cadre_id"
        " ORDER BY year DESC LIMIT 1) AS latest_grade"
        " FROM student_officials s WHERE s.village_code LIKE $1 || '%'"
        " ORDER BY s.village_code, s.starts_on",
        prefix,
    )


async def procedure(pool: asyncpg.Pool, procedure_id: str) -> asyncpg.Record | None:
    return await pool.fetchrow(
        "SELECT * FROM appointment_procedures WHERE procedure_id = $1", procedure_id
    )


async def procedures_under(pool: asyncpg.Pool, prefix: str, include_finished: bool) -> Rows:
    return await pool.fetch(
        "SELECT * FROM appointment_procedures WHERE division_code LIKE $1 || '%'"
        " AND ($2 OR stage IN ('nominated', 'inspected', 'in_notice'))"
        " ORDER BY nominated_on, procedure_id",
        prefix, include_finished,
    )  # fmt: skip


async def academic_upgrades_of(pool: asyncpg.Pool, cadre_id: str) -> Rows:
    return await pool.fetch(
        "SELECT * FROM academic_upgrades WHERE cadre_id = $1 ORDER BY enrolled_on", cadre_id
    )


async def trainings_of(pool: asyncpg.Pool, cadre_id: str) -> Rows:
    return await pool.fetch(
        "SELECT * FROM trainings WHERE cadre_id = $1 ORDER BY started_on", cadre_id
    )
