"""What a service stored, checked against the bounds every input has (DESIGN.md §7).

Whatever a client sent, nothing stored may hold a control character, a text longer
than the longest field limit, a date outside the plausible range or a number no
field allows — in the events (the source of truth, spread to every consumer) and in
every table of the read model.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import asyncpg

# The bounds themselves, written out here rather than read from the code under test.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
# The largest number any field takes (an amount in fen: cadre remuneration).
MOST = 10**12
# The longest text a field takes is 2,000 characters; sealed personal data is stored as
# base64 of its ciphertext, up to 4 bytes a character.
_SEALED = 4 * 2000 * 4 // 3 + 64
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _text_problem(text: str) -> str | None:
    if len(text) > _SEALED:
        return f"{len(text)} characters"
    for char in text:
        if char not in "\n\t" and unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            return f"control character {char!r}"
    if _DATE.fullmatch(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return "not a calendar date"
        return _date_problem(day)
    return None


def _date_problem(day: dt.date) -> str | None:
    if not EARLIEST <= day <= LATEST:
        return f"date {day.isoformat()}"
    return None


def _value_problems(value: Any, where: str) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _value_problems(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _value_problems(item, f"{where}[{index}]")
    elif isinstance(value, str):
        problem = _text_problem(value)
        if problem:
            yield f"{where}: {problem}"
    elif isinstance(value, bool):
        return
    elif isinstance(value, int | float) and abs(value) > MOST:
        yield f"{where}: {value}"
    elif isinstance(value, dt.datetime):
        if not EARLIEST <= value.date() <= LATEST:
            yield f"{where}: {value.isoformat()}"
    elif isinstance(value, dt.date):
        problem = _date_problem(value)
        if problem:
            yield f"{where}: {problem}"


async def _tables(conn: asyncpg.Connection) -> list[str]:
    rows = await conn.fetch(
        "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name"
        " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        " AND table_schema NOT IN ('pg_catalog', 'information_schema')"
        " AND table_name NOT IN ('schema_migrations', 'idempotency', 'inbox', 'outbox')"
    )
    return [r["name"] for r in rows]


async def out_of_bounds(dsn: str, most: int = 20) -> list[str]:
    """Up to ``most`` values stored in the database at ``dsn`` outside the bounds, each
    with its table and column."""
    found: list[str] = []
    conn = await asyncpg.connect(dsn)
    try:
        for table in await _tables(conn):
            async for row in _rows(conn, table):
                for column, value in row.items():
                    if isinstance(value, str) and value[:1] in "{[":
                        value = _json_or_text(value)
                    found += _value_problems(value, f"{table}.{column}")
                    if len(found) >= most:
                        return found[:most]
    finally:
        await conn.close()
    return found


async def _rows(conn: asyncpg.Connection, table: str) -> Any:
    async with conn.transaction():
        async for row in conn.cursor(f"SELECT * FROM {table}"):  # names from the catalogue
            yield dict(row)


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value
