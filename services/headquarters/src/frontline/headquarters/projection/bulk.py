"""Set-based writes: a batch of one projector statement as one INSERT … SELECT unnest.

Projectors return single-row inserts (``INSERT INTO {s}.t (a, b) VALUES ($1, $2)
ON CONFLICT …``). Run row by row, PostgreSQL plans and executes the statement once
per event; rewritten over arrays (``SELECT * FROM unnest($1::text[], $2::date[])``)
it runs once per batch, which is what lets a rebuild or a burst of live events
keep up. The rewrite is mechanical, so projectors stay pure single-event functions.

An upsert (``ON CONFLICT (key) DO UPDATE``) may not touch a row twice in one
statement, so rows sharing a key go into successive statements, in their order;
rows of different keys touch different rows and commute. A statement this cannot
rewrite (another shape, or an array-typed column) runs row by row as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontline.headquarters.readmodel.ddl import Conn, checked_schema

_INSERT = re.compile(
    r"^(?P<head>INSERT INTO \S+ \((?P<columns>[^)]*)\)) VALUES \((?P<params>[^)]*)\)"
    r"(?P<tail>.*)$",
    re.DOTALL,
)
_UPSERT_KEY = re.compile(r"ON CONFLICT \((?P<key>[^)]*)\) DO UPDATE")

Row = tuple[Any, ...]


@dataclass(frozen=True)
class SetBased:
    sql: str
    # Positions of the conflict key in a row, for upserts; None when rows never collide.
    key: tuple[int, ...] | None


# (template, schema) → its set-based form, or None to run it row by row.
_forms: dict[tuple[str, str], SetBased | None] = {}


@lru_cache(maxsize=512)
def single_row(template: str, schema: str) -> str:
    return template.replace("{s}", checked_schema(schema))


async def write_rows(conn: Conn, template: str, schema: str, rows: Sequence[Row]) -> None:
    """Run ``template`` for every row, in the caller's transaction."""
    if not rows:
        return
    if (template, schema) not in _forms:
        _forms[(template, schema)] = await _set_based(conn, single_row(template, schema))
    form = _forms[(template, schema)]
    if form is None:
        await conn.executemany(single_row(template, schema), rows)
        return
    for wave in _waves(rows, form.key):
        await conn.execute(form.sql, *zip(*wave, strict=True))


async def _set_based(conn: Conn, sql: str) -> SetBased | None:
    match = _INSERT.match(sql)
    if match is None:
        return None
    columns = [c.strip() for c in match["columns"].split(",")]
    params = [p.strip() for p in match["params"].split(",")]
    if params != [f"${n}" for n in range(1, len(columns) + 1)]:
        return None
    # The parameter types PostgreSQL infers from the target columns, to type the arrays.
    types = (await conn.prepare(sql)).get_parameters()
    if any(t.kind != "scalar" for t in types):
        return None  # unnest would flatten an array column
    arrays = ", ".join(f"${n}::{t.schema}.{t.name}[]" for n, t in enumerate(types, start=1))
    key = None
    if upsert := _UPSERT_KEY.search(match["tail"]):
        names = [k.strip() for k in upsert["key"].split(",")]
        if not set(names) <= set(columns):
            return None
        key = tuple(columns.index(k) for k in names)
    return SetBased(f"{match['head']} SELECT * FROM unnest({arrays}){match['tail']}", key)


def _waves(rows: Sequence[Row], key: tuple[int, ...] | None) -> list[Sequence[Row]]:
    """Rows split so that no statement touches a key twice; per-key order is kept."""
    if key is None:
        return [rows]
    waves: list[list[Row]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        k = tuple(row[i] for i in key)
        n = seen.get(k, 0)
        seen[k] = n + 1
        if n == len(waves):
            waves.append([])
        waves[n].append(row)
    return list(waves)
