"""`.frontline/stack.env`: how operators, the CLI and scripts reach a running stack."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

_HEADER = (
    "# Written by `make up` (frontline.stack) once everything was ready;\n"
    "# removed when the stack stops. Shell-sourceable: set -a; . .frontline/stack.env\n"
)


def write_stack_env(path: Path, values: Mapping[str, str]) -> Path:
    """Write KEY=value lines atomically, so a reader never sees half a file.

    Owner-only, like admin.token: the dashboard sign-in link carries a token.
    """
    body = "".join(f"{key}={value}\n" for key, value in values.items())
    partial = path.with_suffix(".env.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(_HEADER + body)
    partial.replace(path)
    return path


def read_stack_env(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values
