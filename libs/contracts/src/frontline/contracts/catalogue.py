"""The documented contract for other county systems: ``make contracts`` writes ``docs/events``.

    python -m frontline.contracts.catalogue docs/events

writes ``asyncapi.json`` (AsyncAPI 3.0, generated with FastStream),
``schemas/<topic>/<ce_type>.json`` (the JSON Schema of each event's value) and
``README.md`` (the catalogue for people). The folder is fully generated: a test
compares it with what the models produce, so a contract change cannot slip in
without its documentation (DESIGN.md §5).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from frontline.contracts.base import PublicEvent
from frontline.contracts.catalogue_asyncapi import asyncapi_document
from frontline.contracts.catalogue_events import discover_events, payload_schema
from frontline.contracts.catalogue_readme import readme

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render_catalogue(events: Sequence[type[PublicEvent]] | None = None) -> dict[str, str]:
    """Every file of the catalogue: path relative to the catalogue folder → text."""
    events = discover_events() if events is None else events
    files = {
        "README.md": readme(events),
        "asyncapi.json": _json(asyncapi_document(events)),
    }
    for event in events:
        files[f"schemas/{event.topic}/{event.ce_type}.json"] = _json(event_schema(event))
    return files


def event_schema(event: type[PublicEvent]) -> dict[str, Any]:
    """The value's JSON Schema, saying which topic and ``ce_type`` it belongs to."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$comment": f"Value of {event.ce_type} messages on Kafka topic {event.topic}.",
        **payload_schema(event),
    }


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def differences(directory: Path, files: dict[str, str] | None = None) -> list[str]:
    """What in ``directory`` differs from the generated catalogue (empty when in sync)."""
    files = render_catalogue() if files is None else files
    found: list[str] = []
    for relative, text in files.items():
        path = directory / relative
        if not path.is_file():
            found.append(f"missing {relative}")
        elif path.read_text(encoding="utf-8") != text:
            found.append(f"outdated {relative}")
    for path in _generated_files(directory):
        relative = path.relative_to(directory).as_posix()
        if relative not in files:
            found.append(f"stale {relative}")
    return found


def _generated_files(directory: Path) -> list[Path]:
    schemas = sorted((directory / "schemas").rglob("*.json")) if directory.exists() else []
    return [*schemas, *(p for p in (directory / "asyncapi.json",) if p.is_file())]


def write_catalogue(directory: Path) -> list[str]:
    """Write the catalogue, removing schemas of events that no longer exist."""
    files = render_catalogue()
    changes = differences(directory, files)
    for path in _generated_files(directory):
        if path.relative_to(directory).as_posix() not in files:
            path.unlink()
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in sorted((directory / "schemas").glob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()  # a topic without events any more
    return changes


def main(argv: Sequence[str]) -> int:
    directory = Path(argv[0]) if argv else Path("docs/events")
    changes = write_catalogue(directory)
    events = discover_events()
    topics = sorted({event.topic for event in events})
    print(f"{directory}: {len(events)} events on {len(topics)} topics ({', '.join(topics)})")
    for change in changes:
        print(f"  {change}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
