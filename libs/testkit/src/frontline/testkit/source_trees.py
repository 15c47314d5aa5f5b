"""A source file's syntax tree, for the tests that read the repository's own code
(refusal sites, the CLI's texts).

``ast.parse`` on CPython 3.11.0–3.11.7 (and 3.12.0–3.12.1) can fail with
``SystemError: AST constructor recursion depth mismatch`` although the source is fine
(CPython gh-106905, fixed in 3.11.8 and 3.12.2). The C code that turns the parsed tree
into Python objects counts its depth in one counter shared by the whole interpreter.
Building those objects can start the cyclic garbage collector, and a finalizer it runs
may parse something itself: an asyncio task left over from an earlier test that logs
"Task exception was never retrieved" does, because 3.11's traceback module parses
the code of each frame it prints (to place its ^ markers). Another thread's parse, switched to in that finalizer,
does the same. The inner parse resets the shared counter, and the outer one then
reports the mismatch. A full test run leaves such tasks behind, and this machine's
interpreter is 3.11.7.

The error does not depend on the source, and the collection that caused it has run by
the time it is raised, so parsing again gives the tree. Only that exact error is tried
again; a real syntax or recursion error is raised as it is.

The root conftest.py imports Hypothesis up front for the same bug: pytest's assertion
rewriting parses a plugin's modules when they are first imported, a parse this helper
cannot wrap, so Hypothesis is imported while no finalizers are pending yet.
"""

from __future__ import annotations

import ast
from pathlib import Path

_DEPTH_MISMATCH = "AST constructor recursion depth mismatch"
_ATTEMPTS = 3


def parse_source(path: Path) -> ast.Module:
    """The syntax tree of the Python file at ``path``."""
    source = path.read_text()
    for _ in range(_ATTEMPTS - 1):
        try:
            return ast.parse(source, str(path))
        except SystemError as error:
            if not str(error).startswith(_DEPTH_MISMATCH):
                raise
    return ast.parse(source, str(path))
