"""Several writes sent as one statement: each a data-modifying part of one WITH.

One statement is atomic on its own. A command whose writes are all known before
anything is sent needs neither BEGIN nor COMMIT: its events, outbox rows, answer and
read-model row go in one round trip instead of five.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

Statement = tuple[str, Sequence[Any]]

_PLACEHOLDER = re.compile(r"\$(\d+)")


def combined(statements: Sequence[Statement]) -> Statement:
    """One statement running ``statements`` (each without RETURNING, none a WITH)."""
    if len(statements) == 1:
        return statements[0]
    parts: list[str] = []
    args: list[Any] = []
    for n, (sql, values) in enumerate(statements):
        parts.append(f"w{n} AS ({shifted(sql, len(args))})")
        args.extend(values)
    return "WITH " + ", ".join(parts) + " SELECT 1", args


# A service sends the same few statements at the same offsets over and over: render
# each once (this ran a regular expression per statement per command before).
@lru_cache(maxsize=1024)
def shifted(sql: str, offset: int) -> str:
    """``$1`` becomes ``$(1 + offset)``: the statement's arguments follow the earlier ones."""
    return _PLACEHOLDER.sub(lambda m: f"${int(m.group(1)) + offset}", sql)
