"""The notable events of a period, counted from their business dates: elections held,
decisions completed, appointments, secretaries in post, rectifications signed off,
supervision orders closed. Cases decided and disputes resolved come from the discipline
topic, which headquarters does not read yet: the briefing says so rather than zero."""

from __future__ import annotations

from dataclasses import dataclass

from frontline.headquarters.briefing.period import Period
from frontline.headquarters.readmodel.ddl import Conn


@dataclass(frozen=True)
class NotableCount:
    label: str
    count: int | None  # None: no data yet


# (label, SQL counting rows dated in [$1, $2]).
QUERIES: list[tuple[str, str | None]] = [
    (
        "完成换届选举",
        "SELECT count(*) FROM {s}.notable_events WHERE kind = 'election_held'"
        " AND on_date BETWEEN $1 AND $2",
    ),
    (
        "四议两公开事项办结",
        "SELECT count(*) FROM {s}.notable_events WHERE kind = 'decision_closed'"
        " AND on_date BETWEEN $1 AND $2",
    ),
    (
        "干部任职",
        "SELECT count(*) FROM {s}.posts WHERE source = 'cadre' AND started_on BETWEEN $1 AND $2",
    ),
    (
        "书记到岗",
        "SELECT count(*) FROM {s}.notable_events WHERE kind = 'secretary_filled'"
        " AND on_date BETWEEN $1 AND $2",
    ),
    (
        "软弱涣散整顿销号",
        "SELECT count(*) FROM {s}.notable_events WHERE kind = 'weak_lax_signed_off'"
        " AND on_date BETWEEN $1 AND $2",
    ),
    (
        "督办事项办结",
        "SELECT count(*) FROM {s}.order_steps WHERE step = 'accepted'"
        " AND on_date BETWEEN $1 AND $2",
    ),
    ("案件审结", None),
    ("矛盾纠纷化解", None),
]


async def notable_counts(conn: Conn, schema: str, period: Period) -> list[NotableCount]:
    out = []
    for label, sql in QUERIES:
        if sql is None:
            out.append(NotableCount(label, None))
            continue
        count = await conn.fetchval(sql.replace("{s}", schema), period.first, period.last)
        out.append(NotableCount(label, int(count or 0)))
    return out
