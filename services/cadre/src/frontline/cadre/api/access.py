"""Scope checks that need a loaded record, and who sees personal fields."""

from __future__ import annotations

import asyncpg

from frontline.cadre import queries
from frontline.cadre.api.rules import PERSONAL_READERS
from frontline.kernel.authz import current_principal, require_scope
from frontline.kernel.errors import NotFound


async def scoped_cadre(pool: asyncpg.Pool, cadre_id: str) -> asyncpg.Record:
    """The cadre's row, after checking it lies in the caller's scope."""
    row = await queries.cadre_row(pool, cadre_id)
    if row is None:
        raise NotFound("cadre", cadre_id)
    require_scope(row["division_code"])
    return row


async def scoped_procedure(pool: asyncpg.Pool, procedure_id: str) -> asyncpg.Record:
    row = await queries.procedure(pool, procedure_id)
    if row is None:
        raise NotFound("appointment procedure", procedure_id)
    require_scope(row["division_code"])
    return row


def caller_scope(requested: str) -> str:
    """The division prefix a list covers: the request's, else the caller's whole scope."""
    return requested or current_principal().scope


def may_see_personal() -> bool:
    return bool(current_principal().roles & PERSONAL_READERS)
