"""Writes shared by projectors that record posts (secretary and team posts)."""

from __future__ import annotations

import datetime as dt

from frontline.headquarters.projection.ops import Op


def post_started(
    source: str,
    unit_id: str,
    cadre_id: str,
    post: str,
    division: str | None,
    on: dt.date,
    also_village_head: bool = False,
) -> Op:
    return Op(
        "INSERT INTO {s}.posts (source, unit_id, cadre_id, post, division_code, started_on,"
        " also_village_head) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        " ON CONFLICT DO NOTHING",
        (source, unit_id, cadre_id, post, division, on, also_village_head),
    )


def post_ended(source: str, unit_id: str, cadre_id: str, post: str, on: dt.date) -> Op:
    return Op(
        "INSERT INTO {s}.post_ends (source, unit_id, cadre_id, post, left_on)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        (source, unit_id, cadre_id, post, on),
    )
