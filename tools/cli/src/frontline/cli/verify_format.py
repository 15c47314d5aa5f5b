"""How `frontline admin verify` prints its reconciliation: a table, or JSON."""

from __future__ import annotations

from typing import Any

from frontline.cli.output import emit_json, table
from frontline.cli.verify import Reconciliation


def _listed(ids: list[str], show: int) -> str:
    more = len(ids) - show
    return ", ".join(ids[:show]) + (f" … and {more} more" if more > 0 else "")


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
        "public events against the headquarters read model",
        ["service", "topic", "published", "for HQ", "applied", "in flight", "missing"],
        [
            (t.service, t.topic, t.published, t.expected, t.applied, t.in_flight, len(t.missing))
            for t in result.topics
        ],
    )
    for t in result.topics:
        if t.missing:
            print(f"missing from headquarters ({t.topic}): {_listed(t.missing, show)}")
    if result.unknown:
        print(f"in headquarters, published by no service: {_listed(result.unknown, show)}")
    missing = sum(len(t.missing) for t in result.topics)
    if result.reconciled:
        print("reconciled: headquarters has every published event")
    else:
        print(f"NOT reconciled: {missing} missing, {len(result.unknown)} unknown")
