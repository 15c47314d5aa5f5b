"""How `frontline admin verify` prints its reconciliation: a table, or JSON."""

from __future__ import annotations

from typing import Any

from frontline.cli.language import say
from frontline.cli.output import emit_json, table
from frontline.cli.verify import Reconciliation


def _listed(ids: list[str], show: int) -> str:
    more = len(ids) - show
    return ", ".join(ids[:show]) + (say(" … and {more} more", more=more) if more > 0 else "")


def as_json(result: Reconciliation, show: int) -> dict[str, Any]:
    return {
        "reconciled": result.reconciled,
        "topics": [
            {
                "service": t.service,
                "topic": t.topic,
                "published": t.published,
                "expected_in_headquarters": t.expected,
                "applied": t.applied,
                "in_flight": t.in_flight,
                "missing": len(t.missing),
                "missing_ids": t.missing[:show],
            }
            for t in result.topics
        ],
        "unknown": len(result.unknown),
        "unknown_ids": result.unknown[:show],
    }


def render(result: Reconciliation, show: int, json_output: bool) -> None:
    if json_output:
        emit_json(as_json(result, show))
        return
    table(
        say("public events against the headquarters read model"),
        ["service", "topic", "published", "for HQ", "applied", "in flight", "missing"],
        [
            (t.service, t.topic, t.published, t.expected, t.applied, t.in_flight, len(t.missing))
            for t in result.topics
        ],
    )
    for t in result.topics:
        if t.missing:
            listed = _listed(t.missing, show)
            print(say("missing from headquarters ({topic}): {ids}", topic=t.topic, ids=listed))
    if result.unknown:
        listed = _listed(result.unknown, show)
        print(say("in headquarters, published by no service: {ids}", ids=listed))
    missing = sum(len(t.missing) for t in result.topics)
    if result.reconciled:
        print(say("reconciled: headquarters has every published event"))
    else:
        unknown = len(result.unknown)
        not_yet = say(
            "NOT reconciled: {missing} missing, {unknown} unknown", missing=missing, unknown=unknown
        )
        print(not_yet)
