"""Readable tables by default, JSON with --json."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from rich.console import Console
from rich.table import Table

console = Console()


def as_dict(message: Message) -> dict[str, Any]:
    return MessageToDict(message, preserving_proto_field_name=True)


def emit_json(value: Any) -> None:
    if isinstance(value, Message):
        value = as_dict(value)
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    out = Table(title=title)
    for column in columns:
        out.add_column(column)
    for row in rows:
        out.add_row(*("" if v is None else str(v) for v in row))
    console.print(out)


def show(message: Message, as_json: bool, title: str = "") -> None:
    """Print a message: JSON, or a two-column field table."""
    data = as_dict(message)
    if as_json:
        emit_json(data)
        return
    table(
        title,
        ["field", "value"],
        [
            (k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
            for k, v in data.items()
        ],
    )
