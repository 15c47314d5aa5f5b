"""The Chinese documents stay in step with the English README and with the CLI (issue 19):
every command the English README shows is in README.zh-CN.md, and every `frontline`
command the Chinese documents show exists, with the options they give it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer

from frontline.cli.lazy_group import load
from frontline.cli.main import app
from frontline.cli.registry import GROUPS

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "README.md"
CHINESE = ROOT / "README.zh-CN.md"
GUIDE = ROOT / "docs/operator-guide.zh-CN.md"
FENCE = re.compile(r"```(?:bash|sh)\n(.*?)```", re.S)
# Groups the documents describe before their code is merged: their commands are checked
# once the group is in the registry, and then its entry goes (discipline's went with
# issue 10's CLI).
PENDING_GROUPS: tuple[str, ...] = ()
# Inline code that is a command: `make lint`, `frontline token issue`, `grpcurl …`.
INLINE = re.compile(r"`((?:make|uv run|frontline|grpcurl) [^`]+)`")


def commands(path: Path) -> list[str]:
    """The commands a document shows: its code blocks' lines (without their comments)
    and inline code that starts with a command."""
    text = path.read_text()
    found = []
    for block in FENCE.findall(text):
        for line in block.splitlines():
            command = line.split("  #")[0].split(" # ")[0].strip()
            if command and not command.startswith("#"):
                found.append(" ".join(command.split()))
    found += [" ".join(c.split()) for c in INLINE.findall(text)]
    return found


def test_every_command_of_the_english_readme_is_in_the_chinese_one() -> None:
    chinese = set(commands(CHINESE))
    missing = [c for c in commands(ENGLISH) if c not in chinese]
    assert commands(ENGLISH), "no command found in README.md: is the parser still right?"
    assert missing == []


def frontline_commands(path: Path) -> list[list[str]]:
    found = []
    for command in commands(path):
        words = shlex.split(command)
        if words[:2] == ["uv", "run"]:
            words = words[2:]
        if words and words[0] == "frontline":
            found.append(words[1:])
    return found


def _walk(words: list[str]) -> tuple[Any, list[str]] | None:
    """The command the words name, and the words left for it; None for a pending group."""
    command: Any = typer.main.get_command(app)
    rest = list(words)
    while rest and rest[0].startswith("--lang"):
        rest = rest[2:] if rest[0] == "--lang" else rest[1:]
    if rest and rest[0] in PENDING_GROUPS and rest[0] not in GROUPS:
        return None
    if rest and rest[0] in GROUPS:
        command = load(rest.pop(0))
    while rest and rest[0] in getattr(command, "commands", {}):
        command = command.commands[rest.pop(0)]
    return command, rest


def options_of(command: Any) -> set[str]:
    names = {"--help"}
    for param in command.params:
        names.update(param.opts)
        names.update(getattr(param, "secondary_opts", []))
    return names


@pytest.mark.parametrize("path", [CHINESE, GUIDE], ids=lambda p: p.name)
def test_the_frontline_commands_the_chinese_documents_show_exist(path: Path) -> None:
    shown = frontline_commands(path)
    assert shown, f"no frontline command found in {path.name}"
    wrong = []
    for words in shown:
        walked = _walk(words)
        if walked is None:
            continue
        command, rest = walked
        unknown = [w.split("=")[0] for w in rest if w.startswith("--")]
        unknown = [w for w in unknown if w not in options_of(command)]
        if unknown or (rest and not rest[0].startswith("-") and not command.params):
            wrong.append((" ".join(words), unknown))
    assert wrong == []


def test_a_pending_group_is_not_in_the_cli_yet() -> None:
    """Once it is, remove it from PENDING_GROUPS: its documented commands get checked."""
    assert [g for g in PENDING_GROUPS if g in GROUPS] == []
