"""Readable tables by default, JSON with --json; enum values as operators write them.

A table never cuts a value short. One that fits the width (the terminal's, or 80
columns when the output is not a terminal; COLUMNS overrides) is printed with cells
that wrap; a list wider than that is printed vertically instead, one block of
``column  value`` lines per row, so ids stay whole and can be copied.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from google.protobuf.descriptor import Descriptor
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from rich.console import Console
from rich.measure import Measurement
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from frontline.cli.enums import relabel
from frontline.cli.language import say

console = Console()


def as_dict(message: Message) -> dict[str, Any]:
    data = MessageToDict(message, preserving_proto_field_name=True)
    descriptor: Descriptor = message.DESCRIPTOR  # type: ignore[assignment]  # upb's is one too
    return relabel(descriptor, data)


def emit_json(value: Any) -> None:
    if isinstance(value, Message):
        value = as_dict(value)
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _text(value: Any) -> Text:
    # Text, not a str: a name holding "[...]" is data, never rich markup.
    return Text("" if value is None else str(value))


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Rows under ``columns`` (labels, shown in the operator's language); a title
    written in the code passes through ``say``, one from the data does not."""
    columns = [say(column) for column in columns]
    cells = [[_text(v) for v in row] for row in rows]
    out = Table(title=_text(title) if title else None)
    for column in columns:
        out.add_column(_text(column), overflow="fold")
    for row in cells:
        out.add_row(*row)
    unbounded = console.options.update_width(1_000_000)  # else the measure stops at the width
    wide = Measurement.get(console, unbounded, out).maximum > console.width
    if wide and len(columns) > 2 and cells:
        _vertical(title, columns, cells)
    else:
        console.print(out)


def _vertical(title: str, columns: Sequence[str], rows: list[list[Text]]) -> None:
    for number, row in enumerate(rows, start=1):
        console.print(Rule(_text(f"{title} {number}/{len(rows)}"), align="left"))
        block = Table.grid(padding=(0, 2))
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for column, value in zip(columns, row, strict=True):
            block.add_row(_text(column), value)
        console.print(block)


def record(title: str, rows: Iterable[tuple[str, Any]]) -> None:
    """One thing as ``field  value`` rows, its field names shown in the operator's language."""
    table(title, ["field", "value"], [(say(field), value) for field, value in rows])


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
