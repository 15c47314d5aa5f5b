"""The tests that read the repository's source get its syntax tree even when a
finalizer parses something in the middle of their parse (CPython gh-106905, see
frontline.testkit.source_trees)."""

from __future__ import annotations

import ast
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from frontline.testkit.source_trees import parse_source

pytestmark = pytest.mark.unit

# Long enough that building its tree allocates well past the collector's threshold.
SOURCE = "".join(
    f"""
def decide_{n}(state, command):
    if command.kind == "refuse":
        raise ValueError("REFUSED")
    return [{{"event": command.kind, "at": [state, {{"nested": (1, 2, 3)}}]}}]
"""
    for n in range(50)
)


class _ParsesWhenCollected:
    """Garbage only the cyclic collector frees, whose finalizer parses, as an asyncio task
    that logs "Task exception was never retrieved" does (3.11's tracebacks parse lines)."""

    def __init__(self) -> None:
        self.itself = self

    def __del__(self) -> None:
        ast.parse("shown = (1 + 2) * 3")


@contextmanager
def collected_during_the_next_parse() -> Iterator[None]:
    """Garbage waiting for a collection that the next parse's allocations start."""
    before = gc.get_threshold()
    gc.collect()
    gc.set_threshold(200)
    for _ in range(20):
        _ParsesWhenCollected()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.collect()


def test_a_parse_in_a_finalizer_does_not_fail_the_source_s_parse(tmp_path: Path) -> None:
    path = tmp_path / "decider.py"
    path.write_text(SOURCE)
    with collected_during_the_next_parse():
        tree = parse_source(path)
    assert ast.dump(tree) == ast.dump(ast.parse(SOURCE))


@pytest.mark.skipif(sys.version_info >= (3, 11, 8), reason="CPython 3.11.8 fixed gh-106905")
def test_the_plain_parse_fails_there_on_this_interpreter(tmp_path: Path) -> None:
    """What the test above guards against, on the interpreter it runs on."""
    with collected_during_the_next_parse(), pytest.raises(SystemError, match="depth mismatch"):
        ast.parse(SOURCE)


def test_a_syntax_error_is_not_tried_again(tmp_path: Path) -> None:
    path = tmp_path / "broken.py"
    path.write_text("def decide(:\n")
    with pytest.raises(SyntaxError):
        parse_source(path)
